#include "maps/data/mapprojection.h"

#include <cpl_conv.h>
#include <ogr_spatialref.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString MapProjection::proj4()
{
    return u"+proj=aea +lat_0=0 +lat_1=25 +lat_2=47 +lon_0=105 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"_s;
}

QString MapProjection::wkt()
{
    OGRSpatialReference albers;
    albers.importFromProj4(proj4().toUtf8().constData());
    char *text = nullptr;
    albers.exportToWkt(&text);
    const QString wkt = QString::fromUtf8(text);
    CPLFree(text);
    return wkt;
}

QString MapProjection::displayName()
{
    return u"Albers equal-area (25°N, 47°N, 105°E), WGS 84"_s;
}

QPointF MapProjection::northAt(QPointF projected)
{
    constexpr double R = 6371000.0, deg = 3.14159265358979323846 / 180.0;
    const double n = (std::sin(25 * deg) + std::sin(47 * deg)) / 2.0;
    const double C = std::cos(25 * deg) * std::cos(25 * deg) + 2.0 * n * std::sin(25 * deg);
    const double rho0 = R * std::sqrt(C) / n; // φ0 = 0
    const QPointF towardsApex(-projected.x(), rho0 - projected.y());
    const double length = std::hypot(towardsApex.x(), towardsApex.y());
    return length > 0 ? towardsApex / length : QPointF(0, 1);
}

} // namespace CityAtlas
