// Export row builders: GDELT 2.0 Events (61 columns) and Mentions (16 columns), PLOVER JSON Lines.
#pragma once
#include <string>
#include <vector>

#include "store/records.h"

namespace parley::store {

/// The 61 GDELT 2.0 Event column names in codebook order.
const std::vector<std::string>& GdeltEventHeader();
/// The 16 GDELT 2.0 Mentions column names in codebook order.
const std::vector<std::string>& GdeltMentionHeader();

/// One clustered event as the 61 GDELT 2.0 Event fields (codes kept as strings with leading zeros).
std::vector<std::string> GdeltEventFields(const EventRecord& event);
/// One mention as the 16 GDELT 2.0 Mentions fields; `event` is the clustered event it belongs to.
std::vector<std::string> GdeltMentionFields(const EventRecord& mention, const EventRecord& event);

/// Fields joined by tabs with a trailing newline; tabs, CR and LF inside a field become spaces.
std::string TabLine(const std::vector<std::string>& fields);

/// One event as a PLOVER JSON object (id, date, event, mode, context, actor, actor_country, recipient,
/// recipient_country, event_text, location, source, plus the CAMEO code and counts).
std::string PloverJson(const EventRecord& event);

/// Splits a CAMEO actor code into GDELT's breakdown: country, known group, ethnic, religion 1-2, type 1-3.
struct CameoActorParts {
  std::string country, known_group, ethnic, religion1, religion2, type1, type2, type3;
};
/// The breakdown of a code; `country_hint` (ISO alpha-3 from the coder) marks the first chunk as a country.
CameoActorParts SplitCameoActor(const std::string& code, const std::string& country_hint);

}  // namespace parley::store
