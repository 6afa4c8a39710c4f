// Stub: replaced by the stage owner.
#include <cstdio>
#include "commands.h"
namespace parley::cli {
int CmdEvents(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdDyad(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdActors(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdSearch(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdStats(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdExport(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
int CmdExplainEvent(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
}
namespace parley::cli {
int RunStoredQuotes(int, char**) { std::fprintf(stderr, "not implemented yet\n"); return 3; }
}
