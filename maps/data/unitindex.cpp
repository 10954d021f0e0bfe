#include "maps/data/unitindex.h"

#include "maps/data/gdalsession.h"
#include "maps/data/sourceformat.h"
#include "maps/data/vectorreader.h"

#include <cpl_vsi.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of UnitIndex.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::UnitIndex)
};

// The grid has about this many cells per vertex, within the limits below: enough that most
// cells lie wholly inside one unit or outside all, and that a grid row holds few edges of a unit.
constexpr double CellsPerVertex = 2.0;
constexpr double MinCells = 1024.0;
constexpr double MaxCells = double(1 << 22);

} // namespace

void UnitRings::addUnit(const QString &key, const QList<QPolygonF> &rings)
{
    keys << key;
    for (const QPolygonF &ring : rings) {
        for (const QPointF &p : ring) {
            x.push_back(p.x());
            y.push_back(p.y());
        }
        ringEnd.push_back(qint64(x.size()));
    }
    unitEnd.push_back(qint64(ringEnd.size()));
}

UnitIndex::UnitIndex(const UnitRings &units, const QString &crsWkt)
    : m_keys(units.keys), m_crsWkt(crsWkt)
{
    build(units);
}

UnitIndex::~UnitIndex() = default;

int UnitIndex::columnOf(double x) const
{
    const double c = std::floor((x - m_x0) * m_columnsPerUnit);
    return int(std::clamp(c, 0.0, double(m_columns - 1)));
}

int UnitIndex::rowOf(double y) const
{
    const double r = std::floor((y - m_y0) * m_rowsPerUnit);
    return int(std::clamp(r, 0.0, double(m_rows - 1)));
}

// columnOf() and rowOf() are monotonic in x and y, so a point between two y values lies in a
// row between theirs: an edge listed in the rows from rowOf(yLow) to rowOf(yHigh) is found
// from every point it can count for, without any tolerance.
void UnitIndex::build(const UnitRings &units)
{
    const int unitCount = units.unitCount();
    struct Box
    {
        double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
        bool isEmpty() const { return x0 > x1; }
    };
    std::vector<Box> boxes(static_cast<size_t>(unitCount));
    Box all;
    // The vertex range of each ring and the ring range of each unit.
    auto ringBegin = [&units](qint64 ring) { return ring == 0 ? qint64(0) : units.ringEnd[size_t(ring - 1)]; };
    auto unitBegin = [&units](int unit) { return unit == 0 ? qint64(0) : units.unitEnd[size_t(unit - 1)]; };
    for (int u = 0; u < unitCount; ++u) {
        Box &box = boxes[size_t(u)];
        for (qint64 v = ringBegin(unitBegin(u)); v < ringBegin(units.unitEnd[size_t(u)]); ++v) {
            box.x0 = std::min(box.x0, units.x[size_t(v)]);
            box.x1 = std::max(box.x1, units.x[size_t(v)]);
            box.y0 = std::min(box.y0, units.y[size_t(v)]);
            box.y1 = std::max(box.y1, units.y[size_t(v)]);
        }
        if (!box.isEmpty()) {
            all.x0 = std::min(all.x0, box.x0);
            all.x1 = std::max(all.x1, box.x1);
            all.y0 = std::min(all.y0, box.y0);
            all.y1 = std::max(all.y1, box.y1);
        }
    }
    m_unitFirstRow.assign(size_t(unitCount), 0);
    m_unitRowBase.assign(size_t(unitCount), 0);
    if (all.isEmpty())
        return; // no vertex at all: every point is outside
    m_x0 = all.x0;
    m_y0 = all.y0;
    m_x1 = all.x1;
    m_y1 = all.y1;
    const double width = m_x1 > m_x0 ? m_x1 - m_x0 : 1.0;
    const double height = m_y1 > m_y0 ? m_y1 - m_y0 : 1.0;
    const double cells = std::clamp(double(units.x.size()) * CellsPerVertex, MinCells, MaxCells);
    m_columns = int(std::clamp(std::round(std::sqrt(cells * width / height)), 1.0, cells));
    m_rows = int(std::clamp(std::round(cells / m_columns), 1.0, cells));
    m_columnsPerUnit = m_columns / width;
    m_rowsPerUnit = m_rows / height;

    // Cell entries in unit order, as (cell, entry) pairs; a cell wholly inside a unit takes no
    // entries after that unit's, since a point there belongs to the first unit holding it.
    const size_t cellCount = size_t(m_columns) * size_t(m_rows);
    std::vector<std::pair<int, int>> entries; // cells are fewer than MaxCells
    entries.reserve(cellCount);
    std::vector<unsigned char> cellTaken(cellCount, 0);
    std::vector<unsigned char> dirty;
    std::vector<Edge> unitEdges;
    std::vector<double> crossings;
    m_rowEdgeStart.clear();
    m_edges.clear();
    m_edges.reserve(units.x.size() + units.x.size() / 4); // most edges lie in one grid row
    for (int u = 0; u < unitCount; ++u) {
        const Box &box = boxes[size_t(u)];
        m_unitRowBase[size_t(u)] = qint64(m_rowEdgeStart.size());
        if (box.isEmpty())
            continue;
        const int firstColumn = columnOf(box.x0), lastColumn = columnOf(box.x1);
        const int firstRow = rowOf(box.y0), lastRow = rowOf(box.y1);
        const int columns = lastColumn - firstColumn + 1, rows = lastRow - firstRow + 1;
        m_unitFirstRow[size_t(u)] = firstRow;

        // The unit's edges, each with its lower end first; and the cells they pass through.
        unitEdges.clear();
        dirty.assign(size_t(columns) * size_t(rows), 0);
        std::vector<qint64> rowCount(size_t(rows), 0);
        for (qint64 ring = unitBegin(u); ring < units.unitEnd[size_t(u)]; ++ring) {
            const qint64 begin = ringBegin(ring), end = units.ringEnd[size_t(ring)];
            for (qint64 v = begin; v < end; ++v) {
                const qint64 w = v + 1 < end ? v + 1 : begin; // the closing edge, if the ring is not closed
                double xa = units.x[size_t(v)], ya = units.y[size_t(v)];
                double xb = units.x[size_t(w)], yb = units.y[size_t(w)];
                if (xa == xb && ya == yb)
                    continue;
                if (ya > yb) {
                    std::swap(xa, xb);
                    std::swap(ya, yb);
                }
                const int rowA = rowOf(ya), rowB = rowOf(yb);
                // Cells the edge passes through, row by row, one column wider on each side
                // than its x range in the row (rounding); an edge running east–west too, as
                // points on either side of it differ.
                for (int r = rowA; r <= rowB; ++r) {
                    double xFrom = xa, xTo = xb;
                    if (ya != yb) {
                        const double yFrom = std::max(ya, m_y0 + r / m_rowsPerUnit);
                        const double yTo = std::min(yb, m_y0 + (r + 1) / m_rowsPerUnit);
                        xFrom = xa + (yFrom - ya) * (xb - xa) / (yb - ya);
                        xTo = xa + (yTo - ya) * (xb - xa) / (yb - ya);
                    }
                    const int c0 = std::max(firstColumn, columnOf(std::min(xFrom, xTo)) - 1);
                    const int c1 = std::min(lastColumn, columnOf(std::max(xFrom, xTo)) + 1);
                    for (int c = c0; c <= c1; ++c)
                        dirty[size_t(r - firstRow) * size_t(columns) + size_t(c - firstColumn)] = 1;
                }
                if (ya == yb)
                    continue; // never crossed by the half-open rule
                unitEdges.push_back({xa, ya, xb, yb});
                for (int r = rowA; r <= rowB; ++r)
                    ++rowCount[size_t(r - firstRow)];
            }
        }
        // The unit's edges by grid row.
        const qint64 base = qint64(m_edges.size());
        m_rowEdgeStart.push_back(base);
        for (int r = 0; r < rows; ++r)
            m_rowEdgeStart.push_back(m_rowEdgeStart.back() + rowCount[size_t(r)]);
        m_edges.resize(size_t(m_rowEdgeStart.back()));
        std::vector<qint64> fill(m_rowEdgeStart.end() - rows - 1, m_rowEdgeStart.end() - 1);
        for (const Edge &e : unitEdges)
            for (int r = rowOf(e.yLow); r <= rowOf(e.yHigh); ++r)
                m_edges[size_t(fill[size_t(r - firstRow)]++)] = e;

        // Each cell: the unit's edges are tested there, or the unit holds all of it, or none.
        // A cell no edge of the unit passes through is wholly inside or wholly outside; its
        // centre tells which (by the crossings of the row's edges with the centre line).
        const qint64 rowBase = m_unitRowBase[size_t(u)];
        for (int r = firstRow; r <= lastRow; ++r) {
            const double cy = m_y0 + (r + 0.5) / m_rowsPerUnit;
            const bool centreInRow = rowOf(cy) == r;
            crossings.clear();
            for (qint64 k = m_rowEdgeStart[size_t(rowBase + r - firstRow)]; k < m_rowEdgeStart[size_t(rowBase + r - firstRow + 1)]; ++k) {
                const Edge &e = m_edges[size_t(k)];
                if (e.yLow <= cy && cy < e.yHigh)
                    crossings.push_back(e.xLow + (cy - e.yLow) * (e.xHigh - e.xLow) / (e.yHigh - e.yLow));
            }
            std::sort(crossings.begin(), crossings.end());
            for (int c = firstColumn; c <= lastColumn; ++c) {
                const int cell = r * m_columns + c;
                if (cellTaken[size_t(cell)])
                    continue;
                const double cx = m_x0 + (c + 0.5) / m_columnsPerUnit;
                if (dirty[size_t(r - firstRow) * size_t(columns) + size_t(c - firstColumn)] || !centreInRow || columnOf(cx) != c) {
                    entries.emplace_back(cell, u * 2 + TestFlag);
                    continue;
                }
                const auto east = crossings.end() - std::upper_bound(crossings.begin(), crossings.end(), cx);
                if (east % 2 == 1) {
                    entries.emplace_back(cell, u * 2);
                    cellTaken[size_t(cell)] = 1;
                }
            }
        }
    }

    // The entries by cell, in unit order within each: counted, summed up to each cell's end,
    // then placed from the last, which leaves each cell's start behind.
    m_cellStart.assign(cellCount + 1, 0);
    for (const auto &[cell, entry] : entries)
        ++m_cellStart[size_t(cell)];
    for (size_t c = 1; c <= cellCount; ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_cellEntries.resize(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        m_cellEntries[size_t(--m_cellStart[size_t(it->first)])] = it->second;
}

bool UnitIndex::insideUnit(int unit, int row, double x, double y) const
{
    const qint64 slot = m_unitRowBase[size_t(unit)] + row - m_unitFirstRow[size_t(unit)];
    bool inside = false;
    for (qint64 k = m_rowEdgeStart[size_t(slot)], end = m_rowEdgeStart[size_t(slot + 1)]; k < end; ++k) {
        const Edge &e = m_edges[size_t(k)];
        // Counted when the edge spans y half-open and the point lies strictly west of it
        // (left of the edge directed upwards). Both units sharing an edge compute this from the
        // same numbers in the same order, so they agree on every point.
        if (e.yLow <= y && y < e.yHigh && (e.xHigh - e.xLow) * (y - e.yLow) - (e.yHigh - e.yLow) * (x - e.xLow) > 0)
            inside = !inside;
    }
    return inside;
}

int UnitIndex::locate(double x, double y) const
{
    if (!(x >= m_x0 && x <= m_x1 && y >= m_y0 && y <= m_y1))
        return -1;
    const int row = rowOf(y);
    const qint64 cell = qint64(row) * m_columns + columnOf(x);
    for (qint64 i = m_cellStart[size_t(cell)], end = m_cellStart[size_t(cell + 1)]; i < end; ++i) {
        const int entry = m_cellEntries[size_t(i)];
        const int unit = entry / 2;
        if (!(entry & TestFlag) || insideUnit(unit, row, x, y))
            return unit;
    }
    return -1;
}

namespace {

// Appends the rings of the polygons in g to units; false when g holds something else.
bool appendPolygons(const OGRGeometry &g, UnitRings &units)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon:
        for (const OGRLinearRing *ring : *g.toPolygon()) {
            const int n = ring->getNumPoints();
            for (int i = 0; i < n; ++i) {
                units.x.push_back(ring->getX(i));
                units.y.push_back(ring->getY(i));
            }
            units.ringEnd.push_back(qint64(units.x.size()));
        }
        return true;
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        bool polygonal = true;
        for (const OGRGeometry *part : *g.toGeometryCollection())
            polygonal = appendPolygons(*part, units) && polygonal;
        return polygonal;
    }
    default:
        if (g.hasCurveGeometry()) {
            const std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
            return linear && appendPolygons(*linear, units);
        }
        return false;
    }
}

// A GeoPackage inside a local zip archive, copied into memory to be read there: SQLite reads
// its pages out of order, and each step back in a zip stream inflates it again from an earlier
// point (reading the bundled prefectures this way takes a fifth of the time).
class InMemoryCopy
{
public:
    InMemoryCopy() = default;
    InMemoryCopy(const InMemoryCopy &) = delete;
    InMemoryCopy &operator=(const InMemoryCopy &) = delete;
    ~InMemoryCopy()
    {
        if (!m_name.isEmpty())
            VSIUnlink(m_name.constData());
    }

    // The dataset read from memory, when `dataset` (already opened from path) is such a
    // GeoPackage of at most MaxBytes; else null. The copy must outlive the dataset.
    GDALDatasetUniquePtr open(GDALDataset &dataset, const QString &path)
    {
        constexpr vsi_l_offset MaxBytes = vsi_l_offset(256) << 20;
        if (SourceFormat::localZipArchive(path).isEmpty() || qstrcmp(dataset.GetDriver()->GetDescription(), "GPKG") != 0)
            return nullptr;
        const QByteArray source = path.toUtf8();
        VSIStatBufL stat;
        if (VSIStatL(source.constData(), &stat) != 0 || vsi_l_offset(stat.st_size) > MaxBytes)
            return nullptr;
        VSILFILE *file = VSIFOpenL(source.constData(), "rb");
        if (!file)
            return nullptr;
        const size_t size = size_t(stat.st_size);
        auto *bytes = static_cast<GByte *>(VSI_MALLOC_VERBOSE(size));
        const bool read = bytes && VSIFReadL(bytes, 1, size, file) == size;
        VSIFCloseL(file);
        if (!read) {
            VSIFree(bytes);
            return nullptr;
        }
        m_name = "/vsimem/cityatlas-units-" + QByteArray::number(quintptr(this)) + ".gpkg";
        VSIFCloseL(VSIFileFromMemBuffer(m_name.constData(), bytes, size, TRUE));
        const char *const drivers[] = {"GPKG", nullptr};
        GdalNetworkBlock network;
        GdalErrorCollector quiet; // on failure the dataset opened from the archive is read instead
        return GDALDatasetUniquePtr(GDALDataset::Open(m_name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    }

private:
    QByteArray m_name;
};

} // namespace

UnitIndexResult UnitIndex::read(const QString &path, const QString &layerName, const QString &keyField,
                                SourceAccess access, Feedback *feedback, QList<QByteArray> *wkb)
{
    if (wkb)
        wkb->clear();
    UnitIndexResult result;
    const QString datasetPath = VectorReader::datasetInArchive(path);
    QString error;
    InMemoryCopy memory; // outlives the dataset read from it
    GDALDatasetUniquePtr dataset = openVectorDataset(datasetPath, access, &error);
    if (dataset) {
        if (GDALDatasetUniquePtr fromMemory = memory.open(*dataset, datasetPath))
            dataset = std::move(fromMemory);
    }
    OGRLayer *layer = dataset ? findLayer(*dataset, path, layerName, &error) : nullptr;
    if (!layer) {
        result.issues << Issue::error(error, path);
        return result;
    }
    const QString layerText = QString::fromUtf8(layer->GetName());
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int keyIndex = defn->GetFieldIndex(keyField.toUtf8().constData());
    if (keyIndex < 0) {
        QStringList fields;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        result.issues << Issue::error(Tr::tr("%1, layer %2: no key field '%3' (fields: %4)")
                                          .arg(path, layerText, keyField, fields.join(u", "_s)), path);
        return result;
    }
    if (defn->GetGeomFieldCount() == 0) {
        result.issues << Issue::error(Tr::tr("%1, layer %2: a table without geometry, not polygons").arg(path, layerText), path);
        return result;
    }
    QString crsWkt;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        char *wkt = nullptr;
        const char *const options[] = {"FORMAT=WKT2_2018", nullptr};
        if (srs->exportToWkt(&wkt, options) == OGRERR_NONE && wkt)
            crsWkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
    } else {
        result.issues << Issue::warning(Tr::tr("%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude")
                                            .arg(path, layerText), path);
    }

    UnitRings units;
    QHash<QString, qint64> firstRowOfKey;
    const GIntBig total = layer->TestCapability(OLCFastFeatureCount) ? layer->GetFeatureCount(FALSE) : -1;
    layer->ResetReading();
    qint64 row = 0;
    for (const auto &feature : *layer) {
        ++row;
        if (feedback && feedback->isCanceled()) {
            result.issues << Issue::error(Tr::tr("%1: reading the units was cancelled").arg(path), path);
            return result;
        }
        const QString key = feature->IsFieldSetAndNotNull(keyIndex) ? QString::fromUtf8(feature->GetFieldAsString(keyIndex)) : QString();
        auto warn = [&](const QString &message) {
            Issue issue = Issue::warning(message, path);
            issue.layer = layerText;
            issue.row = row - 1;
            result.issues << issue;
        };
        if (key.isEmpty())
            warn(Tr::tr("%1, layer %2, feature %3: the key field '%4' is empty").arg(path, layerText).arg(row).arg(keyField));
        else if (const auto seen = firstRowOfKey.constFind(key); seen != firstRowOfKey.constEnd())
            warn(Tr::tr("%1, layer %2, feature %3: key '%4' repeats feature %5's; both are counted on their own")
                     .arg(path, layerText).arg(row).arg(key).arg(*seen));
        else
            firstRowOfKey.insert(key, row);
        units.keys << key;
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            warn(Tr::tr("%1, layer %2, feature %3 (%4): no geometry; no point is counted in it").arg(path, layerText).arg(row).arg(key));
        else if (!appendPolygons(*geometry, units))
            warn(Tr::tr("%1, layer %2, feature %3 (%4): a %5, not a polygon; only polygons count points")
                     .arg(path, layerText).arg(row).arg(key, QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType()))));
        units.unitEnd.push_back(qint64(units.ringEnd.size()));
        if (wkb) {
            QByteArray bytes;
            if (geometry && !geometry->IsEmpty()) {
                // Curves as the index has them: linearised by GDAL.
                const std::unique_ptr<OGRGeometry> linear(geometry->hasCurveGeometry() ? geometry->getLinearGeometry() : nullptr);
                const OGRGeometry &g = linear ? *linear : *geometry;
                bytes.resize(qsizetype(g.WkbSize()));
                g.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(bytes.data()), wkbVariantIso);
            }
            *wkb << bytes;
        }
        if (feedback && total > 0 && row % 16 == 0)
            feedback->setProgress(100.0 * double(row) / double(total));
    }
    if (units.unitCount() == 0) {
        result.issues << Issue::error(Tr::tr("%1, layer %2: no features").arg(path, layerText), path);
        return result;
    }
    result.index = std::make_unique<UnitIndex>(units, crsWkt);
    result.index->m_source = layerName.isEmpty() ? path : path + u':' + layerName;
    if (feedback)
        feedback->setProgress(100.0);
    return result;
}

} // namespace CityAtlas
