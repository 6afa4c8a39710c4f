// Store-backed subcommand entry points shared between the coding and store commands.
#pragma once

namespace parley::cli {

/// `parley quotes --db PATH [--speaker NAME] [--issue TAG] [--search TEXT]`: quotes held in a store.
int RunStoredQuotes(int argc, char** argv);

}  // namespace parley::cli
