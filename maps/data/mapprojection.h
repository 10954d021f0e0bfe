#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

namespace CityAtlas {

// The map projection used for China: Albers equal-area conic, standard parallels 25°N
// and 47°N, central meridian 105°E, WGS 84. Coordinates in metres.
struct MapProjection
{
    static QString proj4();
    static QString wkt(); // the same as OGC WKT, for GDAL
    static QString displayName();
    // Where north points at a projected point, as the unit vector towards the cone's apex:
    // meridians of a conic projection are straight lines through the apex (0, ρ0).
    // ρ0 from Snyder (1987) eq. 14-1a…14-3 on a sphere of radius 6,371 km — ample for drawing an arrow.
    static QPointF northAt(QPointF projected);
    // The projected bounding rectangle of a longitude–latitude box (degrees; x longitude,
    // y latitude), its edges sampled densely enough for the conic's curved parallels.
    static QRectF projectedBounds(const QRectF &lonLat);
    // The box of the South China Sea Islands inset (南海诸岛附图): 105–125°E, 3–25°N.
    static QRectF southChinaSeaInset() { return QRectF(105.0, 3.0, 20.0, 22.0); }
};

} // namespace CityAtlas
