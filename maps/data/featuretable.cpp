#include "maps/data/featuretable.h"

#include <cmath>
#include <limits>

namespace CityAtlas {

QPainterPath FeatureGeometry::path() const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int r = 0; r < int(ringCount); ++r) {
        const std::span<const QPointF> points = ring(r);
        if (points.empty())
            continue;
        path.moveTo(points.front());
        for (size_t i = 1; i < points.size(); ++i)
            path.lineTo(points[i]);
        if (kind == GeometryKind::Polygon)
            path.closeSubpath();
    }
    return path;
}

QList<QPolygonF> FeatureGeometry::polygons() const
{
    QList<QPolygonF> rings;
    rings.reserve(ringCount);
    for (int r = 0; r < int(ringCount); ++r) {
        const std::span<const QPointF> points = ring(r);
        rings << QPolygonF(QList<QPointF>(points.begin(), points.end()));
    }
    return rings;
}

FeatureTable::FeatureTable(QString name, QString sourcePath)
    : m_name(std::move(name))
    , m_sourcePath(std::move(sourcePath))
{
}

int FeatureTable::fieldIndex(const QString &name) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name == name)
            return i;
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList FeatureTable::fieldNames() const
{
    QStringList names;
    names.reserve(m_fields.size());
    for (const Field &f : m_fields)
        names << f.name;
    return names;
}

std::optional<double> FeatureTable::number(int row, int column) const
{
    return m_columns.at(size_t(column)).number(row);
}

QList<double> FeatureTable::numericColumn(int column, int *missing) const
{
    QList<double> values;
    values.reserve(m_rowCount);
    int missingCount = 0;
    for (int row = 0; row < m_rowCount; ++row) {
        const std::optional<double> d = number(row, column);
        if (!d)
            ++missingCount;
        values << d.value_or(std::numeric_limits<double>::quiet_NaN());
    }
    if (missing)
        *missing = missingCount;
    return values;
}

int FeatureTable::addField(const Field &field)
{
    m_fields << field;
    m_columns.emplace_back().resize(m_rowCount);
    return int(m_fields.size()) - 1;
}

void FeatureTable::removeField(int column)
{
    m_fields.removeAt(column);
    m_columns.erase(m_columns.begin() + column);
}

int FeatureTable::setResultColumn(const ResultColumn &column, const QList<int> &rows)
{
    int index = -1;
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name == column.field.name)
            index = i;
    if (index < 0) {
        index = addField(column.field);
    } else {
        m_fields[index] = column.field;
        m_columns[size_t(index)] = AttributeColumn();
        m_columns[size_t(index)].resize(m_rowCount);
    }
    for (int i = 0; i < rows.size() && i < column.values.size(); ++i)
        if (rows[i] >= 0 && rows[i] < m_rowCount)
            m_columns[size_t(index)].set(rows[i], column.values[i]);
    return index;
}

void FeatureTable::reserve(int rows, bool withGeometries)
{
    for (AttributeColumn &c : m_columns)
        c.reserve(rows);
    if (withGeometries)
        m_geometries.reserve(rows);
}

void FeatureTable::appendRow(QVariantList values, FeatureGeometry geometry)
{
    for (size_t c = 0; c < m_columns.size(); ++c)
        m_columns[c].append(values.value(qsizetype(c)));
    ++m_rowCount;
    if (!geometry.isEmpty() || hasGeometry()) {
        // Keep one geometry per row once any row has one.
        m_geometries.resize(m_rowCount - 1);
        if (!geometry.bounds.isNull())
            m_extent = m_extent.isNull() ? geometry.bounds : m_extent.united(geometry.bounds);
        m_geometries << std::move(geometry);
    }
}

} // namespace CityAtlas
