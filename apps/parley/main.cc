// parley: the command-line front end. Only this program exits; the library returns errors as values.
#include <cstdio>
#include <cstring>
#include <string>

#include "commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

const Command kCommands[] = {
    {"demo", parley::cli::CmdDemo, "code the bundled sample articles into parley.db and summarise them"},
    {"ingest", parley::cli::CmdIngest, "read articles (text, JSONL, HTML, WARC, Reuters SGML) and print them"},
    {"code", parley::cli::CmdCode, "code events (who did what to whom) from articles"},
    {"explain", parley::cli::CmdExplain, "show the whole coding trace for a sentence or an article"},
    {"eval", parley::cli::CmdEval, "precision/recall of the coder against a gold file"},
    {"quotes", parley::cli::CmdQuotes, "list direct and indirect quotes with their speakers"},
    {"events", parley::cli::CmdEvents, "query events in the store"},
    {"dyad", parley::cli::CmdDyad, "cooperation/conflict time series between two actors"},
    {"actors", parley::cli::CmdActors, "most frequent actors in the store"},
    {"search", parley::cli::CmdSearch, "full-text search over stored sentences and quotes"},
    {"stats", parley::cli::CmdStats, "counts of what the store holds"},
    {"export", parley::cli::CmdExport, "export the store as GDELT 2.0, PLOVER, CSV or JSONL"},
    {"explain-event", parley::cli::CmdExplainEvent, "show why mentions were merged into one event"},
    {"html-eval", parley::cli::CmdHtmlEval, "measure HTML main-text extraction against ground truth"},
};

void PrintHelp() {
  std::printf(
      "parley %s - turn international news into event data\n\n"
      "Usage: parley <command> [options] [files]\n\n"
      "Commands:\n",
      PARLEY_VERSION);
  for (const auto& c : kCommands) std::printf("  %-14s %s\n", c.name, c.summary);
  std::printf(
      "\nExamples:\n"
      "  parley ingest article.txt --format jsonl      # articles with datelines and sentences\n"
      "  parley code news.jsonl --format jsonl -j 2    # one JSON object per event\n"
      "  parley explain \"Putin met Pompeo in Sochi.\" --date 2019-05-14\n"
      "  parley code news.jsonl --db parley.db && parley dyad RUS USA --by month\n\n"
      "Run 'parley <command> --help' for the options of a command.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    PrintHelp();
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::printf("parley %s\n", PARLEY_VERSION);
    return 0;
  }
  for (const auto& c : kCommands)
    if (!std::strcmp(argv[1], c.name)) return c.run(argc - 2, argv + 2);
  std::fprintf(stderr, "parley: unknown command '%s'. Run 'parley --help' for the list.\n", argv[1]);
  return 2;
}
