// Writing articles: idempotency, replacement, rejections, and refusal of bad or hostile databases.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "store_test_util.h"

namespace parley::store {
namespace {

using testing::Ev;
using testing::MakeArticle;
using testing::OpenOrDie;
using testing::TempDir;

long long Count(SqliteStore& s, const char* sql) { return s.db().QueryInt(sql).value(); }

TEST(StoreWrite, SameInputTwiceAddsNothing) {
  TempDir dir;
  auto s = OpenOrDie(dir.file("p.db"));
  Article a = MakeArticle("a1", {{"RUSGOV", "USAGOV", "042", "2021-11-01"}, {"USAGOV", "RUSGOV", "190", "2021-11-01", 4, -10}});
  Article b = MakeArticle("a2", {{"RUSGOV", "USAGOV", "043", "2021-11-01"}});
  for (int run = 0; run < 2; ++run) {
    ASSERT_TRUE(s->BeginBatch().ok());
    auto r1 = s->WriteArticle(a, "v1");
    auto r2 = s->WriteArticle(b, "v1");
    ASSERT_TRUE(r1.ok() && r2.ok());
    EXPECT_EQ(r1.value(), run == 0 ? WriteOutcome::kInserted : WriteOutcome::kUnchanged);
    ASSERT_TRUE(s->WriteRejection("bad.jsonl:3", "no text").ok());
    ASSERT_TRUE(s->CommitBatch().ok());
    ASSERT_TRUE(s->Cluster({}).ok());
  }
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM mentions"), 3);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM sentences"), 3);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM rejections"), 1);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM mentions WHERE dict_version = 'v1'"), 3);
  EXPECT_EQ(s->counts().unchanged, 2);
}

TEST(StoreWrite, ChangedArticleReplacesOldRows) {
  TempDir dir;
  auto s = OpenOrDie(dir.file("p.db"));
  ASSERT_TRUE(s->WriteArticle(MakeArticle("a1", {{"RUSGOV", "USAGOV", "042", "2021-11-01"},
                                                 {"RUSGOV", "USAGOV", "190", "2021-11-01"}}), "v1").ok());
  Article changed = MakeArticle("a1", {{"CHNGOV", "USAGOV", "036", "2021-11-03"}});
  auto r = s->WriteArticle(changed, "v1");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), WriteOutcome::kReplaced);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM mentions"), 1);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM mentions WHERE src_code = 'CHNGOV'"), 1);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM sentences_fts"), 1);
  // A new dictionary version is a change too, and the event rows record it.
  ASSERT_EQ(s->WriteArticle(changed, "v2").value(), WriteOutcome::kReplaced);
  EXPECT_EQ(Count(*s, "SELECT count(*) FROM mentions WHERE dict_version = 'v2'"), 1);
}

TEST(StoreWrite, ContentHashDependsOnIdTextAndDictVersion) {
  Article a = MakeArticle("x", {});
  Article b = a;
  b.text += "!";
  Article c = a;
  c.id = "y";
  EXPECT_EQ(ArticleContentHash(a, "v1"), ArticleContentHash(a, "v1"));
  EXPECT_NE(ArticleContentHash(a, "v1"), ArticleContentHash(b, "v1"));
  EXPECT_NE(ArticleContentHash(a, "v1"), ArticleContentHash(c, "v1"));
  EXPECT_NE(ArticleContentHash(a, "v1"), ArticleContentHash(a, "v2"));
  EXPECT_EQ(Fnv1a64(""), 14695981039346656037ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);  // published FNV-1a test vector
}

TEST(StoreOpen, RefusesNewerSchemaAndLeavesItUntouched) {
  TempDir dir;
  std::string path = dir.file("new.db");
  { auto s = OpenOrDie(path); ASSERT_TRUE(s->WriteArticle(MakeArticle("a", {}), "v1").ok()); ASSERT_TRUE(s->db().Exec("PRAGMA user_version=99").ok()); }
  auto again = Store::Open(path, {});
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().find("newer"), std::string::npos) << again.error();
  Db raw;
  ASSERT_TRUE(raw.Open(path, true, false).ok());
  EXPECT_EQ(raw.QueryInt("PRAGMA user_version").value(), 99);
  EXPECT_EQ(raw.QueryInt("SELECT count(*) FROM articles").value(), 1);
}

TEST(StoreOpen, RefusesAFileThatIsNotADatabase) {
  TempDir dir;
  std::string path = dir.file("notes.txt");
  const std::string content(4096, 'x');
  { std::ofstream(path) << content; }
  auto s = Store::Open(path, {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().find("not a Parley database"), std::string::npos) << s.error();
  std::ifstream in(path);
  std::string back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(back, content);
}

TEST(StoreOpen, RefusesAnotherApplicationsDatabase) {
  TempDir dir;
  std::string path = dir.file("other.db");
  { Db raw; ASSERT_TRUE(raw.Open(path, false, true).ok()); ASSERT_TRUE(raw.Exec("CREATE TABLE t(x)").ok()); }
  auto s = Store::Open(path, {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().find("another application"), std::string::npos) << s.error();
}

TEST(StoreOpen, UnwritablePathAndMissingDatabaseGiveClearErrors) {
  TempDir dir;
  auto s = Store::Open(dir.file("no/such/dir/p.db"), {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().find("cannot open"), std::string::npos) << s.error();
  StoreOptions query;
  query.create_if_missing = false;
  auto q = Store::Open(dir.file("missing.db"), query);
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.error().find("no database"), std::string::npos) << q.error();
  EXPECT_FALSE(Store::Open("clickhouse://localhost:8123/x", {}).ok());
}

TEST(StoreWrite, DiskFullIsAClearErrorAndKeepsEarlierData) {
  TempDir dir;
  std::string path = dir.file("full.db");
  { auto s = OpenOrDie(path); ASSERT_TRUE(s->WriteArticle(MakeArticle("first", {{"RUSGOV", "USAGOV", "042", "2021-11-01"}}), "v1").ok()); }
  StoreOptions tiny;
  tiny.max_pages = 40;  // a quota that the next batch cannot fit in
  auto s = OpenOrDie(path, tiny);
  ASSERT_TRUE(s->BeginBatch().ok());
  Status failure;
  for (int i = 0; i < 400 && failure.ok(); ++i) {
    Article big = MakeArticle("big" + std::to_string(i), {{"RUSGOV", "USAGOV", "042", "2021-11-01"}});
    big.text += std::string(4000, 'y');
    auto r = s->WriteArticle(big, "v1");
    if (!r.ok()) failure = r.status();
  }
  ASSERT_FALSE(failure.ok()) << "the page quota never filled";
  EXPECT_NE(failure.message().find("disk full"), std::string::npos) << failure.message();
  ASSERT_TRUE(s->RollbackBatch().ok());
  EXPECT_EQ(s->db().QueryInt("SELECT count(*) FROM articles").value(), 1);
  EXPECT_EQ(s->db().QueryInt("SELECT count(*) FROM articles WHERE doc_id='first'").value(), 1);
}

TEST(StoreWrite, SentenceCountMatchesStoredSentences) {
  TempDir dir;
  auto s = OpenOrDie(dir.file("p.db"));
  ASSERT_TRUE(s->WriteArticle(MakeArticle("a", {{"A", "B", "010", ""}, {"A", "B", "020", ""}, {"A", "B", "030", ""}}), "v").ok());
  EXPECT_EQ(s->db().QueryInt("SELECT sentence_count FROM articles").value(), 3);
  EXPECT_EQ(s->db().QueryInt("SELECT count(*) FROM sentences").value(), 3);
  EXPECT_EQ(s->db().QueryInt("PRAGMA journal_mode").ok(), true);
}

}  // namespace
}  // namespace parley::store
