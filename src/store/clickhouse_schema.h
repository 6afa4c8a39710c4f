// The ClickHouse tables of the event store (ReplacingMergeTree; SQL that ClickHouse 18.16 understands).
#pragma once
#include <string>
#include <vector>

namespace parley::store {

/// The schema version ClickHouseStore::Stats reports.
inline constexpr int kClickHouseSchemaVersion = 1;

/// One CREATE TABLE IF NOT EXISTS statement per table, for database `db`, in creation order.
std::vector<std::string> ClickHouseTableDdl(const std::string& db);

/// The tables ClickHouseTableDdl creates (a read-only open checks that they exist).
std::vector<std::string> ClickHouseTableNames();

/// Column lists (comma-separated, INSERT order) of the tables written per article.
extern const char* const kChArticleColumns;
extern const char* const kChSentenceColumns;
extern const char* const kChActorMentionColumns;
extern const char* const kChMentionColumns;
extern const char* const kChQuoteColumns;
extern const char* const kChRejectionColumns;
extern const char* const kChMemberColumns;
extern const char* const kChClusterRunColumns;

}  // namespace parley::store
