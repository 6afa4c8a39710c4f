// The SQLite implementation of Store: WAL mode, one transaction per batch, FTS5 over sentences and quotes.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace parley::store {

/// A Store in one SQLite file.
class SqliteStore : public Store {
 public:
  /// Opens or creates the database at `path`, applying migrations.
  static Result<std::unique_ptr<SqliteStore>> OpenFile(const std::string& path, const StoreOptions& options);

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

  /// The underlying connection (tests use it to inspect rows).
  Db& db() { return db_; }

 private:
  Status DeleteArticleRows(long long article_rowid);
  Status InsertArticleRows(long long article_rowid, const Article& a, const std::string& dict_version);
  Result<std::vector<EventRecord>> QueryEventRows(const std::string& where, const std::vector<std::string>& params,
                                                  bool mentions, long long limit);
  /// Maps a failed write to a clear message (disk full, read-only...).
  Status WriteError(const Status& st);

  Db db_;
  bool in_batch_ = false;
  WriteCounts counts_;
};

}  // namespace parley::store
