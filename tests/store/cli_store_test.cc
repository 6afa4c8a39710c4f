// The store commands end to end: the real parley binary over a database built with the Store API.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>

#include "store_test_util.h"

namespace parley::store {
namespace {

using testing::MakeArticle;
using testing::TempDir;

struct CliRun { int status; std::string out; };

CliRun Parley(const std::string& args) {
  std::string cmd = std::string(PARLEY_BINARY) + " " + args + " 2>/dev/null";
  CliRun r{0, ""};
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  r.status = WEXITSTATUS(pclose(p));
  return r;
}

size_t Lines(const std::string& s) { size_t n = 0; for (char c : s) n += c == '\n'; return n; }

TEST(StoreCli, QueriesAndExports) {
  TempDir dir;
  std::string db = dir.file("p.db");
  auto write = [&] {
    auto s = Store::Open(db, {});
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value()->WriteArticle(MakeArticle("a1", {{"RUSGOV", "USAGOV", "042", "2021-11-01"}}), "v1").ok());
    ASSERT_TRUE(s.value()->WriteArticle(MakeArticle("a2", {{"RUSGOV", "USAGOV", "043", "2021-11-02"},
                                                           {"USAGOV", "RUSGOV", "163", "2021-12-01", 4, -8}}), "v1").ok());
    ASSERT_TRUE(s.value()->Cluster({}).ok());
  };
  write();
  CliRun before = Parley("events --db " + db + " --format jsonl");
  ASSERT_EQ(before.status, 0);
  EXPECT_EQ(Lines(before.out), 2u);  // the two RUSGOV->USAGOV mentions are one event
  write();
  EXPECT_EQ(Lines(Parley("events --db " + db + " --format jsonl").out), Lines(before.out));
  EXPECT_EQ(Lines(Parley("events --db " + db + " --mentions --format jsonl").out), 3u);

  CliRun dyad = Parley("dyad RUS USA --db " + db + " --by month --format csv");
  ASSERT_EQ(dyad.status, 0);
  EXPECT_EQ(Lines(dyad.out), 1u + 6u);
  EXPECT_NE(dyad.out.find("2021-11,RUS->USA,1,"), std::string::npos) << dyad.out;

  CliRun none = Parley("events --db " + db + " --actor ZZZ");
  EXPECT_EQ(none.status, 0);
  EXPECT_TRUE(none.out.empty());

  CliRun gdelt = Parley("export --db " + db + " --format gdelt-events");
  ASSERT_EQ(gdelt.status, 0);
  EXPECT_EQ(Lines(gdelt.out), 2u);
  size_t tabs = 0;
  for (char c : gdelt.out.substr(0, gdelt.out.find('\n'))) tabs += c == '\t';
  EXPECT_EQ(tabs, 60u);
  EXPECT_EQ(Lines(Parley("export --db " + db + " --format gdelt-mentions").out), 3u);
  EXPECT_EQ(Lines(Parley("export --db " + db + " --format csv --table articles").out), 3u);
  EXPECT_EQ(Parley("export --db " + db).status, 2);  // --format is required

  EXPECT_EQ(Parley("stats --db " + db).status, 0);
  EXPECT_NE(Parley("search talks --db " + db).out.find("[talks]"), std::string::npos);
  CliRun explain = Parley("explain-event 1 --db " + db);
  EXPECT_EQ(explain.status, 0);
  EXPECT_NE(explain.out.find("same source RUSGOV"), std::string::npos) << explain.out;
  EXPECT_EQ(Parley("events --db " + dir.file("missing.db")).status, 1);
}

}  // namespace
}  // namespace parley::store
