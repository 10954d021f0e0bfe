#pragma once

#include "maps/style/choropleth.h"

#include <QJsonObject>

#include <optional>

namespace CityAtlas::StyleCodec {

// A layer style as JSON, for the project file:
//   {"field": "density_2022", "method": "manual", "classes": 3, "ramp": "YlOrRd",
//    "reversed": false, "breaks": [100, 400]}
// "method" is a methodKey() ("equal", "quantile", "jenks", "stddev", "manual", "unique");
// "breaks" is written for manual classes only.
QJsonObject toJson(const ChoroplethSpec &spec);

// The spec back; std::nullopt with *error (may be null) naming the member that is missing
// or wrong and what was expected. "field" and "method" are required; "classes", "ramp" and
// "reversed" default to ChoroplethSpec's defaults. Unknown members are ignored.
std::optional<ChoroplethSpec> fromJson(const QJsonObject &json, QString *error);

} // namespace CityAtlas::StyleCodec
