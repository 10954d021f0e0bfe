#pragma once

#include <QString>

namespace CityAtlas::SyntheticGrid {

// Writes a GeoJSON layer of side × side hexagon-like cells over China's extent, with an
// "id" and a smooth-plus-noise "value" (seeded): a stand-in for a 40,000-polygon layer.
// Horizontal neighbours share an edge, vertical ones a corner. Returns an error or nothing.
QString write(const QString &path, int side);

} // namespace CityAtlas::SyntheticGrid
