#pragma once

#include "maps/data/attributecolumn.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <QPolygonF>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace CityAtlas {

enum class FieldType { Integer, Real, String, Date, Other };

struct Field
{
    QString name;
    FieldType type = FieldType::String;
    int precision = 0; // decimals the source declares for a Real field (OGR's Real(10.2) gives 2); 0: none

    bool isNumeric() const { return type == FieldType::Integer || type == FieldType::Real; }
};

// The shape of one feature, already in the map projection (metres of the China Albers
// equal-area projection), with what the renderer and the analyses need precomputed.
enum class GeometryKind { None, Point, Line, Polygon };

// The projected coordinates of the rings (or lines) of several features in one buffer: a layer is
// read in chunks of features, each with one block, so a geometry costs no heap object of its own.
struct GeometryBlock
{
    std::vector<QPointF> points;
    std::vector<quint32> ringEnds; // ring r is points [r == 0 ? 0 : ringEnds[r - 1], ringEnds[r])

    std::span<const QPointF> ring(size_t r) const
    {
        const size_t begin = r == 0 ? 0 : ringEnds[r - 1];
        return {points.data() + begin, ringEnds[r] - begin};
    }
};

struct FeatureGeometry
{
    GeometryKind kind = GeometryKind::None;
    QRectF bounds;              // projected bounding box
    QPointF labelPoint;         // projected point inside the shape (GEOS PointOnSurface)
    QPointF centroidLonLat;     // geographic centroid (degrees, WGS 84)
    double areaKm2 = 0.0;       // area in the equal-area projection
    // The rings of polygons (outer and holes, closed: last point = first) or the lines, as
    // rings [firstRing, firstRing + ringCount) of a block shared with other features.
    std::shared_ptr<const GeometryBlock> block;
    quint32 firstRing = 0;
    quint32 ringCount = 0;

    bool isEmpty() const { return kind == GeometryKind::None; }
    std::span<const QPointF> ring(int index) const { return block->ring(firstRing + quint32(index)); }
    // All rings as one path, odd-even fill so holes stay holes; built on each call.
    QPainterPath path() const;
    QList<QPolygonF> polygons() const; // the rings, one polygon each
};

// Values an analysis computed for some of a table's rows, to be added as a field.
struct ResultColumn
{
    Field field;
    QList<QVariant> values; // aligned with the rows the analysis used
};

// An in-memory layer: attribute columns plus, for vector layers, one geometry per row.
// Plain tables (CSV, XLSX) are feature tables without geometry.
class FeatureTable
{
public:
    FeatureTable() = default;
    FeatureTable(QString name, QString sourcePath);

    const QString &name() const { return m_name; }
    const QString &sourcePath() const { return m_sourcePath; }

    int rowCount() const { return m_rowCount; }
    int fieldCount() const { return int(m_fields.size()); }
    const QList<Field> &fields() const { return m_fields; }
    const Field &field(int column) const { return m_fields.at(column); }
    int fieldIndex(const QString &name) const; // exact match first, then case-insensitive; -1 if none
    QStringList fieldNames() const;

    QVariant value(int row, int column) const { return m_columns.at(column).value(row); }
    // The cell as a number; empty when null or not convertible.
    std::optional<double> number(int row, int column) const;
    // A whole numeric column; rows without a number hold NaN, and *missing counts them.
    QList<double> numericColumn(int column, int *missing = nullptr) const;

    bool hasGeometry() const { return !m_geometries.isEmpty(); }
    const FeatureGeometry &geometry(int row) const { return m_geometries.at(row); }
    QRectF extent() const { return m_extent; }

    // Building the table.
    int addField(const Field &field);                           // appends a column of nulls
    void removeField(int column);
    void appendRow(QVariantList values, FeatureGeometry geometry = {});
    void reserve(int rows, bool withGeometries);
    void setValue(int row, int column, const QVariant &value) { m_columns[column].set(row, value); }
    void renameField(int column, const QString &name) { m_fields[column].name = name; }
    // Adds the column (or replaces one of the same name): values at the given rows, null elsewhere.
    int setResultColumn(const ResultColumn &column, const QList<int> &rows);

private:
    QString m_name;
    QString m_sourcePath;
    QList<Field> m_fields;
    std::vector<AttributeColumn> m_columns; // one per field
    int m_rowCount = 0;
    QList<FeatureGeometry> m_geometries; // empty for plain tables, else one per row
    QRectF m_extent;
};

} // namespace CityAtlas
