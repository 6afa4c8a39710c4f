// ISO 3166-1 alpha-3 to FIPS 10-4 country codes (GDELT geo fields use FIPS; actor fields use CAMEO/ISO codes).
#pragma once
#include <string>

namespace parley::store {

/// The FIPS 10-4 code of an ISO alpha-3 country code ("RUS" -> "RS", "DEU" -> "GM"), or "" when unknown.
std::string IsoToFips(const std::string& iso3);

}  // namespace parley::store
