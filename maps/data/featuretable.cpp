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
    const QVariant &v = m_rows.at(row).at(column);
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

QList<double> FeatureTable::numericColumn(int column, int *missing) const
{
    QList<double> values;
    values.reserve(m_rows.size());
    int missingCount = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
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
    for (QVariantList &row : m_rows)
        row << QVariant();
    return int(m_fields.size()) - 1;
}

void FeatureTable::removeField(int column)
{
    m_fields.removeAt(column);
    for (QVariantList &row : m_rows)
        row.removeAt(column);
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
        for (QVariantList &row : m_rows)
            row[index] = QVariant();
    }
    for (int i = 0; i < rows.size() && i < column.values.size(); ++i)
        if (rows[i] >= 0 && rows[i] < m_rows.size())
            m_rows[rows[i]][index] = column.values[i];
    return index;
}

void FeatureTable::reserve(int rows, bool withGeometries)
{
    m_rows.reserve(rows);
    if (withGeometries)
        m_geometries.reserve(rows);
}

void FeatureTable::appendRow(QVariantList values, FeatureGeometry geometry)
{
    values.resize(m_fields.size());
    m_rows << std::move(values);
    if (!geometry.isEmpty() || hasGeometry()) {
        // Keep one geometry per row once any row has one.
        m_geometries.resize(m_rows.size() - 1);
        if (!geometry.bounds.isNull())
            m_extent = m_extent.isNull() ? geometry.bounds : m_extent.united(geometry.bounds);
        m_geometries << std::move(geometry);
    }
}

} // namespace CityAtlas
