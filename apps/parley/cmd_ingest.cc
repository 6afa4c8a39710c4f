// Stub: replaced by the stage owner.
#include <cstdio>
#include "commands.h"
namespace parley::cli {
int CmdIngest(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdHtmlEval(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
}
