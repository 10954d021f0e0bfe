#pragma once

#include <QPointF>

#include <optional>

class OGRGeometry;

namespace CityAtlas {

// GEOS operations on OGR geometries through one GEOS context, created once: OGR's own
// IsValid(), Centroid() and PointOnSurface() create and destroy a GEOS context on every call,
// which costs more than the operation on small polygons. Not thread-safe: one per thread.
class GeosOperations
{
public:
    GeosOperations();
    ~GeosOperations();
    GeosOperations(const GeosOperations &) = delete;
    GeosOperations &operator=(const GeosOperations &) = delete;

    // Empty when GEOS cannot take the geometry (then OGR's own methods decide).
    std::optional<bool> isValid(const OGRGeometry &geometry) const;
    std::optional<QPointF> centroid(const OGRGeometry &geometry) const;
    std::optional<QPointF> pointOnSurface(const OGRGeometry &geometry) const;

private:
    struct Private;
    Private *d;
};

} // namespace CityAtlas
