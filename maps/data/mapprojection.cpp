#include "maps/data/mapprojection.h"

#include <cpl_conv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

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

QRectF MapProjection::projectedBounds(const QRectF &lonLat)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference albers;
    albers.importFromProj4(proj4().toUtf8().constData());
    const std::unique_ptr<OGRCoordinateTransformation, void (*)(OGRCoordinateTransformation *)> toAlbers(
        OGRCreateCoordinateTransformation(&wgs84, &albers), OGRCoordinateTransformation::DestroyCT);
    if (!toAlbers)
        return {};
    constexpr int Steps = 64;
    double left = HUGE_VAL, right = -HUGE_VAL, bottom = HUGE_VAL, top = -HUGE_VAL;
    for (int i = 0; i <= Steps; ++i)
        for (const auto &[u, v] : {std::pair{double(i) / Steps, 0.0}, std::pair{double(i) / Steps, 1.0},
                                   std::pair{0.0, double(i) / Steps}, std::pair{1.0, double(i) / Steps}}) {
            double x = lonLat.left() + u * lonLat.width();
            double y = lonLat.top() + v * lonLat.height();
            if (!toAlbers->Transform(1, &x, &y))
                return {};
            left = std::min(left, x);
            right = std::max(right, x);
            bottom = std::min(bottom, y);
            top = std::max(top, y);
        }
    return QRectF(QPointF(left, bottom), QPointF(right, top));
}

} // namespace CityAtlas
