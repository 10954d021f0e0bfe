#include "maps/data/contiguity.h"

#include "analysis/parallel.h"

#include <QCoreApplication>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <queue>
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

// A boundary vertex in its grid cell: 16 bytes, the point itself read from the layer (point
// `index` of unit's geometry). Cells are at least one snap wide, so vertices within snap of each
// other are in the same or adjacent cells.
struct Vertex
{
    quint64 cell; // column << 32 | row, both from 1
    quint32 unit;
    quint32 index;
};

class VertexGrid
{
public:
    VertexGrid(const FeatureTable &layer, double snapMetres)
    {
        const QRectF extent = layer.extent();
        m_left = extent.left();
        m_bottom = extent.top(); // the smaller y
        // A little over the snap, so that two points exactly snap apart are never two cells
        // apart after rounding; and wide enough that a cell's column and row fit in 31 bits.
        m_cell = std::max({snapMetres * (1.0 + 1e-9), 1e-6, std::max(extent.width(), extent.height()) / double(1 << 30)});
        m_firstPoint.resize(size_t(layer.rowCount()), nullptr);
        size_t count = 0;
        for (int row = 0; row < layer.rowCount(); ++row) {
            const FeatureGeometry &g = layer.geometry(row);
            if (g.kind != GeometryKind::Polygon || g.ringCount == 0)
                continue;
            m_firstPoint[size_t(row)] = g.ring(0).data(); // a feature's rings follow each other in its block
            for (int r = 0; r < int(g.ringCount); ++r)
                count += g.ring(r).size();
        }
        m_vertices.reserve(count);
        for (int row = 0; row < layer.rowCount(); ++row) {
            const QPointF *first = m_firstPoint[size_t(row)];
            if (!first)
                continue;
            const FeatureGeometry &g = layer.geometry(row);
            const QPointF *end = g.ring(int(g.ringCount) - 1).data() + g.ring(int(g.ringCount) - 1).size();
            for (const QPointF *p = first; p != end; ++p)
                m_vertices.push_back({cellOf(*p), quint32(row), quint32(p - first)});
        }
        // By cell, unit and position; then each unit's repeated points (closing points, rings that
        // touch) once.
        std::sort(m_vertices.begin(), m_vertices.end(), [this](const Vertex &a, const Vertex &b) {
            if (a.cell != b.cell)
                return a.cell < b.cell;
            if (a.unit != b.unit)
                return a.unit < b.unit;
            return std::pair(point(a).x(), point(a).y()) < std::pair(point(b).x(), point(b).y());
        });
        m_vertices.erase(std::unique(m_vertices.begin(), m_vertices.end(), [this](const Vertex &a, const Vertex &b) {
                             return a.cell == b.cell && a.unit == b.unit && point(a) == point(b);
                         }), m_vertices.end());
    }

    const std::vector<Vertex> &vertices() const { return m_vertices; }
    const QPointF &point(const Vertex &v) const { return m_firstPoint[v.unit][v.index]; }
    static quint64 cellAt(quint64 column, quint64 row) { return column << 32 | row; }

private:
    quint64 cellOf(const QPointF &p) const
    {
        return cellAt(quint64(std::floor((p.x() - m_left) / m_cell)) + 1, quint64(std::floor((p.y() - m_bottom) / m_cell)) + 1);
    }

    double m_left = 0.0;
    double m_bottom = 0.0;
    double m_cell = 1.0;
    std::vector<const QPointF *> m_firstPoint; // per unit; null when it has no polygon
    std::vector<Vertex> m_vertices;
};

// A pair of units, lower row first, as one sortable number.
quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

// For each vertex, the other units with a vertex within snap of it: one entry per (vertex, unit
// pair), in sorted blocks (one per block of vertices); with bothSides false only from the vertices of the lower unit of the pair (the
// relation is symmetric, so the same pairs appear, once less often). Vertices come in cell order,
// so the start of each of the three columns of neighbouring cells only moves forward.
std::vector<std::vector<quint64>> sharedPointPairs(const FeatureTable &layer, double snapMetres, bool bothSides)
{
    const VertexGrid grid(layer, snapMetres);
    const std::vector<Vertex> &vertices = grid.vertices();
    const double snap2 = snapMetres * snapMetres;
    // Blocks of vertices are scanned side by side, each into its own list of pairs.
    const qsizetype blockSize = std::max<qsizetype>(4096, qsizetype(vertices.size()) / (4 * Parallel::threadCount()) + 1);
    std::vector<std::vector<quint64>> blockPairs(vertices.size() / size_t(blockSize) + 1);
    Parallel::forEachBlock(qsizetype(vertices.size()), blockSize, [&](qsizetype firstVertex, qsizetype lastVertex) {
        std::vector<quint64> &pairs = blockPairs[size_t(firstVertex / blockSize)];
        pairs.reserve(size_t(lastVertex - firstVertex) * (bothSides ? 2 : 1)); // a vertex is shared by about 3 units
        std::vector<int> partners;
        size_t cursor[3] = {0, 0, 0};
        const quint64 firstColumn = vertices[size_t(firstVertex)].cell >> 32;
        for (int dx = -1; dx <= 1; ++dx) // where the three columns of neighbouring cells start
            cursor[dx + 1] = size_t(std::lower_bound(vertices.begin(), vertices.end(), VertexGrid::cellAt(firstColumn + dx, 0),
                                                     [](const Vertex &v, quint64 cell) { return v.cell < cell; })
                                    - vertices.begin());
        for (qsizetype k = firstVertex; k < lastVertex; ++k) {
            const Vertex &v = vertices[size_t(k)];
            partners.clear();
            const QPointF &p = grid.point(v);
            const quint64 column = v.cell >> 32, row = v.cell & 0xffffffffu;
            for (int dx = -1; dx <= 1; ++dx) {
                const quint64 first = VertexGrid::cellAt(column + dx, row - 1);
                const quint64 last = VertexGrid::cellAt(column + dx, row + 1);
                size_t &c = cursor[dx + 1];
                while (c < vertices.size() && vertices[c].cell < first)
                    ++c;
                for (size_t u = c; u < vertices.size() && vertices[u].cell <= last; ++u) {
                    const Vertex &w = vertices[u];
                    if (w.unit == v.unit || (!bothSides && w.unit < v.unit))
                        continue;
                    const QPointF &q = grid.point(w);
                    if ((q.x() - p.x()) * (q.x() - p.x()) + (q.y() - p.y()) * (q.y() - p.y()) <= snap2)
                        partners.push_back(int(w.unit));
                }
            }
            std::sort(partners.begin(), partners.end());
            partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
            for (int other : partners)
                pairs.push_back(pairKey(int(v.unit), other));
        }
        std::sort(pairs.begin(), pairs.end());
    });
    return blockPairs;
}

// Calls onRun(pair, count) for every distinct pair of the sorted blocks, in order, with the
// number of times it occurs: a merge of the blocks, which are never copied into one.
template<typename OnRun>
void forEachRun(const std::vector<std::vector<quint64>> &blocks, OnRun onRun)
{
    using Head = std::pair<quint64, size_t>; // the next pair of a block, and the block
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    std::vector<size_t> next(blocks.size(), 0);
    for (size_t b = 0; b < blocks.size(); ++b)
        if (!blocks[b].empty())
            heads.emplace(blocks[b][0], b);
    quint64 current = 0;
    int count = 0;
    while (!heads.empty()) {
        const auto [pair, b] = heads.top();
        heads.pop();
        if (++next[b] < blocks[b].size())
            heads.emplace(blocks[b][next[b]], b);
        if (count > 0 && pair != current) {
            onRun(current, count);
            count = 0;
        }
        current = pair;
        ++count;
    }
    if (count > 0)
        onRun(current, count);
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

    // Queen: one shared point is enough. Rook: more than one point on each side together
    // (each shared point is counted from both units, so one shared point counts 2).
    const int needed = rule == Rule::Queen ? 1 : 3;
    std::vector<std::pair<int, int>> links; // the pairs that are neighbours, each once, in order
    forEachRun(sharedPointPairs(layer, snapMetres, rule == Rule::Rook), [&](quint64 pair, int count) {
        if (count >= needed)
            links.emplace_back(int(pair >> 32), int(pair & 0xffffffffu));
    });
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
