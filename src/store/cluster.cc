#include "store/cluster.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "core/date.h"

namespace parley::store {
namespace {

// A date as an interval of days with its precision.
struct DateSpan {
  long lo = 0, hi = 0;
  DatePrecision precision = DatePrecision::kNone;
  std::string iso;
  bool from_report = false;
};

DateSpan SpanOf(const ClusterInput& m) {
  DateSpan s;
  Date d = Date::ParseIso(m.date);
  if (d.precision() == DatePrecision::kNone) {
    d = Date::ParseIso(m.report_date);
    s.from_report = d.precision() != DatePrecision::kNone;
  }
  s.precision = d.precision();
  s.iso = d.iso();
  switch (s.precision) {
    case DatePrecision::kDay: s.lo = s.hi = d.days(); break;
    case DatePrecision::kMonth:
      s.lo = Date{d.year, d.month, 1}.days();
      s.hi = Date{d.year, d.month, Date::DaysInMonth(d.year, d.month)}.days();
      break;
    case DatePrecision::kYear:
      s.lo = Date{d.year, 1, 1}.days();
      s.hi = Date{d.year, 12, 31}.days();
      break;
    case DatePrecision::kNone: break;
  }
  return s;
}

// True when two dates agree within their precision; `why` says how.
bool DatesAgree(const DateSpan& a, const DateSpan& b, int window, std::string* why) {
  if (a.precision == DatePrecision::kNone || b.precision == DatePrecision::kNone) return false;
  if (a.precision == DatePrecision::kDay && b.precision == DatePrecision::kDay) {
    long gap = std::labs(a.lo - b.lo);
    if (gap > window) return false;
    *why = "dates " + a.iso + " and " + b.iso + " are " + std::to_string(gap) + " day(s) apart (window +/-" +
           std::to_string(window) + ")";
    return true;
  }
  size_t n = (a.precision == DatePrecision::kYear || b.precision == DatePrecision::kYear) ? 4 : 7;
  if (a.iso.compare(0, n, b.iso, 0, n) != 0) return false;
  *why = std::string("dates ") + a.iso + " and " + b.iso + " fall in the same " + (n == 4 ? "year" : "month");
  return true;
}

struct Open {
  size_t out = 0;  // index into the outputs
  DateSpan anchor_date;
  std::string place;
};

}  // namespace

std::vector<ClusterOutput> ClusterMentions(const std::vector<ClusterInput>& in, const ClusterOptions& options) {
  std::vector<DateSpan> dates(in.size());
  for (size_t i = 0; i < in.size(); ++i) dates[i] = SpanOf(in[i]);
  std::vector<size_t> order(in.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const ClusterInput& a = in[x];
    const ClusterInput& b = in[y];
    if (a.src != b.src) return a.src < b.src;
    if (a.tgt != b.tgt) return a.tgt < b.tgt;
    if (a.root != b.root) return a.root < b.root;
    if (dates[x].lo != dates[y].lo) return dates[x].lo < dates[y].lo;
    return a.id < b.id;
  });

  std::vector<ClusterOutput> out;
  std::vector<Open> open;
  const ClusterInput* group = nullptr;
  for (size_t idx : order) {
    const ClusterInput& m = in[idx];
    const DateSpan& d = dates[idx];
    if (!group || group->src != m.src || group->tgt != m.tgt || group->root != m.root) {
      open.clear();
      group = &m;
    }
    // Close clusters that no later mention (sorted by lo) can agree with.
    open.erase(std::remove_if(open.begin(), open.end(),
                              [&](const Open& o) { return o.anchor_date.hi + options.day_window < d.lo; }),
               open.end());
    bool joined = false;
    if (options.enabled && d.precision != DatePrecision::kNone) {
      for (Open& o : open) {
        std::string why;
        if (!DatesAgree(o.anchor_date, d, options.day_window, &why)) continue;
        if (!o.place.empty() && !m.place.empty() && o.place != m.place) continue;
        std::string place_why = m.place.empty() || o.place.empty() ? "place unknown on one side"
                                                                   : "same place " + m.place;
        if (o.place.empty()) o.place = m.place;
        ClusterOutput& c = out[o.out];
        c.members.push_back(idx);
        c.reasons.push_back("same source " + m.src + ", target " + m.tgt + ", root " + m.root + "; " + why + "; " +
                            place_why + (d.from_report ? "; date taken from the report date" : ""));
        joined = true;
        break;
      }
    }
    if (joined) continue;
    ClusterOutput c;
    c.anchor = idx;
    c.members.push_back(idx);
    c.reasons.push_back(!options.enabled ? "clustering disabled (--no-cluster)"
                        : d.precision == DatePrecision::kNone ? "first mention; no date, so never merged"
                                                              : "first mention (anchor of the event)");
    out.push_back(std::move(c));
    if (options.enabled && d.precision != DatePrecision::kNone) open.push_back(Open{out.size() - 1, d, m.place});
  }
  for (ClusterOutput& c : out) {
    std::set<long long> articles;
    std::set<std::string> publishers;
    c.event_id = in[c.members[0]].id;
    for (size_t i : c.members) {
      c.event_id = std::min(c.event_id, in[i].id);
      articles.insert(in[i].article);
      publishers.insert(in[i].publisher);
    }
    c.num_articles = static_cast<long long>(articles.size());
    c.num_sources = static_cast<long long>(publishers.size());
  }
  return out;
}

}  // namespace parley::store
