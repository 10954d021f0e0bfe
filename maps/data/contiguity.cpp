#include "maps/data/contiguity.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

#include <cmath>

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

struct Vertex
{
    double x;
    double y;
    int unit;
};

// Distinct vertices of every polygon unit.
std::vector<Vertex> collectVertices(const FeatureTable &layer)
{
    std::vector<Vertex> vertices;
    for (int row = 0; row < layer.rowCount(); ++row) {
        const FeatureGeometry &g = layer.geometry(row);
        if (g.kind != GeometryKind::Polygon)
            continue;
        QSet<std::pair<double, double>> seen;
        for (int i = 0; i < g.path.elementCount(); ++i) {
            const QPainterPath::Element e = g.path.elementAt(i);
            if (!seen.contains({e.x, e.y})) {
                seen.insert({e.x, e.y});
                vertices.push_back({e.x, e.y, row});
            }
        }
    }
    return vertices;
}

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(quint32(qint32(cx))) << 32) | quint32(qint32(cy));
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

    // A grid of cells one snap wide: close vertices are in the same or an adjacent cell.
    const std::vector<Vertex> vertices = collectVertices(layer);
    const double cell = std::max(snapMetres, 1e-6);
    QHash<quint64, QList<int>> grid;
    grid.reserve(qsizetype(vertices.size()));
    for (int v = 0; v < int(vertices.size()); ++v)
        grid[cellKey(qint64(std::floor(vertices[v].x / cell)), qint64(std::floor(vertices[v].y / cell)))] << v;

    // For each pair of units (lower row first), how many vertices of either side have a close partner.
    QHash<std::pair<int, int>, int> shared;
    const double snap2 = snapMetres * snapMetres;
    for (const Vertex &v : vertices) {
        const qint64 cx = qint64(std::floor(v.x / cell)), cy = qint64(std::floor(v.y / cell));
        QSet<int> partners;
        for (qint64 dx = -1; dx <= 1; ++dx)
            for (qint64 dy = -1; dy <= 1; ++dy)
                for (int u : grid.value(cellKey(cx + dx, cy + dy))) {
                    const Vertex &w = vertices[u];
                    if (w.unit != v.unit && (w.x - v.x) * (w.x - v.x) + (w.y - v.y) * (w.y - v.y) <= snap2)
                        partners.insert(w.unit);
                }
        for (int other : partners)
            ++shared[{std::min(v.unit, other), std::max(v.unit, other)}];
    }

    // Queen: one shared point is enough. Rook: more than one point on each side together
    // (each shared point is counted from both units, so one shared point counts 2).
    const int needed = rule == Rule::Queen ? 1 : 3;
    QList<QList<int>> neighbours(layer.rowCount());
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        if (it.value() < needed)
            continue;
        neighbours[it.key().first] << it.key().second;
        neighbours[it.key().second] << it.key().first;
    }
    for (QList<int> &list : neighbours)
        std::sort(list.begin(), list.end());
    result = SpatialWeights::fromNeighbourLists(neighbours, ids);
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
