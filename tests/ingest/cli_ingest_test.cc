// End-to-end checks of `parley ingest`: output records, summary line and exit statuses.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct CliRun {
  int status = -1;
  std::string out, err;
};

CliRun Parley(const std::string& args) {
  std::string dir = ::testing::TempDir();
  static int calls = 0;  // tests run in parallel processes: one stderr file per process and call
  std::string err_path = dir + "/parley_ingest_err_" + std::to_string(::getpid()) + "_" + std::to_string(++calls) + ".txt";
  std::string cmd = std::string(PARLEY_BINARY) + " " + args + " 2>" + err_path;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream e(err_path);
  r.err.assign(std::istreambuf_iterator<char>(e), std::istreambuf_iterator<char>());
  return r;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + std::to_string(::getpid()) + "_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(CliIngest, SeedAsJsonl) {
  CliRun r = Parley("ingest " + std::string(PARLEY_FIXTURES_DIR) + "/000_ca70b0bd16d5c51c.txt --format jsonl --year 2021");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "000_ca70b0bd16d5c51c");
  EXPECT_EQ(j["dateline"]["place"], "WASHINGTON");
  EXPECT_EQ(j["dateline"]["agency"], "TASS");
  EXPECT_EQ(j["report_date"], "2021-11-02");
  EXPECT_EQ(j["report_date_source"], "dateline+--year");
  EXPECT_EQ(j["report_date_precision"], "day");
  ASSERT_TRUE(j["sentences"].is_array());
  EXPECT_GT(j["sentences"].size(), 5u);
  EXPECT_NE(r.err.find("1 read, 1 ingested, 0 rejected"), std::string::npos) << r.err;
}

TEST(CliIngest, RejectionsStrictAndExitStatuses) {
  std::string path = WriteTemp("cli_mixed.jsonl", "{\"id\":\"a\",\"text\":\"One sentence.\"}\n{broken\n");
  CliRun ok = Parley("ingest " + path + " --format table");
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.err.find("2 read, 1 ingested, 1 rejected"), std::string::npos) << ok.err;
  EXPECT_NE(ok.err.find("invalid JSON"), std::string::npos);
  EXPECT_NE(ok.out.find("== a"), std::string::npos);
  EXPECT_EQ(Parley("ingest " + path + " --strict").status, 1);
  EXPECT_EQ(Parley("ingest /nonexistent/file.txt").status, 1);
  EXPECT_EQ(Parley("ingest").status, 2);
  EXPECT_EQ(Parley("ingest " + path + " --format xml").status, 2);
  EXPECT_EQ(Parley("ingest " + path + " --year abc").status, 2);
  EXPECT_EQ(Parley("ingest " + path + " --bogus").status, 2);
}

TEST(CliIngest, StdinAndForcedFormat) {
  CliRun r = Parley("ingest - --input-format text < " + std::string(PARLEY_FIXTURES_DIR) + "/004_e765ae524eefaa29.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["format"], "text");
  EXPECT_EQ(j["dateline"]["place"], "MOSCOW");
  EXPECT_EQ(j["report_date_source"], "unresolved");
}

}  // namespace
