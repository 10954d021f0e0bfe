#pragma once

#include "analysis/feedback.h"
#include "analysis/issue.h"
#include "maps/data/sourceaccess.h"

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <vector>

namespace CityAtlas {

// Polygon units as flat coordinate arrays: ring r holds the vertices ringEnd[r-1] ..
// ringEnd[r]-1 (from 0 for the first ring), unit u the rings unitEnd[u-1] .. unitEnd[u]-1.
// Outer rings and holes alike; a ring may repeat its first vertex at the end or not.
struct UnitRings
{
    QStringList keys;           // one per unit, in the layer's order
    std::vector<double> x, y;   // every vertex of every ring
    std::vector<qint64> ringEnd;
    std::vector<qint64> unitEnd;

    // Appends a unit with these rings (none: a unit without area, which contains no point).
    void addUnit(const QString &key, const QList<QPolygonF> &rings = {});
    int unitCount() const { return int(keys.size()); }
};

class UnitIndex;

struct UnitIndexResult
{
    std::unique_ptr<UnitIndex> index; // null when the units could not be read
    IssueList issues;                 // warnings about single features, or the error
};

// Polygon units (provinces, prefectures ...) with a grid index, to find the unit a point lies
// in. Built once from the rings, it keeps every edge in flat arrays: per unit, the edges
// crossing each grid row, and per grid cell the units to test there, or the one unit that
// covers the whole cell, so most points need no edge test at all.
//
// Boundary rule (the half-open crossing rule): an edge counts for a point at (x, y) when one
// of its ends has y' <= y and the other y' > y and the point lies strictly west of the edge;
// a point is inside a unit when an odd number of the unit's edges count (holes and separate
// parts alike). So a point exactly on a boundary is taken as lying a hair's breadth east of
// it, and on an edge running exactly east–west a hair's breadth north: on a boundary that two
// units share (the same vertices on both sides) the point belongs to exactly one of them,
// the one east of it (north of it on an east–west edge; at a shared corner, the unit to the
// north-east). On a unit's outer boundary, its west and south sides are inside, its east and
// north sides outside.
// Overlaps: where units overlap (slivers in real data), a point inside several units belongs
// to the first of them in the layer's order.
class UnitIndex
{
public:
    // crsWkt: the coordinate reference system of the rings (WKT); empty for WGS 84 longitude/latitude.
    explicit UnitIndex(const UnitRings &units, const QString &crsWkt = {});
    ~UnitIndex();
    UnitIndex(const UnitIndex &) = delete;
    UnitIndex &operator=(const UnitIndex &) = delete;

    // Reads the polygons of a layer through GDAL (PATH, or a .zip holding one dataset; layer
    // empty: the first), each unit keyed by the text of keyField, in the layer's order.
    // Features without a polygon geometry are kept as units that contain no point (with a warning).
    // wkb, when given, receives each unit's geometry as read (ISO WKB, empty without geometry),
    // for a database to locate points in exactly the same polygons.
    static UnitIndexResult read(const QString &path, const QString &layer, const QString &keyField,
                                SourceAccess access = SourceAccess::LocalOnly, Feedback *feedback = nullptr,
                                QList<QByteArray> *wkb = nullptr);

    int unitCount() const { return int(m_keys.size()); }
    const QStringList &keys() const { return m_keys; }
    QString crsWkt() const { return m_crsWkt; }
    // The layer the units were read from ("PATH" or "PATH:LAYER"), for messages; empty when built by hand.
    QString source() const { return m_source; }

    // The bounding box of all units' vertices; null when there is none.
    QRectF bounds() const { return m_x1 < m_x0 ? QRectF() : QRectF(QPointF(m_x0, m_y0), QPointF(m_x1, m_y1)); }

    // The unit (0-based, in the layer's order) the point lies in by the rules above, or -1.
    int locate(double x, double y) const;

private:
    struct Edge
    {
        double xLow, yLow, xHigh, yHigh; // the lower end (smaller y) first
    };
    // Cell entries: unit * 2, plus 1 when the unit's edges must be tested in the cell.
    static constexpr int TestFlag = 1;

    void build(const UnitRings &units);
    int columnOf(double x) const;
    int rowOf(double y) const;
    bool insideUnit(int unit, int row, double x, double y) const;

    QStringList m_keys;
    QString m_crsWkt;
    QString m_source;
    // The grid over all units' bounding box.
    double m_x0 = 0, m_y0 = 0, m_x1 = -1, m_y1 = -1;
    double m_columnsPerUnit = 1, m_rowsPerUnit = 1; // cells per coordinate unit
    int m_columns = 0, m_rows = 0;
    std::vector<qint64> m_cellStart;  // m_columns * m_rows + 1 offsets into m_cellEntries
    std::vector<int> m_cellEntries;
    // Unit u's edges in grid row r: m_edges[m_rowEdgeStart[m_unitRowBase[u] + r - m_unitFirstRow[u]] ..
    // m_rowEdgeStart[... + 1]); an edge spanning several rows is in each.
    std::vector<int> m_unitFirstRow;
    std::vector<qint64> m_unitRowBase;
    std::vector<qint64> m_rowEdgeStart;
    std::vector<Edge> m_edges;
};

} // namespace CityAtlas
