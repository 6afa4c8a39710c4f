// Clustering event mentions into events: same dyad and CAMEO root, dates that agree within their precision,
// same place when both are known. Sort/group plus a sweep over open clusters: O(n log n), never O(n^2).
#pragma once
#include <string>
#include <vector>

#include "store/store.h"

namespace parley::store {

/// One mention as the clusterer sees it.
struct ClusterInput {
  long long id = 0;          ///< mention id
  long long article = 0;     ///< article row id
  std::string publisher;     ///< source of the article (counts num_sources); the article id when unknown
  std::string src, tgt, root;
  std::string date;          ///< event date ISO ("2021-11-02", "2021-11", "2021") or ""
  std::string report_date;   ///< the article's report date, used when `date` is empty
  std::string place;         ///< resolved place key, "" when unknown
};

/// A clustered event: its mentions (indexes into the input) and a reason per mention.
struct ClusterOutput {
  long long event_id = 0;           ///< the smallest mention id of the cluster (stable across re-clustering)
  size_t anchor = 0;                ///< index of the mention whose date/place the others were compared with
  std::vector<size_t> members;      ///< indexes into the input
  std::vector<std::string> reasons; ///< parallel to members: why each joined
  long long num_articles = 0, num_sources = 0;
};

/// Groups mentions into events under the options.
std::vector<ClusterOutput> ClusterMentions(const std::vector<ClusterInput>& in, const ClusterOptions& options);

}  // namespace parley::store
