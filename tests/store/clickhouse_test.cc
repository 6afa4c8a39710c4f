// The ClickHouse store: URI/TSV helpers and the HTTP client's retries (against a fake loopback server), then a real
// clickhouse-server on loopback (skipped when not installed): idempotent writes, replacement, clustering, and
// agreement with the SQLite store on the seeds and a Reuters-21578 slice.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <map>
#include <thread>

#include "store/clickhouse_format.h"
#include "store/clickhouse_store.h"
#include "store/http_client.h"
#include "store_test_util.h"

namespace parley::store {
namespace {

using testing::Ev;
using testing::MakeArticle;
using testing::TempDir;

// A loopback port that was free a moment ago.
int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

// A one-thread HTTP server on loopback that answers each connection with the next canned reply ("" = say nothing).
class FakeServer {
 public:
  explicit FakeServer(std::vector<std::string> replies) : replies_(std::move(replies)) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    listen(fd_, 8);
    thread_ = std::thread([this] { Serve(); });
  }
  ~FakeServer() {
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    thread_.join();
  }
  int port() const { return port_; }
  int connections() const { return connections_; }

 private:
  void Serve() {
    for (const std::string& reply : replies_) {
      int c = accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      ++connections_;
      std::string req;
      char buf[4096];
      while (req.find("\r\n\r\n") == std::string::npos) {
        ssize_t n = recv(c, buf, sizeof buf, 0);
        if (n <= 0) break;
        req.append(buf, static_cast<size_t>(n));
      }
      if (reply.empty()) recv(c, buf, sizeof buf, 0);  // a hung server: hold on until the client gives up
      else if (send(c, reply.data(), reply.size(), MSG_NOSIGNAL) < 0) break;
      close(c);
    }
  }
  std::vector<std::string> replies_;
  int fd_ = -1, port_ = 0;
  std::atomic<int> connections_{0};
  std::thread thread_;
};

std::string Reply(int status, const std::string& body) {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n\r\n" + body;
}

HttpOptions Quick(int tries) {
  HttpOptions o;
  o.tries = tries;
  o.backoff_ms = 5;
  o.io_timeout_ms = 300;
  o.service = "ClickHouse";
  return o;
}

TEST(ClickHouseUri, ParsesHostPortAndDatabase) {
  auto u = ParseClickHouseUri("clickhouse://127.0.0.1:18123/events_db");
  ASSERT_TRUE(u.ok()) << u.error();
  EXPECT_EQ(u.value().host, "127.0.0.1");
  EXPECT_EQ(u.value().port, 18123);
  EXPECT_EQ(u.value().database, "events_db");
  auto d = ParseClickHouseUri("clickhouse://db.example");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().port, 8123);
  EXPECT_EQ(d.value().database, "parley");
  auto v6 = ParseClickHouseUri("clickhouse://[::1]:9123/x");
  ASSERT_TRUE(v6.ok());
  EXPECT_EQ(v6.value().host, "::1");
  EXPECT_EQ(v6.value().port, 9123);
  EXPECT_FALSE(ParseClickHouseUri("clickhouse://h:99999/x").ok());
  EXPECT_FALSE(ParseClickHouseUri("clickhouse://h:1/bad;name").ok());
  EXPECT_FALSE(ParseClickHouseUri("clickhouse:///x").ok());
}

TEST(ClickHouseFormat, TsvCellsRoundTripAndQuotesEscape) {
  std::string nasty = std::string("tab\there\nnew\\line 'q' \0end", 27);
  std::string line = TsvRow().Add(nasty).Add(42LL).Add(0.1).Line();
  auto rows = ParseTsv(line);
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0].size(), 3u);
  EXPECT_EQ(rows[0][0], nasty);
  EXPECT_EQ(rows[0][1], "42");
  EXPECT_DOUBLE_EQ(std::atof(rows[0][2].c_str()), 0.1);
  EXPECT_EQ(SqlQuote("it's a\\b"), "'it\\'s a\\\\b'");
}

TEST(ClickHouseHttp, UnreachableServerFailsClearlyAfterBoundedTries) {
  int port = FreePort();
  auto s = ClickHouseStore::OpenUri("clickhouse://127.0.0.1:" + std::to_string(port) + "/x", {}, Quick(3));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().find("cannot reach ClickHouse at 127.0.0.1:" + std::to_string(port) + " after 3 tries"),
            std::string::npos) << s.error();
  EXPECT_NE(s.error().find("refused"), std::string::npos) << s.error();
}

TEST(ClickHouseHttp, RetriesOverloadThenSucceeds) {
  FakeServer server({Reply(503, "busy"), Reply(500, "Code: 252, e.displayText() = DB::Exception: Too many parts"),
                     Reply(200, "Ok.\n")});
  auto r = HttpPost({"127.0.0.1", server.port()}, "/", "SELECT 1", Quick(4),
                    [](const HttpResponse& x) { return x.body.find("Code: 252") != std::string::npos; });
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r.value().status, 200);
  EXPECT_EQ(r.value().body, "Ok.\n");
  EXPECT_EQ(server.connections(), 3);
}

TEST(ClickHouseHttp, BadQueryIsNotRetried) {
  FakeServer server({Reply(500, "Code: 62, e.displayText() = DB::Exception: Syntax error"), Reply(200, "late")});
  auto s = HttpPost({"127.0.0.1", server.port()}, "/", "SELEKT", Quick(4), [](const HttpResponse&) { return false; });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().status, 500);
  EXPECT_EQ(server.connections(), 1);
}

TEST(ClickHouseHttp, HungServerTimesOutAfterBoundedTries) {
  FakeServer server({"", ""});
  auto r = HttpPost({"127.0.0.1", server.port()}, "/", "SELECT 1", Quick(2));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("after 2 tries"), std::string::npos) << r.error();
  EXPECT_NE(r.error().find("timed out"), std::string::npos) << r.error();
}

// A clickhouse-server started once for the live tests, in its own temp dir and process group.
class ClickHouseLive : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* bins[] = {"/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server", "/usr/bin/clickhouse"};
    bool have = std::any_of(std::begin(bins), std::end(bins), [](const char* b) { return access(b, X_OK) == 0; });
    if (!have) { skip_ = "clickhouse-server is not installed (apt-get install clickhouse-server); skipping"; return; }
    dir_ = new TempDir();
    http_port_ = FreePort();
    int tcp = FreePort();
    while (tcp == http_port_) tcp = FreePort();
    std::string cmd = "timeout 90 bash '" + std::string(PARLEY_FIXTURES_DIR) + "/../../scripts/clickhouse-test-server.sh'"
                      " start '" + dir_->path + "' " + std::to_string(http_port_) + " " + std::to_string(tcp);
    if (std::system(cmd.c_str()) != 0) skip_ = "could not start clickhouse-server (see " + dir_->path + "/log)";
  }
  static void TearDownTestSuite() {
    if (!dir_) return;
    std::ifstream pidf(dir_->file("server.pid"));
    long pid = 0;
    if (pidf >> pid && pid > 1) {
      kill(static_cast<pid_t>(-pid), SIGTERM);
      for (int i = 0; i < 40 && kill(static_cast<pid_t>(pid), 0) == 0; ++i) usleep(250000);
      kill(static_cast<pid_t>(-pid), SIGKILL);
    }
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
  }
  static std::string Uri(const std::string& db) { return "clickhouse://127.0.0.1:" + std::to_string(http_port_) + "/" + db; }
  static std::unique_ptr<ClickHouseStore> OpenCh(const std::string& db) {
    auto s = ClickHouseStore::OpenUri(Uri(db), {});
    EXPECT_TRUE(s.ok()) << s.error();
    return s.ok() ? std::move(s.value()) : nullptr;
  }
  static TempDir* dir_;
  static int http_port_;
  static std::string skip_;
};
TempDir* ClickHouseLive::dir_ = nullptr;
int ClickHouseLive::http_port_ = 0;
std::string ClickHouseLive::skip_;

TEST_F(ClickHouseLive, SameInputTwiceAddsNothingAndChangesReplace) {
  auto s = OpenCh("t_write");
  ASSERT_TRUE(s);
  Article a = MakeArticle("a1", {{"RUSGOV", "USAGOV", "042", "2021-11-01"}, {"USAGOV", "RUSGOV", "190", "2021-11-01", 4, -10}});
  Article b = MakeArticle("a2", {{"RUSGOV", "USAGOV", "043", "2021-11-01"}}, "2021-11-02", "Reuters");
  for (int run = 0; run < 2; ++run) {
    ASSERT_TRUE(s->BeginBatch().ok());
    auto r1 = s->WriteArticle(a, "v1");
    auto r2 = s->WriteArticle(b, "v1");
    ASSERT_TRUE(r1.ok() && r2.ok()) << r1.error() << r2.error();
    EXPECT_EQ(r1.value(), run == 0 ? WriteOutcome::kInserted : WriteOutcome::kUnchanged);
    ASSERT_TRUE(s->WriteRejection("bad.jsonl:3", "no text").ok());
    ASSERT_TRUE(s->CommitBatch().ok());
    ASSERT_TRUE(s->Cluster({}).ok());
  }
  auto st = s->Stats();
  ASSERT_TRUE(st.ok()) << st.error();
  EXPECT_EQ(st.value().articles, 2);
  EXPECT_EQ(st.value().mentions, 3);
  EXPECT_EQ(st.value().sentences, 3);
  EXPECT_EQ(st.value().rejected, 1);
  EXPECT_EQ(s->counts().unchanged, 2);
  EXPECT_EQ(s->counts().rejected, 1);
  // 042 and 043 share root 04, dyad and day: one event with two mentions from two publishers.
  auto ev = s->Events(EventFilter{.root = "04"});
  ASSERT_TRUE(ev.ok()) << ev.error();
  ASSERT_EQ(ev.value().size(), 1u);
  EXPECT_EQ(ev.value()[0].num_mentions, 2);
  EXPECT_EQ(ev.value()[0].num_sources, 2);
  auto members = s->MentionsOfEvent(ev.value()[0].event_id);
  ASSERT_TRUE(members.ok()) << members.error();
  EXPECT_EQ(members.value().size(), 2u);

  // A changed article replaces its rows; the old mentions no longer count anywhere.
  auto r = s->WriteArticle(MakeArticle("a1", {{"CHNGOV", "USAGOV", "036", "2021-11-03"}}), "v1");
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r.value(), WriteOutcome::kReplaced);
  ASSERT_TRUE(s->Cluster({}).ok());
  st = s->Stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st.value().articles, 2);
  EXPECT_EQ(st.value().mentions, 2);
  EXPECT_EQ(st.value().events, 2);
  auto chn = s->Events(EventFilter{.actor = "CHN"});
  ASSERT_TRUE(chn.ok());
  ASSERT_EQ(chn.value().size(), 1u);
  EXPECT_EQ(chn.value()[0].code, "036");
  EXPECT_EQ(chn.value()[0].article_id, "a1");
  EXPECT_EQ(s->Events(EventFilter{.code = "190"}).value().size(), 0u);
}

TEST_F(ClickHouseLive, RowsInsertedTwiceAreCountedOnce) {
  auto s = OpenCh("t_twice");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->WriteArticle(MakeArticle("x", {{"FRA", "DEU", "051", "2020-01-05"}, {"DEU", "FRA", "051", "2020-01-05"}}), "v1").ok());
  ASSERT_TRUE(s->Cluster({}).ok());
  // What a retried INSERT whose first reply was lost would leave behind: every row a second time.
  for (const char* t : {"articles", "mentions", "sentences", "event_members"})
    ASSERT_TRUE(s->Query(std::string("INSERT INTO t_twice.") + t + " SELECT * FROM t_twice." + t).ok());
  auto raw = s->Query("SELECT count() FROM t_twice.mentions");
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(std::atoll(raw.value().c_str()), 4);  // the duplicates really are there
  auto st = s->Stats();
  ASSERT_TRUE(st.ok()) << st.error();
  EXPECT_EQ(st.value().articles, 1);
  EXPECT_EQ(st.value().mentions, 2);
  EXPECT_EQ(st.value().events, 2);
  auto dyad = s->Dyad("FRA", "DEU", Period::kMonth);
  ASSERT_TRUE(dyad.ok()) << dyad.error();
  ASSERT_EQ(dyad.value().size(), 3u);
  EXPECT_EQ(dyad.value()[2].direction, "total");
  EXPECT_EQ(dyad.value()[2].events, 2);
}

TEST_F(ClickHouseLive, ReadOnlyOpenOfUnknownDatabaseIsAClearError) {
  StoreOptions o;
  o.create_if_missing = false;
  auto s = Store::Open(Uri("never_written"), o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().find("has no Parley table"), std::string::npos) << s.error();
  auto unsupported = OpenCh("t_write");
  ASSERT_TRUE(unsupported);
  auto search = unsupported->Search("talks", 5);
  ASSERT_FALSE(search.ok());
  EXPECT_NE(search.error().find("not supported on the ClickHouse store"), std::string::npos);
}

// Sorted text keys of records, to compare two stores regardless of row order and ids. Event rows describe their
// anchor mention, which ties between articles may pick differently (ids differ), so events are keyed on what the
// cluster shares; mention rows carry their own fields and their event's size.
std::vector<std::string> EventKeys(const std::vector<EventRecord>& rows, bool mentions) {
  std::vector<std::string> keys;
  for (const auto& e : rows)
    keys.push_back(mentions ? e.article_id + "|" + std::to_string(e.sentence) + "|" + e.source.code + "|" + e.target.code +
                                  "|" + e.code + "|" + e.date + "|" + e.place.name + "|" + std::to_string(e.num_mentions)
                            : e.source.code + "|" + e.target.code + "|" + e.root + "|" + e.date + "|" +
                                  std::to_string(e.num_mentions) + "|" + std::to_string(e.num_articles));
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::vector<std::string> QuoteKeys(const std::vector<QuoteRecord>& rows) {
  std::vector<std::string> keys;
  for (const auto& q : rows)
    keys.push_back(q.article_id + "|" + std::to_string(q.sentence) + "|" + q.text + "|" + q.speaker_code + "|" + q.verb);
  std::sort(keys.begin(), keys.end());
  return keys;
}

// Keys only one side has, for a readable failure message.
std::string OnlyIn(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  std::string s;
  for (const auto& k : out) s += "\n  " + k;
  return s;
}

TEST_F(ClickHouseLive, AgreesWithSqliteOnSeedsAndReuters) {
  std::string shared = PARLEY_SHARED_DIR;
  if (access((shared + "/seeds").c_str(), R_OK) != 0) GTEST_SKIP() << "no seeds under " << shared;
  std::string inputs = "'" + shared + "/seeds/'*.txt";
  std::string reuters = shared + "/corpora/reuters21578/reut2-000.sgm";
  if (access(reuters.c_str(), R_OK) == 0) inputs += " '" + reuters + "'";
  else std::fprintf(stderr, "note: %s absent; comparing on the seeds only\n", reuters.c_str());
  TempDir dir;
  std::string lite = "sqlite:" + dir.file("p.db"), ch = Uri("agree");
  for (const std::string& uri : {lite, ch, ch}) {
    std::string cmd = std::string(PARLEY_BINARY) + " code " + inputs + " --store " + uri + " 2>" + dir.file("log");
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
  std::ifstream log(dir.file("log"));
  std::string last((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  EXPECT_NE(last.find(": 0 new,"), std::string::npos) << "second ClickHouse run wrote again: " << last;

  auto a = Store::Open(lite, {});
  auto b = Store::Open(ch, {});
  ASSERT_TRUE(a.ok() && b.ok()) << a.error() << b.error();
  auto sa = a.value()->Stats(), sb = b.value()->Stats();
  ASSERT_TRUE(sa.ok() && sb.ok()) << sb.error();
  ASSERT_GT(sa.value().mentions, 0);
  EXPECT_EQ(sa.value().articles, sb.value().articles);
  EXPECT_EQ(sa.value().sentences, sb.value().sentences);
  EXPECT_EQ(sa.value().mentions, sb.value().mentions);
  EXPECT_EQ(sa.value().events, sb.value().events);
  EXPECT_EQ(sa.value().quotes, sb.value().quotes);
  EXPECT_EQ(sa.value().by_root, sb.value().by_root);

  auto ea = a.value()->Events({}), eb = b.value()->Events({});
  ASSERT_TRUE(ea.ok() && eb.ok()) << eb.error();
  auto ka = EventKeys(ea.value(), false), kb = EventKeys(eb.value(), false);
  EXPECT_TRUE(ka == kb) << "only SQLite:" << OnlyIn(ka, kb) << "\nonly ClickHouse:" << OnlyIn(kb, ka);
  EventFilter mentions;
  mentions.mentions = true;
  ka = EventKeys(a.value()->Events(mentions).value(), true);
  kb = EventKeys(b.value()->Events(mentions).value(), true);
  EXPECT_TRUE(ka == kb) << "only SQLite:" << OnlyIn(ka, kb) << "\nonly ClickHouse:" << OnlyIn(kb, ka);

  // The dyad of the most frequent country pair, by month.
  std::map<std::pair<std::string, std::string>, int> pairs;
  for (const auto& e : ea.value())
    if (e.source.code.size() >= 3 && e.target.code.size() >= 3) ++pairs[{e.source.code.substr(0, 3), e.target.code.substr(0, 3)}];
  ASSERT_FALSE(pairs.empty());
  auto top = std::max_element(pairs.begin(), pairs.end(), [](auto& x, auto& y) { return x.second < y.second; })->first;
  auto da = a.value()->Dyad(top.first, top.second, Period::kMonth), db = b.value()->Dyad(top.first, top.second, Period::kMonth);
  ASSERT_TRUE(da.ok() && db.ok()) << db.error();
  ASSERT_EQ(da.value().size(), db.value().size());
  ASSERT_FALSE(da.value().empty());
  for (size_t i = 0; i < da.value().size(); ++i) {
    const DyadRow &x = da.value()[i], &y = db.value()[i];
    EXPECT_EQ(x.period + x.direction, y.period + y.direction);
    EXPECT_EQ(x.events, y.events) << x.period << " " << x.direction;
    for (int q = 0; q < 4; ++q) EXPECT_EQ(x.quad[q], y.quad[q]);
    EXPECT_EQ(x.net_cooperation, y.net_cooperation);
    EXPECT_NEAR(x.goldstein_sum, y.goldstein_sum, 1e-9);
  }

  auto qa = a.value()->Quotes({}), qb = b.value()->Quotes({});
  ASSERT_TRUE(qa.ok() && qb.ok()) << qb.error();
  ka = QuoteKeys(qa.value());
  kb = QuoteKeys(qb.value());
  EXPECT_TRUE(ka == kb) << "only SQLite:" << OnlyIn(ka, kb) << "\nonly ClickHouse:" << OnlyIn(kb, ka);
}

}  // namespace
}  // namespace parley::store
