// The temporal stage: each event's own date, and the report year when a dateline omits it.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/article.h"

namespace parley {

/// Fills date, date_end, date_precision and date_source of every event in `a.events` from the time
/// expressions of its sentence (the one in the trigger's clause, else a sentence-initial one, else
/// the nearest to the trigger), falling back to the report date (date_source "report_date").
void ResolveEventDates(Article& a);

/// An office-holder the article mentions: the report date must fall inside one of `intervals`
/// (inclusive; an end date with year 0 means the tenure is still open).
struct TenureConstraint {
  std::string who;
  std::vector<std::pair<Date, Date>> intervals;
};

/// Infers a.report_date.year when only month/day are known (from a.report_date, else the dateline),
/// from a weekday named in the dateline paragraph (taken as the report day) and the tenure
/// constraints. On a unique fit sets the year and report_date_source "inferred:weekday+tenure" and
/// returns true; when several or no years fit, adds a warning, sets report_date_source "unresolved"
/// and returns false.
bool InferReportYear(Article& a, const std::vector<TenureConstraint>& constraints, int min_year = 1945,
                     int max_year = 2035);

}  // namespace parley
