// The event store: coded articles in, clustered events and queries out. SQLite by default (Open("parley.db")).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/result.h"
#include "store/records.h"

namespace parley::store {

/// How a store is opened.
struct StoreOptions {
  bool read_only = false;         ///< open for queries only; the database must already exist
  bool create_if_missing = true;  ///< create a new database when the path does not exist (ignored when read_only)
  long long max_pages = 0;        ///< cap on database pages (0 = none); lets tests provoke "disk full"
  int busy_timeout_ms = 5000;     ///< wait this long for another writer before failing
};

/// Thresholds for merging event mentions into one event.
struct ClusterOptions {
  bool enabled = true;  ///< false: every mention is its own event (--no-cluster)
  int day_window = 1;   ///< day-precision dates merge when at most this many days apart (--cluster-days)
};

/// What WriteArticle did with an article.
enum class WriteOutcome { kInserted, kUnchanged, kReplaced };

/// Counters of the articles written since the store was opened.
struct WriteCounts {
  long long inserted = 0, unchanged = 0, replaced = 0, rejected = 0;
};

/// A store of coded articles. Writes happen in batches (one transaction per batch); queries read committed data.
class Store {
 public:
  virtual ~Store() = default;
  /// Opens (and creates or migrates) the store at a path, or a URI such as "sqlite:PATH".
  static Result<std::unique_ptr<Store>> Open(const std::string& path_or_uri, const StoreOptions& options);

  /// Starts a transaction covering the following writes; nested calls are an error.
  virtual Status BeginBatch() = 0;
  /// Writes an article with its sentences, actor mentions, event mentions and quotes; skipped when the same
  /// id+text+dict_version is already stored, replacing the old rows when the id is stored with another hash.
  virtual Result<WriteOutcome> WriteArticle(const Article& a, const std::string& dict_version) = 0;
  /// Records an input that could not be coded (bad JSON line, empty text...).
  virtual Status WriteRejection(const std::string& origin, const std::string& reason) = 0;
  /// Commits the batch; on failure the whole batch is rolled back and earlier data stays intact.
  virtual Status CommitBatch() = 0;
  /// Abandons the batch.
  virtual Status RollbackBatch() = 0;
  /// Rebuilds the events table by clustering every stored mention (sort/group, O(n log n)).
  virtual Status Cluster(const ClusterOptions& options) = 0;
  /// Counters of what WriteArticle did.
  virtual WriteCounts counts() const = 0;

  /// Clustered events (or single mentions with filter.mentions) matching a filter, ordered by date then id.
  virtual Result<std::vector<EventRecord>> Events(const EventFilter& filter) = 0;
  /// The mentions of one event with the merge reason of each.
  virtual Result<std::vector<EventRecord>> MentionsOfEvent(long long event_id) = 0;
  /// Per-period dyad counts for actor prefixes a and b, both directions and their total.
  virtual Result<std::vector<DyadRow>> Dyad(const std::string& a, const std::string& b, Period by) = 0;
  /// The most frequent actor codes in event mentions and actor mentions.
  virtual Result<std::vector<ActorRow>> Actors(int top) = 0;
  /// Stored quotes matching a filter.
  virtual Result<std::vector<QuoteRecord>> Quotes(const QuoteFilter& filter) = 0;
  /// Full-text search (FTS5 syntax) over sentences and quotes, best first, with a highlighted snippet.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, int limit) = 0;
  /// Counts, date range, roots and dictionary versions.
  virtual Result<StoreStats> Stats() = 0;
  /// Stored articles (for export), in insertion order.
  virtual Result<std::vector<ArticleRecord>> Articles() = 0;
};

/// A 64-bit FNV-1a hash of bytes, continuing from `seed` (the FNV offset basis by default).
uint64_t Fnv1a64(std::string_view bytes, uint64_t seed = 14695981039346656037ull);

/// The content hash that decides whether an article is already stored: id, text and dict_version, as 16 hex digits.
std::string ArticleContentHash(const Article& a, const std::string& dict_version);

}  // namespace parley::store
