#pragma once

#include <QPointF>
#include <QString>

namespace CityAtlas {

// The map projection used for China: Albers equal-area conic, standard parallels 25°N
// and 47°N, central meridian 105°E, WGS 84. Coordinates in metres.
struct MapProjection
{
    static QString proj4();
    static QString displayName();
};

} // namespace CityAtlas
