// Actor dictionaries: countries, adjectives, metonyms, sector agents, organisations and people with
// dated roles, compiled once into a token trie.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/fast_hash.h"
#include "core/result.h"
#include "text/analyzer.h"

namespace parley {

/// What a dictionary name stands for.
enum class ActorKind : uint8_t { kCountry, kAdjective, kMetonym, kAgent, kOrg, kPerson };

/// One dated role of a person: `code` holds from `from` to `to` (year 0 = open).
struct Role {
  std::string code;
  Date from, to;
  std::string description;
  std::string entry;  ///< file:line
};

/// A person with dated roles.
struct Person {
  std::string name;  ///< canonical name
  std::vector<Role> roles;
  std::string entry;  ///< file:line of the `+` line
};

/// What one dictionary name maps to.
struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string code;        ///< country ISO3, full actor code, or 3-letter sector for agents
  int32_t person = -1;     ///< index into ActorDictionary::people() for kPerson
  bool case_sensitive = false;  ///< short all-caps names (US, UN) only match capitalised text
  std::string entry;       ///< file:line
};

/// All actor dictionaries, compiled into a trie over lower-cased tokens.
class ActorDictionary {
 public:
  /// Loads data_dir/actors/{countries,agents,organizations}.txt and data_dir/actors/people/*.txt.
  /// Errors name file:line. `analyzer` tokenises names exactly as article text is tokenised.
  static Result<std::shared_ptr<const ActorDictionary>> Load(const std::string& data_dir, const TextAnalyzer& analyzer);

  /// Trie node id of the root.
  static constexpr uint32_t kRoot = 0;
  /// The child of `node` for token `t`, or UINT32_MAX.
  uint32_t Child(uint32_t node, const std::string& t) const;
  /// Entries ending at `node` (empty when none).
  const std::vector<ActorEntry>& EntriesAt(uint32_t node) const;

  /// All people.
  const std::vector<Person>& people() const { return people_; }
  /// The role of a person that covers `date` (preferring roles whose sector is `prefer_sector`); null when none.
  const Role* RoleAt(int32_t person, const Date& date, const std::string& prefer_sector = "") const;
  /// ISO3 country of a full actor code ("RUSGOV" -> "RUS"; "IGOUNO" -> "").
  std::string CountryOf(const std::string& code) const;
  /// True when `iso3` is a known country code.
  bool IsCountry(const std::string& iso3) const { return countries_.count(iso3) > 0; }
  /// Number of names compiled.
  size_t name_count() const { return name_count_; }

 private:
  Status AddName(const std::string& name, ActorEntry entry, const TextAnalyzer& analyzer);
  Status LoadSections(const std::string& path, const TextAnalyzer& analyzer);
  Status LoadAgents(const std::string& path, const TextAnalyzer& analyzer);
  Status LoadPeople(const std::string& path, const TextAnalyzer& analyzer);

  struct Node {
    std::unordered_map<std::string, uint32_t, FastStringHash, StringEq> children;
    std::vector<ActorEntry> entries;
  };
  std::vector<Node> nodes_;
  std::vector<Person> people_;
  std::unordered_map<std::string, std::string> countries_;  // iso3 -> name
  size_t name_count_ = 0;
};

/// Tokenises a name with the article tokenizer: lower-cased tokens.
std::vector<std::string> NameTokens(const std::string& name, const TextAnalyzer& analyzer);

}  // namespace parley
