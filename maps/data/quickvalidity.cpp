#include "maps/data/quickvalidity.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace CityAtlas {
namespace {

struct Point
{
    double x;
    double y;
};

// The sign of the turn a → b → c: +1 left, −1 right, 0 when too close to collinear to be sure.
int certainTurn(Point a, Point b, Point c)
{
    const double left = (b.x - a.x) * (c.y - a.y);
    const double right = (b.y - a.y) * (c.x - a.x);
    const double det = left - right;
    const double margin = 1e-12 * (std::abs(left) + std::abs(right));
    if (det > margin)
        return 1;
    if (det < -margin)
        return -1;
    return 0;
}

enum class Meeting { Apart, Meet, Unsure };

// Whether segments pq and rs (not neighbours in the ring) share any point.
Meeting meeting(Point p, Point q, Point r, Point s)
{
    if (std::max(p.x, q.x) < std::min(r.x, s.x) || std::max(r.x, s.x) < std::min(p.x, q.x)
        || std::max(p.y, q.y) < std::min(r.y, s.y) || std::max(r.y, s.y) < std::min(p.y, q.y))
        return Meeting::Apart;
    const int d1 = certainTurn(p, q, r), d2 = certainTurn(p, q, s);
    const int d3 = certainTurn(r, s, p), d4 = certainTurn(r, s, q);
    if (d1 == 0 || d2 == 0 || d3 == 0 || d4 == 0)
        return Meeting::Unsure;
    return d1 != d2 && d3 != d4 ? Meeting::Meet : Meeting::Apart;
}

const OGRLinearRing *singleRing(const OGRGeometry &geometry)
{
    const OGRPolygon *polygon = nullptr;
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        polygon = geometry.toPolygon();
        break;
    case wkbMultiPolygon:
        if (geometry.toMultiPolygon()->getNumGeometries() == 1)
            polygon = geometry.toMultiPolygon()->getGeometryRef(0);
        break;
    default:
        break;
    }
    return polygon && polygon->getNumInteriorRings() == 0 ? polygon->getExteriorRing() : nullptr;
}

} // namespace

bool QuickValidity::provesValid(const OGRGeometry &geometry)
{
    const OGRLinearRing *ring = singleRing(geometry);
    if (!ring)
        return false;
    const int points = ring->getNumPoints();
    const int edges = points - 1;
    if (edges < 3 || edges > MaxEdges)
        return false;
    Point p[MaxEdges + 1];
    for (int i = 0; i < points; ++i) {
        p[i] = {ring->getX(i), ring->getY(i)};
        if (!std::isfinite(p[i].x) || !std::isfinite(p[i].y))
            return false;
    }
    if (p[0].x != p[edges].x || p[0].y != p[edges].y)
        return false; // not closed
    for (int i = 0; i < edges; ++i) {
        // Neighbouring edges meet only at their corner unless they fold back along one line.
        const Point next = p[(i + 2) % edges];
        if (certainTurn(p[i], p[i + 1], next) == 0)
            return false;
        // Edges that are not neighbours must not meet at all.
        for (int j = i + 2; j < edges; ++j) {
            if (i == 0 && j == edges - 1)
                continue; // the last edge neighbours the first
            if (meeting(p[i], p[i + 1], p[j], p[j + 1]) != Meeting::Apart)
                return false;
        }
    }
    return true;
}

} // namespace CityAtlas
