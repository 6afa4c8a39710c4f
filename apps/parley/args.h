// A small declarative option table for the parley subcommands: flags declared once, help generated from them.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace parley::cli {

/// One option of a subcommand.
struct Option {
  std::string name;      ///< long name without dashes, e.g. "format"
  char short_name = 0;   ///< e.g. 'j', 0 for none
  std::string value;     ///< value placeholder ("FMT"), empty for a boolean flag
  std::string help;      ///< one line of help
  std::string default_value;
};

/// A parsed command line: options by long name and positional arguments.
struct Parsed {
  std::map<std::string, std::string> values;
  std::vector<std::string> positional;
  bool help = false;
  std::string error;  ///< non-empty on a usage error
  /// The value of an option, or its default.
  std::string get(const std::string& name) const { auto it = values.find(name); return it == values.end() ? "" : it->second; }
  /// True when a flag or option was given (or has a default).
  bool has(const std::string& name) const { return values.count(name) > 0; }
};

/// A subcommand's usage line, description and option table.
struct Spec {
  std::string command;      ///< "code"
  std::string usage;        ///< "FILE... [options]"
  std::string description;  ///< what it does, a few lines, with an example
  std::vector<Option> options;
};

/// Parses argv (after the subcommand name) against a spec; "--help"/"-h" sets help.
Parsed Parse(const Spec& spec, int argc, char** argv);

/// The --help text generated from the spec.
std::string Help(const Spec& spec);

/// Prints the usage error and a hint to stderr; returns exit code 2.
int UsageError(const Spec& spec, const std::string& message);

}  // namespace parley::cli
