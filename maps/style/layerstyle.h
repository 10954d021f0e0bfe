#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/style/choropleth.h"
#include "maps/style/mapstyle.h"

#include <memory>

namespace CityAtlas {

// A layer's style built from what the user chose: a Choropleth for numeric methods (manual
// breaks included), a CategoryStyle for unique values. style is null when the spec does
// not fit the layer; issues then say why (and carry warnings such as rows without data).
struct StyleResult
{
    std::shared_ptr<const MapStyle> style;
    IssueList issues;
};

StyleResult createStyle(const FeatureTable &table, const ChoroplethSpec &spec);

} // namespace CityAtlas
