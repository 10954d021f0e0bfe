#include "maps/data/contiguity.h"

#include <QCoreApplication>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of Contiguity.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Contiguity)
};
} // namespace

namespace {

// A boundary vertex in its grid cell (cells one snap wide: close vertices are in the same or
// an adjacent cell). Sorted by cell, then unit and position, in one flat array.
struct Vertex
{
    qint64 cx;
    qint64 cy;
    int unit;
    double x;
    double y;

    auto cell() const { return std::pair(cx, cy); }
    auto order() const { return std::tuple(cx, cy, unit, x, y); }
};

// Distinct vertices of every polygon unit, sorted by cell.
std::vector<Vertex> collectVertices(const FeatureTable &layer, double cell)
{
    size_t count = 0;
    for (int row = 0; row < layer.rowCount(); ++row) {
        const FeatureGeometry &g = layer.geometry(row);
        if (g.kind == GeometryKind::Polygon)
            for (int r = 0; r < int(g.ringCount); ++r)
                count += g.ring(r).size();
    }
    std::vector<Vertex> vertices;
    vertices.reserve(count);
    for (int row = 0; row < layer.rowCount(); ++row) {
        const FeatureGeometry &g = layer.geometry(row);
        if (g.kind != GeometryKind::Polygon)
            continue;
        for (int r = 0; r < int(g.ringCount); ++r)
            for (const QPointF &p : g.ring(r))
                vertices.push_back({qint64(std::floor(p.x() / cell)), qint64(std::floor(p.y() / cell)), row, p.x(), p.y()});
    }
    std::sort(vertices.begin(), vertices.end(), [](const Vertex &a, const Vertex &b) { return a.order() < b.order(); });
    vertices.erase(std::unique(vertices.begin(), vertices.end(),
                               [](const Vertex &a, const Vertex &b) { return a.order() == b.order(); }),
                   vertices.end());
    return vertices;
}

// A pair of units, lower row first, as one sortable number.
quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

// For each vertex, the other units with a vertex within snap of it: one entry per (vertex, unit
// pair), sorted. Vertices come in cell order, so the start of each of the three columns of
// neighbouring cells (cx - 1, cx, cx + 1; rows cy - 1 … cy + 1) only moves forward.
std::vector<quint64> sharedPointPairs(const FeatureTable &layer, double snapMetres)
{
    const double cell = std::max(snapMetres, 1e-6);
    const std::vector<Vertex> vertices = collectVertices(layer, cell);
    const double snap2 = snapMetres * snapMetres;
    std::vector<quint64> pairs;
    pairs.reserve(vertices.size() * 2); // a boundary vertex is shared by about 3 units
    std::vector<int> partners;
    size_t cursor[3] = {0, 0, 0};
    for (const Vertex &v : vertices) {
        partners.clear();
        for (int dx = -1; dx <= 1; ++dx) {
            const std::pair first(v.cx + dx, v.cy - 1);
            const std::pair last(v.cx + dx, v.cy + 1);
            size_t &c = cursor[dx + 1];
            while (c < vertices.size() && vertices[c].cell() < first)
                ++c;
            for (size_t u = c; u < vertices.size() && vertices[u].cell() <= last; ++u) {
                const Vertex &w = vertices[u];
                if (w.unit != v.unit && (w.x - v.x) * (w.x - v.x) + (w.y - v.y) * (w.y - v.y) <= snap2)
                    partners.push_back(w.unit);
            }
        }
        std::sort(partners.begin(), partners.end());
        partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
        for (int other : partners)
            pairs.push_back(pairKey(v.unit, other));
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace

WeightsResult Contiguity::fromPolygons(const FeatureTable &layer, Rule rule, double snapMetres, const QString &idField)
{
    WeightsResult result;
    if (!layer.hasGeometry()) {
        result.issues << Issue::error(Tr::tr("%1: has no geometries to find neighbours from").arg(layer.sourcePath()),
                                      layer.sourcePath());
        return result;
    }
    if (!(snapMetres >= 0.0) || !std::isfinite(snapMetres)) {
        result.issues << Issue::error(Tr::tr("The snapping tolerance must be a distance of 0 m or more"));
        return result;
    }
    QStringList ids;
    if (!idField.isEmpty()) {
        const int column = layer.fieldIndex(idField);
        if (column < 0) {
            result.issues << Issue::error(Tr::tr("%1: no field '%2' for unit ids").arg(layer.sourcePath(), idField),
                                          layer.sourcePath());
            return result;
        }
        for (int row = 0; row < layer.rowCount(); ++row)
            ids << layer.value(row, column).toString();
    }

    std::vector<quint64> pairs = sharedPointPairs(layer, snapMetres);

    // Queen: one shared point is enough. Rook: more than one point on each side together
    // (each shared point is counted from both units, so one shared point counts 2).
    const int needed = rule == Rule::Queen ? 1 : 3;
    std::vector<std::pair<int, int>> links; // the pairs that are neighbours, each once, in order
    for (size_t i = 0; i < pairs.size();) {
        size_t end = i;
        while (end < pairs.size() && pairs[end] == pairs[i])
            ++end;
        if (int(end - i) >= needed)
            links.emplace_back(int(pairs[i] >> 32), int(pairs[i] & 0xffffffffu));
        i = end;
    }
    std::vector<quint64>().swap(pairs);
    result = SpatialWeights::fromLinkedPairs(layer.rowCount(), links, ids);
    for (int row = 0; row < layer.rowCount(); ++row)
        if (layer.geometry(row).kind != GeometryKind::Polygon)
            result.issues << Issue::warning(Tr::tr("%1, feature %2: not a polygon; it has no contiguity neighbours")
                                                .arg(layer.sourcePath()).arg(row), layer.sourcePath());
    return result;
}

QList<LonLat> Contiguity::centroids(const FeatureTable &layer)
{
    QList<LonLat> points;
    points.reserve(layer.rowCount());
    for (int row = 0; row < layer.rowCount(); ++row) {
        const QPointF c = layer.hasGeometry() ? layer.geometry(row).centroidLonLat : QPointF();
        points << LonLat{c.x(), c.y()};
    }
    return points;
}

} // namespace CityAtlas
