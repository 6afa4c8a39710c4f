// Finds actor mentions in analysed text: dictionary names composed with titles and sectors
// ("Secretary of Russia's Security Council Nikolai Patrushev" -> RUSGOV), dated roles, and
// coreference for definite descriptions and pronouns ("the diplomat", "he", "they").
#pragma once
#include <memory>
#include <string>

#include "actors/dictionary.h"
#include "core/article.h"

namespace parley {

/// Fills Article::mentions for every sentence (replacing earlier ones), coded at Article::report_date.
class MentionFinder {
 public:
  explicit MentionFinder(std::shared_ptr<const ActorDictionary> dict) : dict_(std::move(dict)) {}
  /// Finds mentions in all sentences and resolves coreference.
  void Find(Article& a) const;
  /// Re-codes person mentions after the report date changed (e.g. year inferred).
  void Recode(Article& a) const;
  /// The dictionary in use.
  const ActorDictionary& dict() const { return *dict_; }

 private:
  void FindInSentence(Article& a, uint32_t s) const;
  void ResolveCoreference(Article& a) const;
  std::shared_ptr<const ActorDictionary> dict_;
};

/// True for tokens that are place prepositions ("in", "at", "near") that make a following name a place.
bool IsPlacePreposition(const std::string& lower);

}  // namespace parley
