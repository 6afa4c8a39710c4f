// The event coder: CAMEO verb and noun patterns matched on analysed sentences with actor mentions,
// giving source, target, code, modality and the evidence for each event.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "events/clause.h"
#include "events/codebook.h"
#include "events/patterns.h"

namespace parley {

/// Statement cues: words in reported content that select a 01x/11x code for a statement event.
struct StatementCues {
  /// Loads data_dir/events/statements.txt ("CODE: cue | cue"); errors name file:line.
  static Result<std::shared_ptr<const StatementCues>> Load(const std::string& data_dir, const Codebook& codebook);
  std::unordered_map<std::string, std::string> code_of;  ///< lemma/lower -> CAMEO code
  std::unordered_map<std::string, std::string> entry_of;  ///< lemma/lower -> file:line
  std::vector<std::vector<std::string>> discards;  ///< token sequences that void a sentence (data/events/discards.txt)
};

/// Codes events into Article::events from sentences, tokens and mentions.
class EventCoder {
 public:
  EventCoder(std::shared_ptr<const Codebook> codebook, std::shared_ptr<const PatternSet> patterns,
             std::shared_ptr<const StatementCues> cues)
      : codebook_(std::move(codebook)), patterns_(std::move(patterns)), cues_(std::move(cues)) {}
  /// Codes every sentence; `trace` (optional) receives one human-readable line per decision.
  void Code(Article& a, std::vector<std::string>* trace = nullptr) const;
  /// The codebook in use.
  const Codebook& codebook() const { return *codebook_; }

 private:
  void CodeSentence(Article& a, const SentenceView& v, std::vector<std::string>* trace) const;
  void CodeStatement(Article& a, const SentenceView& v, std::vector<std::string>* trace) const;
  bool Fill(Event& ev, const std::string& code) const;
  void DropEmbeddedNominals(Article& a, size_t from) const;
  bool Discarded(const Article& a, const SentenceView& v) const;
  std::shared_ptr<const Codebook> codebook_;
  std::shared_ptr<const PatternSet> patterns_;
  std::shared_ptr<const StatementCues> cues_;
};

/// True when the lower-cased word is a speech verb lemma or form ("say", "said", "told", "noted").
bool IsSpeechVerb(const std::string& lemma);

}  // namespace parley
