#include "maps/data/geosoperations.h"

#include <geos_c.h>
#include <ogr_geometry.h>

namespace CityAtlas {

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
    return d->apply(geometry, [this](GEOSGeometry *g) { return d->takePoint(GEOSGetCentroid_r(d->context, g)); }).value_or(std::nullopt);
}

std::optional<QPointF> GeosOperations::pointOnSurface(const OGRGeometry &geometry) const
{
    return d->apply(geometry, [this](GEOSGeometry *g) { return d->takePoint(GEOSPointOnSurface_r(d->context, g)); }).value_or(std::nullopt);
}

} // namespace CityAtlas
