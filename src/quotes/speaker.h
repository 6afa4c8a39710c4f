// Internal: resolves a speaker phrase to a person through the actor stage's mentions and fallbacks.
#pragma once
#include <cstdint>
#include <string>

#include "core/article.h"

namespace parley::quotes {

/// Who a speaker phrase refers to.
struct Speaker {
  std::string name;        ///< canonical name, or the phrase as written when unresolved
  std::string code;        ///< actor code, "" when unknown
  std::string as_written;  ///< the phrase as written ("the diplomat", "he")
  bool person = false;     ///< a person (not an organisation or country)
  bool known() const { return !name.empty(); }
};

/// Resolves speakers in text order, remembering the last speaker for `he`, `the diplomat` and
/// unattributed quotes.
class SpeakerResolver {
 public:
  explicit SpeakerResolver(const Article& a) : a_(a) {}
  /// The speaker named by bytes `phrase` (empty phrase: the last speaker). Updates the last speaker.
  Speaker Resolve(Span phrase);
  /// The last resolved speaker (unknown when none yet).
  const Speaker& last() const { return last_; }
  /// The first person mentioned in `sentence` before byte `before`; unknown when none.
  Speaker PersonInSentence(uint32_t sentence, uint32_t before) const;
  /// Makes `s` the last speaker.
  void Remember(const Speaker& s);

 private:
  Speaker FromMention(const Mention& m, const std::string& as_written) const;
  Speaker NearestPersonBefore(uint32_t byte) const;
  Speaker BySurname(const std::string& surname, uint32_t before) const;
  const Article& a_;
  Speaker last_;
  Speaker last_person_;
};

}  // namespace parley::quotes
