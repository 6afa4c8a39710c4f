#include "args.h"

#include <cstdio>

namespace parley::cli {

Parsed Parse(const Spec& spec, int argc, char** argv) {
  Parsed p;
  for (const auto& o : spec.options)
    if (!o.default_value.empty()) p.values[o.name] = o.default_value;
  bool only_positional = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (only_positional || a == "-" || a.size() < 2 || a[0] != '-') { p.positional.push_back(a); continue; }
    if (a == "--") { only_positional = true; continue; }
    if (a == "--help" || a == "-h") { p.help = true; continue; }
    std::string name, value;
    bool has_value = false;
    const Option* opt = nullptr;
    if (a.rfind("--", 0) == 0) {
      name = a.substr(2);
      auto eq = name.find('=');
      if (eq != std::string::npos) { value = name.substr(eq + 1); name = name.substr(0, eq); has_value = true; }
      for (const auto& o : spec.options) if (o.name == name) opt = &o;
    } else {
      for (const auto& o : spec.options) if (o.short_name && o.short_name == a[1]) opt = &o;
      if (opt && a.size() > 2) { value = a.substr(2); has_value = true; }
    }
    if (!opt) { p.error = "unknown option '" + a + "'"; return p; }
    if (opt->value.empty()) {
      if (has_value) { p.error = "option --" + opt->name + " takes no value"; return p; }
      p.values[opt->name] = "1";
      continue;
    }
    if (!has_value) {
      if (i + 1 >= argc) { p.error = "option --" + opt->name + " needs a value (" + opt->value + ")"; return p; }
      value = argv[++i];
    }
    p.values[opt->name] = value;
  }
  return p;
}

std::string Help(const Spec& spec) {
  std::string out = "Usage: parley " + spec.command + " " + spec.usage + "\n\n" + spec.description + "\n";
  if (!spec.options.empty()) out += "\nOptions:\n";
  for (const auto& o : spec.options) {
    std::string left = "  ";
    left += o.short_name ? std::string("-") + o.short_name + ", " : "    ";
    left += "--" + o.name + (o.value.empty() ? "" : " " + o.value);
    if (left.size() < 28) left.resize(28, ' '); else left += "\n" + std::string(28, ' ');
    out += left + o.help;
    if (!o.default_value.empty()) out += " (default: " + o.default_value + ")";
    out += "\n";
  }
  out += "  -h, --help                show this help\n";
  return out;
}

int UsageError(const Spec& spec, const std::string& message) {
  std::fprintf(stderr, "parley %s: %s\nTry 'parley %s --help'.\n", spec.command.c_str(), message.c_str(), spec.command.c_str());
  return 2;
}

}  // namespace parley::cli
