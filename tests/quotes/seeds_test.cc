// Seed acceptance: the TASS reports Parley was founded on, with person mentions as the actor stage gives them.
#include <gtest/gtest.h>

#include <iostream>

#include "quote_test_util.h"

namespace parley {
namespace {

using testing_quotes::AddMentions;
using testing_quotes::Extractor;
using testing_quotes::Seed;

int CountBy(const Article& a, const std::string& name, const std::string& code) {
  int n = 0;
  for (const Quote& q : a.quotes) n += q.speaker_name == name && q.speaker_code == code;
  return n;
}

bool HasQuote(const Article& a, const std::string& text_part, const std::string& verb, const std::string& name) {
  for (const Quote& q : a.quotes)
    if (q.text.find(text_part) != std::string::npos && q.verb == verb && q.speaker_name == name) return true;
  return false;
}

void Dump(const Article& a) {
  for (const Quote& q : a.quotes)
    std::cerr << (q.direct ? "D " : "I ") << q.speaker_name << " [" << q.speaker_code << "] as=" << q.speaker_as_written
              << " verb=" << q.verb << " :: " << q.text.substr(0, 70) << "\n";
}

TEST(QuoteSeeds, AntonovQuotesInSeed000) {
  Article a = Seed("000_ca70b0bd16d5c51c.txt");
  AddMentions(a, "Anatoly Antonov", "Anatoly Antonov", "RUSGOV");
  AddMentions(a, "Nikolai Patrushev", "Nikolai Patrushev", "RUSGOV");
  AddMentions(a, "Jake Sullivan", "Jake Sullivan", "USAGOV");
  Extractor()->Extract(a);
  EXPECT_GE(CountBy(a, "Anatoly Antonov", "RUSGOV"), 3);
  EXPECT_TRUE(HasQuote(a, "Russia and the US have managed", "said", "Anatoly Antonov"));  // not the Embassy
  EXPECT_TRUE(HasQuote(a, "A sustainable dialogue", "said", "Anatoly Antonov"));
  EXPECT_TRUE(HasQuote(a, "We have resumed professional dialogue", "added", "Anatoly Antonov"));
  EXPECT_TRUE(HasQuote(a, "I am convinced", "said", "Anatoly Antonov"));
  EXPECT_TRUE(HasQuote(a, "Russia and the US are at a crucial point", "according to", "Anatoly Antonov"));
  for (const Quote& q : a.quotes)
    if (q.text.find("We have resumed") != std::string::npos) EXPECT_EQ(q.speaker_as_written, "the envoy");
  if (HasFailure()) Dump(a);
}

TEST(QuoteSeeds, RyabkovQuotesInSeed004) {
  Article a = Seed("004_e765ae524eefaa29.txt");
  AddMentions(a, "Sergei Ryabkov", "Sergei Ryabkov", "RUSGOV");
  AddMentions(a, "Sergey Ryabkov", "Sergei Ryabkov", "RUSGOV");
  AddMentions(a, "Vladimir Putin", "Vladimir Putin", "RUSGOV");
  AddMentions(a, "Mike Pompeo", "Mike Pompeo", "USAGOV");
  Extractor()->Extract(a);
  EXPECT_GE(CountBy(a, "Sergei Ryabkov", "RUSGOV"), 5);
  EXPECT_TRUE(HasQuote(a, "After the Secretary of State", "explained", "Sergei Ryabkov"));
  EXPECT_TRUE(HasQuote(a, "We have always said", "pointed out", "Sergei Ryabkov"));
  EXPECT_TRUE(HasQuote(a, "The business-like, calm", "pointed out", "Sergei Ryabkov"));
  EXPECT_TRUE(HasQuote(a, "As for the topics", "noted", "Sergei Ryabkov"));
  EXPECT_TRUE(HasQuote(a, "Russia and the US have made progress", "said", "Sergei Ryabkov"));
  EXPECT_TRUE(HasQuote(a, "it is premature to speak about Russia-US ties", "told TASS", "Sergei Ryabkov"));
  EXPECT_TRUE(HasQuote(a, "[Russia-US ties]", "said", "Sergei Ryabkov"));  // unattributed, same paragraph
  bool partial = false;
  for (const Quote& q : a.quotes)
    partial |= q.text == "the first such in-depth consultations on the Secretary of State level since Pompeo\xE2\x80\x99s appointment" &&
               q.speaker_name == "Sergei Ryabkov";
  EXPECT_TRUE(partial);
  if (HasFailure()) Dump(a);
}

}  // namespace
}  // namespace parley
