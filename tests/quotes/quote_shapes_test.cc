// Table-driven quote shapes: marks, nesting, unbalanced and never-closing quotes, multi-paragraph,
// partial and indirect quotes, and speaker resolution through mentions and fallbacks.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "quote_test_util.h"

namespace parley {
namespace {

using testing_quotes::AddMention;
using testing_quotes::Analyzed;
using testing_quotes::Extractor;

struct MentionSpec {
  std::string surface, entity, code, kind;
  int nth = 0;
};

struct Expected {
  std::string text;     // exact quote text
  std::string speaker;  // speaker_name
  std::string verb;
  bool direct = true;
  std::string as_written = "*";  // "*" = not checked
};

struct ShapeCase {
  std::string name;
  std::string text;
  std::vector<MentionSpec> mentions;
  std::vector<Expected> quotes;  // exactly these, in text order
  bool warns = false;            // a warning about an unclosed quote
};

// Names the case in failure messages instead of dumping its bytes.
void PrintTo(const ShapeCase& c, std::ostream* os) { *os << c.name; }

const std::vector<ShapeCase>& Cases() {
  static const std::vector<ShapeCase> cases = {
      {"straight_with_coref_fallback",
       "Sergei Lavrov met reporters in Moscow.\n\n\"We will respond,\" the minister said.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We will respond", "Sergei Lavrov", "said", true, "the minister"}}},
      {"curly_told_reporters",
       "\xE2\x80\x9CThe talks were useful,\xE2\x80\x9D Lavrov told reporters.",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"The talks were useful", "Sergei Lavrov", "told reporters", true, "Lavrov"}}},
      {"guillemets_with_nested_doubles_and_leading_frame",
       "Lavrov said: \xC2\xABThe so-called \"peace plan\" is dead.\xC2\xBB",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"The so-called \"peace plan\" is dead.", "Sergei Lavrov", "said", true, "Lavrov"}}},
      {"single_quotes_inside_doubles",
       "\"He called it 'unacceptable',\" Lavrov said.",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"He called it 'unacceptable'", "Sergei Lavrov", "said", true, "Lavrov"}}},
      {"never_closing_ends_at_paragraph",
       "Lavrov said: \"We will never accept this.\n\nThe meeting ended without a statement.",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We will never accept this.", "Sergei Lavrov", "said", true, "Lavrov"}},
       true},
      {"stray_closing_mark_is_ignored",
       "Officials were silent\xE2\x80\x9D for days. \"We are ready,\" Lavrov said.",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We are ready", "Sergei Lavrov", "said", true, "Lavrov"}}},
      {"second_opener_closes_an_unclosed_quote",
       "\xE2\x80\x9CWe are ready now. \xE2\x80\x9CWe will respond,\xE2\x80\x9D Lavrov said.",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We are ready now.", "", "", true, ""}, {"We will respond", "Sergei Lavrov", "said", true, "Lavrov"}},
       true},
      {"multi_paragraph_quote",
       "\"We are ready to talk. We are open.\n\n\"But we will defend our interests,\" Lavrov said.",
       {{"Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We are ready to talk. We are open. But we will defend our interests", "Sergei Lavrov", "said", true, "Lavrov"}}},
      {"partial_quote_in_indirect_statement",
       "Sergei Lavrov said the talks became \"a turning point\" for both sides.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"the talks became \"a turning point\" for both sides", "Sergei Lavrov", "said", false, "Sergei Lavrov"},
        {"a turning point", "Sergei Lavrov", "said", true}}},
      {"indirect_said_that",
       "Foreign Minister Sergei Lavrov said that Moscow was ready for talks.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"Moscow was ready for talks", "Sergei Lavrov", "said", false, "Foreign Minister Sergei Lavrov"}}},
      {"indirect_clause_final_told",
       "Moscow is ready for talks with Washington, Sergei Lavrov told TASS on Thursday.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"Moscow is ready for talks with Washington", "Sergei Lavrov", "told TASS", false, "Sergei Lavrov"}}},
      {"according_to_initial",
       "Sergei Lavrov arrived in Geneva.\n\nAccording to the minister, the talks were constructive.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"the talks were constructive", "Sergei Lavrov", "according to", false, "the minister"}}},
      {"according_to_final_unresolved_org",
       "The talks were constructive, according to the Russian Foreign Ministry.",
       {},
       {{"The talks were constructive", "the Russian Foreign Ministry", "according to", false}}},
      {"he_is_the_last_person",
       "Sergei Lavrov spoke in Moscow. \"We are ready,\" he noted. \"There is progress.\"",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We are ready", "Sergei Lavrov", "noted", true, "he"}, {"There is progress.", "Sergei Lavrov", "noted", true, ""}}},
      {"square_bracket_insertion",
       "Sergei Lavrov spoke. \"It is premature to speak about mending [Russia-US ties],\" he said.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"It is premature to speak about mending [Russia-US ties]", "Sergei Lavrov", "said", true, "he"}}},
      {"pronoun_mention_from_actor_stage_wins",
       "Sergei Lavrov spoke first. Maria Zakharova followed. \"We disagree,\" she said.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"},
        {"Maria Zakharova", "Maria Zakharova", "RUSGOV", "person"},
        {"she", "Maria Zakharova", "RUSGOV", "pronoun"}},
       {{"We disagree", "Maria Zakharova", "said", true, "she"}}},
      {"inverted_said_name",
       "\"We are ready,\" said Sergei Lavrov.",
       {{"Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "person"}},
       {{"We are ready", "Sergei Lavrov", "said", true, "Sergei Lavrov"}}},
      {"no_quote_no_statement",
       "The United States imposed new sanctions on Tuesday. Trade continues to grow.",
       {},
       {}},
  };
  return cases;
}

class QuoteShapes : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(QuoteShapes, ExtractsTheExpectedQuotes) {
  const ShapeCase& c = GetParam();
  Article a = Analyzed(c.text);
  for (const MentionSpec& m : c.mentions) AddMention(a, m.surface, m.entity, m.code, m.kind, m.nth);
  Extractor()->Extract(a);
  ASSERT_EQ(a.quotes.size(), c.quotes.size()) << [&] {
    std::string s;
    for (const Quote& q : a.quotes) s += "[" + q.text + "|" + q.speaker_name + "|" + q.verb + "] ";
    return s;
  }();
  for (size_t i = 0; i < c.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    const Expected& e = c.quotes[i];
    EXPECT_EQ(q.text, e.text) << i;
    EXPECT_EQ(q.speaker_name, e.speaker) << i;
    EXPECT_EQ(q.verb, e.verb) << i;
    EXPECT_EQ(q.direct, e.direct) << i;
    if (e.as_written != "*") EXPECT_EQ(q.speaker_as_written, e.as_written) << i;
    EXPECT_EQ(std::string(a.slice(q.span)).substr(0, 10), q.text.substr(0, 10)) << "span points at the text";
    EXPECT_LT(q.sentence, a.sentences.size());
    for (const Mention& m : c.mentions.empty() ? std::vector<Mention>{} : a.mentions)
      if (m.entity == q.speaker_name) EXPECT_EQ(q.speaker_code, m.code);
  }
  bool warned = false;
  for (const std::string& w : a.warnings) warned |= w.find("never closes") != std::string::npos;
  EXPECT_EQ(warned, c.warns);
}

INSTANTIATE_TEST_SUITE_P(Table, QuoteShapes, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<ShapeCase>& info) { return info.param.name; });

TEST(QuoteExtraction, SurvivesPathologicalMarks) {
  for (const std::string text : {std::string("\"\"\"\""), std::string("\xE2\x80\x9C"), std::string("\xC2\xAB\xC2\xAB\xC2\xBB"),
                                 std::string("He said: \"\n\n\"\n\n\""), std::string("\xE2\x80\x9D\xE2\x80\x9D x \xE2\x80\x9C"),
                                 std::string("said said said, said \"a\" said")}) {
    Article a = Analyzed(text);
    Extractor()->Extract(a);
    for (const Quote& q : a.quotes) {
      EXPECT_LE(q.span.begin, q.span.end);
      EXPECT_LE(q.span.end, a.text.size());
    }
  }
}

TEST(QuoteExtraction, ExtractQuotesUsesTheCompiledInData) {
  Article a = Analyzed("\"We are ready,\" said Sergei Lavrov.");
  ExtractQuotes(a);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].verb, "said");
}

TEST(QuoteExtraction, SpeechVerbErrorsNameFileAndLine) {
  auto bad = QuoteExtractor::Load("/nonexistent-dir");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("speech_verbs.txt"), std::string::npos);
}

}  // namespace
}  // namespace parley
