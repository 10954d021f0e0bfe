#pragma once

#include "analysis/spatialweights.h"
#include "maps/data/featuretable.h"

namespace CityAtlas {

// Contiguity weights from polygon boundaries, after R spdep's poly2nb: two units are
// neighbours when boundary vertices of both lie within `snap` of each other — one such
// point for queen contiguity, more than one for rook. The bundled boundaries do not share
// vertices exactly, hence the tolerance. Coordinates are those of the map projection
// (metres of the China Albers projection), so snap is in metres.
class Contiguity
{
public:
    enum class Rule { Queen, Rook };

    // About the resolution of the bundled ECharts boundaries (1/1024° ≈ 100 m).
    static constexpr double DefaultSnapMetres = 100.0;

    // idField names the unit ids written to GAL/GWT files (e.g. "code"); empty: record numbers.
    // Units without polygon geometry become isolates, with a warning naming them.
    static WeightsResult fromPolygons(const FeatureTable &layer, Rule rule, double snapMetres = DefaultSnapMetres,
                                      const QString &idField = {});
    // Geographic centroids of the layer's units, for k-nearest and distance-band weights.
    static QList<LonLat> centroids(const FeatureTable &layer);
};

} // namespace CityAtlas
