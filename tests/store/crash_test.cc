// Crash safety: a writer killed with SIGKILL at random moments leaves a sound database of whole articles,
// and a re-run completes it with nothing stored twice.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include "store_test_util.h"

namespace parley::store {
namespace {

using testing::Ev;
using testing::MakeArticle;
using testing::TempDir;

constexpr int kArticles = 3000;
constexpr int kBatch = 25;

Article Nth(int i) {
  std::string day = "2021-11-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1);
  return MakeArticle("art" + std::to_string(i), {{"RUSGOV", "USAGOV", "042", day}, {"USAGOV", "CHNGOV", "036", day}});
}

// Writes every article in batches, then clusters; returns 0 on success.
int WriteAll(const std::string& path) {
  auto s = Store::Open(path, {});
  if (!s.ok()) return 2;
  Store& st = *s.value();
  for (int i = 0; i < kArticles; i += kBatch) {
    if (!st.BeginBatch().ok()) return 3;
    for (int j = i; j < i + kBatch && j < kArticles; ++j)
      if (!st.WriteArticle(Nth(j), "v1").ok()) return 4;
    if (!st.CommitBatch().ok()) return 5;
  }
  return st.Cluster({}).ok() ? 0 : 6;
}

void CheckSound(const std::string& path) {
  Db db;
  ASSERT_TRUE(db.Open(path, false, false).ok());
  auto check = db.Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  ASSERT_TRUE(check.value().Step());
  EXPECT_EQ(check.value().Text(0), "ok");
  // Every article row has all its sentences and events.
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM articles a WHERE sentence_count <>"
                        " (SELECT count(*) FROM sentences s WHERE s.article = a.id)").value(), 0);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM articles a WHERE event_count <>"
                        " (SELECT count(*) FROM mentions m WHERE m.article = a.id)").value(), 0);
}

TEST(Crash, KilledWriterLeavesWholeArticles) {
  TempDir dir;
  std::string path = dir.file("crash.db");
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> delay_us(2000, 60000);
  int killed_mid_write = 0;
  for (int round = 0; round < 10; ++round) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) _exit(WriteAll(path));
    usleep(static_cast<useconds_t>(delay_us(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_mid_write;
    CheckSound(path);
  }
  EXPECT_GT(killed_mid_write, 0) << "no kill landed while writing; the test proved nothing";
  ASSERT_EQ(WriteAll(path), 0);
  CheckSound(path);
  Db db;
  ASSERT_TRUE(db.Open(path, false, false).ok());
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM articles").value(), kArticles);
  EXPECT_EQ(db.QueryInt("SELECT count(DISTINCT doc_id) FROM articles").value(), kArticles);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM mentions").value(), 2 * kArticles);
  // Same-day RUSGOV->USAGOV mentions merge: at most one event per day window per dyad, far fewer than mentions.
  EXPECT_LT(db.QueryInt("SELECT count(*) FROM events").value(), 2 * kArticles);
  ASSERT_EQ(WriteAll(path), 0);  // a third run adds nothing
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM mentions").value(), 2 * kArticles);
}

}  // namespace
}  // namespace parley::store
