#include "maps/data/geosoperations.h"

#include <geos_c.h>
#include <ogr_geometry.h>

#include <cmath>
#include <vector>

namespace CityAtlas {
namespace {

// The centroid of polygons computed as GEOS computes it (geos::algorithm::Centroid, the same
// sums in the same order): triangles fanned from the first corner of each shell, counted
// positive for shells and negative for holes whatever their orientation; but read straight from
// the OGR rings instead of a copy made for GEOS. Empty when the geometry is not polygonal or has
// no area (GEOS then takes the centroid of its lines or points).
std::optional<QPointF> arealCentroid(const OGRGeometry &geometry)
{
    std::vector<const OGRPolygon *> polygons;
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        polygons.push_back(geometry.toPolygon());
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon *polygon : *geometry.toMultiPolygon())
            polygons.push_back(polygon);
        break;
    default:
        return std::nullopt;
    }
    double baseX = 0.0, baseY = 0.0, sumX = 0.0, sumY = 0.0, areaSum2 = 0.0;
    for (const OGRPolygon *polygon : polygons) {
        bool shell = true;
        for (const OGRLinearRing *ring : *polygon) {
            const int n = ring->getNumPoints();
            if (shell && n > 0) {
                baseX = ring->getX(0);
                baseY = ring->getY(0);
            }
            // A clockwise shell and a counter-clockwise hole count positive.
            const double sign = ring->isClockwise() == shell ? 1.0 : -1.0;
            for (int i = 0; i + 1 < n; ++i) {
                const double x1 = ring->getX(i), y1 = ring->getY(i);
                const double x2 = ring->getX(i + 1), y2 = ring->getY(i + 1);
                const double area2 = (x1 - baseX) * (y2 - baseY) - (x2 - baseX) * (y1 - baseY);
                sumX += sign * area2 * (baseX + x1 + x2);
                sumY += sign * area2 * (baseY + y1 + y2);
                areaSum2 += sign * area2;
            }
            shell = false;
        }
    }
    if (!(std::abs(areaSum2) > 0.0) || !std::isfinite(areaSum2))
        return std::nullopt;
    return QPointF(sumX / 3 / areaSum2, sumY / 3 / areaSum2);
}

} // namespace

struct GeosOperations::Private
{
    GEOSContextHandle_t context = OGRGeometry::createGEOSContext();

    // The result of op on the geometry's GEOS copy, or empty when GEOS cannot take it.
    template <typename Op>
    auto apply(const OGRGeometry &geometry, Op op) const -> std::optional<decltype(op(static_cast<GEOSGeometry *>(nullptr)))>
    {
        GEOSGeometry *g = geometry.exportToGEOS(context);
        if (!g)
            return std::nullopt;
        auto result = op(g);
        GEOSGeom_destroy_r(context, g);
        return result;
    }

    // A point geometry made by GEOS as a QPointF, destroying it; empty when there is none.
    std::optional<QPointF> takePoint(GEOSGeometry *point) const
    {
        if (!point)
            return std::nullopt;
        double x = 0, y = 0;
        const bool ok = GEOSisEmpty_r(context, point) == 0 && GEOSGeomGetX_r(context, point, &x) == 1
                        && GEOSGeomGetY_r(context, point, &y) == 1;
        GEOSGeom_destroy_r(context, point);
        return ok ? std::optional<QPointF>(QPointF(x, y)) : std::nullopt;
    }
};

GeosOperations::GeosOperations() : d(new Private) {}

GeosOperations::~GeosOperations()
{
    OGRGeometry::freeGEOSContext(d->context);
    delete d;
}

std::optional<bool> GeosOperations::isValid(const OGRGeometry &geometry) const
{
    const auto valid = d->apply(geometry, [this](GEOSGeometry *g) { return GEOSisValid_r(d->context, g); });
    if (!valid || *valid == 2) // 2: GEOS could not decide
        return std::nullopt;
    return *valid == 1;
}

std::optional<QPointF> GeosOperations::centroid(const OGRGeometry &geometry) const
{
    if (const std::optional<QPointF> areal = arealCentroid(geometry))
        return areal;
    return d->apply(geometry, [this](GEOSGeometry *g) { return d->takePoint(GEOSGetCentroid_r(d->context, g)); }).value_or(std::nullopt);
}

std::optional<QPointF> GeosOperations::pointOnSurface(const OGRGeometry &geometry) const
{
    return d->apply(geometry, [this](GEOSGeometry *g) { return d->takePoint(GEOSPointOnSurface_r(d->context, g)); }).value_or(std::nullopt);
}

} // namespace CityAtlas
