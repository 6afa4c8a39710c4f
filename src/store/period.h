// Period keys for time series: "2021" (year), "2021-11" (month), "2021-W44" (ISO 8601 week).
#pragma once
#include <string>

#include "core/date.h"
#include "store/records.h"

namespace parley::store {

/// The period key of a date, or "" when the date is not precise enough for that period.
std::string PeriodKey(const Date& d, Period by);

/// The period key of an event: its own date when precise enough, else its report date, else "unknown".
std::string EventPeriodKey(const std::string& event_date, const std::string& report_date, Period by);

/// Parses "week", "month" or "year"; false on anything else.
bool ParsePeriod(const std::string& s, Period* out);

}  // namespace parley::store
