// Store-backed commands shared with other subcommands (the lead's `parley quotes --db` calls RunStoredQuotes).
#pragma once

namespace parley::cli {

/// `parley quotes --db PATH [--speaker NAME] [--issue TAG] [--search TEXT] [--format F] [--limit N]`: quotes from a
/// store. Takes the arguments after "quotes"; returns the exit status (0 also when nothing matches).
int RunStoredQuotes(int argc, char** argv);

}  // namespace parley::cli
