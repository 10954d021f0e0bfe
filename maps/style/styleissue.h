#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"

namespace CityAtlas {

// The problems met while styling a field of a layer, each naming the file and the field.
Issue styleIssue(Issue::Severity severity, const FeatureTable &table, const QString &field, const QString &message);
Issue missingFieldIssue(const FeatureTable &table, const QString &field);
// A warning: `missing` of the table's rows have no value and are drawn as "no data".
Issue noDataIssue(const FeatureTable &table, const QString &field, int missing);

} // namespace CityAtlas
