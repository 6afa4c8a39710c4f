// Measurements on public corpora: actor-mention detection on CoNLL-2003 and QuadClass agreement
// on the CAMEO-class sentences. Used by `parley eval --conll` / `--cameo-class` and by tests.
#pragma once
#include <map>
#include <string>

#include "core/result.h"
#include "pipeline/eval.h"
#include "pipeline/pipeline.h"

namespace parley {

/// Precision/recall of actor mentions against CoNLL-2003 PER/ORG/LOC names (overlap match).
struct MentionEval {
  Score all;                           ///< over every name type
  std::map<std::string, Score> by_type;  ///< recall per gold type (PER, ORG, LOC); precision pooled in `all`
  int documents = 0;
};

/// Reads a CoNLL-2003 file (word POS chunk NER per line) and scores the pipeline's actor mentions.
Result<MentionEval> EvalConll(const std::string& path, const Pipeline& pipeline, int max_documents = 0);

/// Agreement of the coded QuadClass (0 when no event) with the labels of a CAMEO-class TSV file.
struct QuadEval {
  int total = 0, agree = 0;
  int confusion[5][5] = {};  ///< [gold][system]
  double accuracy() const { return total ? static_cast<double>(agree) / total : 0; }
  /// Precision/recall of "has a cooperative/conflictual event" against the gold label class c (1..4).
  Score ForClass(int c) const;
};

/// Codes each sentence of a `sentence<TAB>label` file and compares QuadClass.
Result<QuadEval> EvalCameoClass(const std::string& path, const Pipeline& pipeline);

/// Readable reports.
std::string FormatMentionEval(const MentionEval& e);
std::string FormatQuadEval(const QuadEval& e);

}  // namespace parley
