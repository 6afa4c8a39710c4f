// Gazetteer loading and lookups, and event places (clause, dateline, actor, ambiguity).
#include <gtest/gtest.h>

#include "../temporal/article_builder.h"
#include "places/gazetteer.h"

namespace parley {
namespace {

using testing_support::BuildArticle;
using testing_support::MakeEvent;
using testing_support::ReadFixture;

const Gazetteer& G() {
  static std::shared_ptr<const Gazetteer> g = [] {
    auto r = Gazetteer::Load(PARLEY_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? r.value() : std::shared_ptr<const Gazetteer>(Gazetteer::FromTsv("", "empty").value());
  }();
  return *g;
}

Mention Actor(const std::string& country) {
  Mention m;
  m.country = country;
  m.kind = "country";
  return m;
}

TEST(Gazetteer, LoadsTheDataDirectory) {
  EXPECT_GE(G().size(), 2000u);
  ASSERT_NE(G().Country("RUS"), nullptr);
  EXPECT_EQ(G().Country("RUS")->name, "Russia");
  for (const char* name : {"Sochi", "Geneva", "Fort Ross", "Camp David", "Davos", "Munich", "Helsinki", "Vienna",
                           "Minsk", "Istanbul", "Doha", "Riyadh", "Jeddah", "Sharm el-Sheikh", "Anchorage",
                           "Reykjavik", "Vladivostok", "Crimea", "Donbas", "Gaza", "West Bank", "Golan Heights",
                           "Kashmir", "Taiwan Strait", "South China Sea", "Texas", "Bavaria", "Guangdong",
                           "Kharkiv Oblast", "Ontario", "Queensland", "Bahia", "Uttar Pradesh"})
    EXPECT_FALSE(G().Find(name).empty()) << name;
}

TEST(Gazetteer, NormalizesNames) {
  EXPECT_EQ(Gazetteer::Normalize("Sharm el-Sheikh"), "sharm el sheikh");
  EXPECT_EQ(Gazetteer::Normalize("St. Petersburg"), "st petersburg");
  EXPECT_EQ(Gazetteer::Normalize("Z\xC3\xBCrich"), "zurich");
  EXPECT_FALSE(G().Find("ZURICH").empty());
  EXPECT_FALSE(G().Find("st petersburg").empty());
}

TEST(Gazetteer, ReportsBadRowsWithFileAndLine) {
  auto bad = Gazetteer::FromTsv("Sochi\t-\tRUS\t43.5\t39.7\tcity\t1\nX\t-\tRUSSIA\t1\t2\tcity\t0\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("t.tsv:2"), std::string::npos) << bad.error();
  auto kind = Gazetteer::FromTsv("Sochi\t-\tRUS\t43.5\t39.7\ttown\t1\n", "t.tsv");
  EXPECT_FALSE(kind.ok());
  auto lat = Gazetteer::FromTsv("Sochi\t-\tRUS\t143.5\t39.7\tcity\t1\n", "t.tsv");
  EXPECT_FALSE(lat.ok());
  auto conflict = Gazetteer::FromTsv("Sochi\t-\tRUS\t43.5\t39.7\tcity\t1\nSochi\t-\tRUS\t40\t39.7\tcity\t1\n", "t.tsv");
  EXPECT_FALSE(conflict.ok());
  auto same = Gazetteer::FromTsv("Sochi\t-\tRUS\t43.5\t39.7\tcity\t1\nSochi\t-\tRUS\t43.5\t39.7\tcity\t1\n", "t.tsv");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same.value()->size(), 1u);
}

TEST(AssignPlaces, Seed000MetInMoscow) {
  Article a = BuildArticle(ReadFixture("000_ca70b0bd16d5c51c.txt"), Date{2021, 11, 2});
  a.mentions.push_back(Actor("RUS"));
  a.mentions.push_back(Actor("USA"));
  a.events.push_back(MakeEvent(a, "On Tuesday, Patrushev met", "met"));
  a.events.push_back(MakeEvent(a, "In May, a meeting was held", "meeting"));
  AssignPlaces(a, G());
  const Place& p = a.events[0].place;
  EXPECT_EQ(p.resolved, "Moscow");
  EXPECT_EQ(p.country, "RUS");
  EXPECT_NEAR(p.lat, 55.7558, 1e-4);
  EXPECT_NEAR(p.lon, 37.6173, 1e-4);
  EXPECT_EQ(p.how, "clause");
  EXPECT_TRUE(p.known);
  // No place in the sentence: the dateline (WASHINGTON) is the fallback.
  EXPECT_EQ(a.events[1].place.resolved, "Washington");
  EXPECT_EQ(a.events[1].place.country, "USA");
  EXPECT_EQ(a.events[1].place.how, "dateline");
}

TEST(AssignPlaces, Seed004TookPlaceInSochi) {
  Article a = BuildArticle(ReadFixture("004_e765ae524eefaa29.txt"), Date{2019, 5, 16});
  a.events.push_back(MakeEvent(a, "The meeting of Russian President", "took place"));
  a.events.push_back(MakeEvent(a, "Pompeo’s first visit to Russia", "visit"));
  AssignPlaces(a, G());
  EXPECT_EQ(a.events[0].place.resolved, "Sochi");
  EXPECT_EQ(a.events[0].place.country, "RUS");
  EXPECT_EQ(a.events[0].place.how, "clause");
  EXPECT_EQ(a.events[1].place.resolved, "Russia");
  EXPECT_EQ(a.events[1].place.kind, "country");
  a.events.push_back(MakeEvent(a, "US Secretary of State Mike Pompeo’s visit to Sochi", "visit"));
  AssignPlaces(a, G());
  EXPECT_EQ(a.events[2].place.resolved, "Sochi");
  EXPECT_EQ(a.events[2].place.name, "Sochi");
}

Place PlaceOf(const std::string& text, std::vector<Mention> mentions, const std::string& trigger) {
  Article a = BuildArticle(text, Date{2021, 11, 2});
  a.mentions = std::move(mentions);
  a.events.push_back(MakeEvent(a, text.substr(0, 8), trigger));
  AssignPlaces(a, G());
  return a.events[0].place;
}

TEST(AssignPlaces, AmbiguousNamesUseQualifiersContextAndPopulation) {
  EXPECT_EQ(PlaceOf("Officials met in Paris on Monday.\n", {}, "met").country, "FRA");
  EXPECT_EQ(PlaceOf("Officials met in Paris, Texas, on Monday.\n", {}, "met").country, "USA");
  EXPECT_EQ(PlaceOf("The envoys met in Moscow on Monday.\n", {Actor("USA")}, "met").country, "RUS");
  EXPECT_EQ(PlaceOf("The talks took place in Georgia last week.\n", {Actor("RUS")}, "took").country, "GEO");
  EXPECT_EQ(PlaceOf("The governor spoke in Georgia last week.\n", {Actor("USA")}, "spoke").country, "USA");
  EXPECT_EQ(PlaceOf("Troops clashed in Georgia last week.\n", {Actor("USA"), Actor("GEO")}, "clashed").country, "GEO");
  EXPECT_EQ(PlaceOf("Protesters marched in Moscow, Idaho, on Friday.\n", {}, "marched").country, "USA");
  EXPECT_EQ(PlaceOf("Voters rallied in the state of Georgia.\n", {}, "rallied").kind, "region");
  Place w = PlaceOf("The envoys met in Washington on Monday.\n", {Actor("RUS")}, "met");
  EXPECT_EQ(w.resolved, "Washington");
  EXPECT_EQ(w.kind, "city");
}

TEST(AssignPlaces, WashingtonAsGovernmentIsNotAPlace) {
  Article a = BuildArticle("Washington accused Moscow of meddling.\n", Date{2021, 11, 2});
  Event e = MakeEvent(a, "Washington accused", "accused");
  e.source = Actor("USA");
  e.target = Actor("RUS");
  a.events.push_back(e);
  AssignPlaces(a, G());
  EXPECT_EQ(a.events[0].place.how, "actor");
  EXPECT_EQ(a.events[0].place.country, "RUS");
  EXPECT_EQ(a.events[0].place.kind, "country");
}

TEST(AssignPlaces, NearestPlaceToTheTriggerWins) {
  Article a = BuildArticle("After talks in Geneva, the ministers flew to Vienna and met in Helsinki.\n", Date{2021, 11, 2});
  a.events.push_back(MakeEvent(a, "After talks", "talks"));
  a.events.push_back(MakeEvent(a, "After talks", "met"));
  a.events.push_back(MakeEvent(a, "After talks", "flew"));
  AssignPlaces(a, G());
  EXPECT_EQ(a.events[0].place.resolved, "Geneva");
  EXPECT_EQ(a.events[1].place.resolved, "Helsinki");
  EXPECT_EQ(a.events[2].place.resolved, "Vienna");
  EXPECT_EQ(a.events[2].place.country, "AUT");
}

TEST(AssignPlaces, MultiWordNames) {
  EXPECT_EQ(PlaceOf("Leaders gathered in Sharm el-Sheikh on Sunday.\n", {}, "gathered").country, "EGY");
  EXPECT_EQ(PlaceOf("Ships sailed in the South China Sea again.\n", {}, "sailed").resolved, "South China Sea");
  EXPECT_EQ(PlaceOf("Biden hosted Putin at Camp David in June.\n", {}, "hosted").resolved, "Camp David");
  EXPECT_EQ(PlaceOf("Diplomats gathered at the Fort Ross Dialogue.\n", {}, "gathered").resolved, "Fort Ross");
}

}  // namespace
}  // namespace parley
