#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/placenameaggregation.h"
#include "maps/data/pointaggregation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace CityAtlas {

class UnitIndex;

// Counts (and sums) for the rows of a layer, to add as its fields.
struct LayerCounts
{
    QList<int> rows;             // the rows that receive values
    QList<ResultColumn> columns; // "<prefix>_count", then "<prefix>_<weight>" per weight field
    QStringList unplacedKeys;    // units with a count that no row of the layer has (names only)
};

// Aggregation onto the layer the user works on (the workbench's Layer > Aggregate…): the
// layer's own polygons are the units, whatever file, join or field they came from.
class LayerAggregation
{
public:
    // The polygons of the layer as units keyed by their row ("0", "1" …), in the map projection.
    static std::unique_ptr<UnitIndex> unitsOf(const FeatureTable &layer);

    // Every row gets the count of points in it (0 when none) and the sum of each weight field
    // (empty when none of its points had that weight).
    static LayerCounts pointCounts(const PointAggregation &points, const QString &prefix);
    // Every row whose key (a GB/T 2260 code; keyField) has a unit of the aggregation's level
    // gets its count (0 when none). Rows without a code stay empty.
    static LayerCounts nameCounts(const PlaceNameAggregation &names, const FeatureTable &layer, const QString &keyField,
                                  const QString &prefix);
};

} // namespace CityAtlas
