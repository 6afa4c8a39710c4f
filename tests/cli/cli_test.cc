// The parley binary as a user runs it: help, exit codes, coding the seeds end to end.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

struct Outcome {
  int status = -1;
  std::string out;
};

// Runs `parley ARGS` through the shell, capturing stdout (stderr to a file when err_path is set).
Outcome Parley(const std::string& args, const std::string& err_path = "/dev/null") {
  std::string cmd = std::string(PARLEY_BINARY) + " " + args + " 2>" + err_path;
  Outcome r;
  FILE* f = popen(cmd.c_str(), "r");
  if (!f) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) r.out.append(buf, n);
  int st = pclose(f);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const std::string kSeeds = std::string(PARLEY_FIXTURES_DIR) + "/000_ca70b0bd16d5c51c.txt " + PARLEY_FIXTURES_DIR + "/004_e765ae524eefaa29.txt";

TEST(Cli, HelpTeachesEveryCommand) {
  Outcome top = Parley("--help");
  EXPECT_EQ(top.status, 0);
  for (const char* cmd : {"ingest", "code", "explain", "eval", "quotes", "events", "dyad", "export", "demo"}) {
    EXPECT_NE(top.out.find(cmd), std::string::npos) << cmd;
    Outcome h = Parley(std::string(cmd) + " --help");
    EXPECT_EQ(h.status, 0) << cmd;
    EXPECT_NE(h.out.find("Usage: parley"), std::string::npos) << cmd;
  }
}

TEST(Cli, UsageErrorsExitTwoAndUnreadableFilesExitOne) {
  EXPECT_EQ(Parley("no-such-command").status, 2);
  EXPECT_EQ(Parley("code --no-such-flag x").status, 2);
  EXPECT_EQ(Parley("code").status, 2);
  EXPECT_EQ(Parley("code /nonexistent/file.txt").status, 1);
}

TEST(Cli, CodesTheSeedsAsJsonLinesInInputOrderForAnyJobs) {
  std::string err = ::testing::TempDir() + "/code_" + std::to_string(::getpid()) + ".err";
  Outcome one = Parley("code " + kSeeds + " --format jsonl -j 1", err);
  ASSERT_EQ(one.status, 0) << Slurp(err);
  EXPECT_NE(Slurp(err).find("2 read, 2 ingested, 0 rejected"), std::string::npos) << Slurp(err);
  Outcome two = Parley("code " + kSeeds + " --format jsonl -j 2");
  EXPECT_EQ(one.out, two.out) << "output must not depend on -j";
  EXPECT_NE(one.out.find("\"article_id\":\"000_ca70b0bd16d5c51c\""), std::string::npos);
  EXPECT_LT(one.out.find("000_ca70b0bd16d5c51c"), one.out.find("004_e765ae524eefaa29"));
  for (const char* field : {"\"sentence_text\"", "\"source\"", "\"target\"", "\"quad_class\"", "\"goldstein\"", "\"plover\"",
                            "\"modality\"", "\"report_date\"", "\"evidence\"", "\"dict_version\""})
    EXPECT_NE(one.out.find(field), std::string::npos) << field;
}

TEST(Cli, CsvHasAHeaderAndOneRowPerEvent) {
  Outcome json = Parley("code " + kSeeds + " --format jsonl");
  Outcome csv = Parley("code " + kSeeds + " --format csv");
  ASSERT_EQ(csv.status, 0);
  size_t json_lines = 0, csv_records = 0;
  for (char c : json.out) json_lines += c == '\n';
  bool in_quotes = false;
  for (char c : csv.out) {
    if (c == '"') in_quotes = !in_quotes;
    if (c == '\n' && !in_quotes) ++csv_records;
  }
  EXPECT_EQ(csv_records, json_lines + 1);
  EXPECT_EQ(csv.out.rfind("article_id,sentence,", 0), 0u);
}

TEST(Cli, EmitEventsAndQuotesAddsTypes) {
  Outcome r = Parley("code " + kSeeds + " --emit events,quotes");
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\"type\":\"event\""), std::string::npos);
  EXPECT_NE(r.out.find("\"type\":\"quote\""), std::string::npos);
}

TEST(Cli, BrokenJsonLineIsRejectedAndCounted) {
  std::string in = ::testing::TempDir() + "/bad_" + std::to_string(::getpid()) + ".jsonl", err = ::testing::TempDir() + "/bad_" + std::to_string(::getpid()) + ".err";
  std::ofstream(in) << "{\"id\":\"a\",\"text\":\"Russia and China signed a treaty.\"}\n{\"id\":\"b\",\"text\": broken\n"
                       "{\"id\":\"c\",\"text\":\"The envoy met the minister.\"}\n";
  Outcome r = Parley("code " + in, err);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(Slurp(err).find("3 read, 2 ingested, 1 rejected"), std::string::npos) << Slurp(err);
  EXPECT_EQ(Parley("code " + in + " --strict").status, 1);
}

TEST(Cli, ExplainShowsTheTrace) {
  Outcome r = Parley("explain \"Russian President Vladimir Putin met US Secretary of State Mike Pompeo in Sochi.\" --date 2019-05-14");
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("RUSGOV"), std::string::npos);
  EXPECT_NE(r.out.find("USAGOV"), std::string::npos);
  EXPECT_NE(r.out.find("EVENT"), std::string::npos);
  EXPECT_NE(r.out.find("verbs.txt:"), std::string::npos) << "the pattern's file:line is shown";
  EXPECT_NE(r.out.find("people/"), std::string::npos) << "the actor's dictionary entry is shown";
}

}  // namespace
