// The ClickHouse implementation of Store (clickhouse://HOST:PORT/DB): ReplacingMergeTree tables over the HTTP
// interface, one INSERT per table per batch, FINAL reads that keep only each article's current version.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/clickhouse_format.h"
#include "store/http_client.h"
#include "store/store.h"

namespace parley::store {

/// A Store in a ClickHouse database. Search and Actors are not supported yet (they return a clear error).
class ClickHouseStore : public Store {
 public:
  /// Connects to the server of a clickhouse:// URI and creates the database and tables when missing
  /// (read_only: checks that they exist instead).
  static Result<std::unique_ptr<ClickHouseStore>> OpenUri(const std::string& uri, const StoreOptions& options,
                                                          const HttpOptions& http = HttpOptions{});

  Status BeginBatch() override;
  Result<WriteOutcome> WriteArticle(const Article& a, const std::string& dict_version) override;
  Status WriteRejection(const std::string& origin, const std::string& reason) override;
  Status CommitBatch() override;
  Status RollbackBatch() override;
  Status Cluster(const ClusterOptions& options) override;
  WriteCounts counts() const override { return counts_; }

  Result<std::vector<EventRecord>> Events(const EventFilter& filter) override;
  Result<std::vector<EventRecord>> MentionsOfEvent(long long event_id) override;
  Result<std::vector<DyadRow>> Dyad(const std::string& a, const std::string& b, Period by) override;
  Result<std::vector<ActorRow>> Actors(int top) override;
  Result<std::vector<QuoteRecord>> Quotes(const QuoteFilter& filter) override;
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit) override;
  Result<StoreStats> Stats() override;
  Result<std::vector<ArticleRecord>> Articles() override;

  /// Runs one SQL statement; returns the response body (TabSeparated rows for a SELECT).
  Result<std::string> Query(const std::string& sql);
  /// The database name of the URI.
  const std::string& database() const { return uri_.database; }

 private:
  ClickHouseStore(ClickHouseUri uri, HttpOptions http) : uri_(std::move(uri)), http_(std::move(http)) {}
  /// INSERTs TabSeparated rows into a table of the database.
  Status Insert(const std::string& table, const char* columns, const std::string& rows);
  /// The stored hash of an article id ("" when absent).
  Result<std::string> CurrentHash(const std::string& article_id);
  /// The newest complete Cluster generation (0 when never clustered).
  Result<unsigned long long> LatestGeneration();
  /// A strictly increasing microsecond timestamp for version and generation columns.
  unsigned long long NextVersion();
  /// Mention rows joined with their event membership; `where` filters mentions, `post` the joined rows.
  Result<std::vector<EventRecord>> QueryMentionRows(const std::string& where, const std::string& post, bool mentions,
                                                    long long limit);
  /// SQL that keeps rows of current article versions: "(article_id, hash) IN (...)".
  std::string CurrentRows() const;

  ClickHouseUri uri_;
  HttpOptions http_;
  bool in_batch_ = false;
  WriteCounts counts_;
  WriteCounts batch_counts_;
  unsigned long long last_version_ = 0;
  std::map<std::string, std::string> batch_hashes_;  ///< article id -> hash written in the open batch
  std::map<std::string, std::string> pending_;       ///< table -> TabSeparated rows of the open batch
  std::vector<std::string> rejection_keys_;          ///< origin\treason of the open batch (counted once)
};

/// A stable positive id for the idx-th row of kind `kind` ('m' mention, 'q' quote) of an article, increasing with idx.
long long ChRowId(const std::string& article_id, char kind, size_t idx);

}  // namespace parley::store
