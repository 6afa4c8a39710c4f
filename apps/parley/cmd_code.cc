// Stub: replaced by the stage owner.
#include <cstdio>
#include "commands.h"
namespace parley::cli {
int CmdCode(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdExplain(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdEval(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdQuotes(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdDemo(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
}
