// The parley subcommands: each takes the arguments after its name and returns the exit status.
#pragma once

namespace parley::cli {

int CmdIngest(int argc, char** argv);   ///< ingest files into articles (JSONL/table)
int CmdCode(int argc, char** argv);     ///< code events (JSONL/CSV, or into a store with --db)
int CmdExplain(int argc, char** argv);  ///< trace the coding of one sentence or article
int CmdEval(int argc, char** argv);     ///< precision/recall against a gold file
int CmdQuotes(int argc, char** argv);   ///< quotes from files, or from a store
int CmdEvents(int argc, char** argv);   ///< query stored events
int CmdDyad(int argc, char** argv);     ///< dyad time series from the store
int CmdActors(int argc, char** argv);   ///< top actors in the store
int CmdSearch(int argc, char** argv);   ///< full-text search of the store
int CmdStats(int argc, char** argv);    ///< store statistics
int CmdExport(int argc, char** argv);   ///< export the store (GDELT, PLOVER, CSV, JSONL)
int CmdExplainEvent(int argc, char** argv);  ///< why mentions were merged into one event
int CmdHtmlEval(int argc, char** argv); ///< measure HTML main-text extraction against ground truth
int CmdDemo(int argc, char** argv);     ///< the quick-start job: code the bundled sample into parley.db and summarise

}  // namespace parley::cli
