#include "maps/models/featuretablemodel.h"

#include <QLocale>

namespace CityAtlas {

void FeatureTableModel::setTable(std::shared_ptr<const FeatureTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_formats.clear();
    for (int c = 0; m_table && c < m_table->fieldCount(); ++c)
        m_formats << NumberFormat::forColumn(*m_table, c);
    endResetModel();
}

int FeatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->rowCount();
}

int FeatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->fieldCount();
}

QVariant FeatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_table || !index.isValid() || index.row() >= m_table->rowCount() || index.column() >= m_table->fieldCount())
        return {};
    const QVariant value = m_table->value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull())
            return {};
        if (m_table->field(index.column()).isNumeric())
            return numberFormat(index.column()).text(value.toDouble());
        return value.toString();
    case Qt::ToolTipRole:
        // A rounded number's value as stored.
        if (!value.isNull() && m_table->field(index.column()).type == FieldType::Real)
            return NumberFormat::fullPrecision(value.toDouble());
        return {};
    case Qt::TextAlignmentRole:
        return m_table->field(index.column()).isNumeric() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RowRole:
        return index.row();
    case SortRole:
    case Qt::EditRole:
        return value;
    default:
        return {};
    }
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_table)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_table->fieldCount() ? QVariant(m_table->field(section).name) : QVariant();
    return section + 1;
}

} // namespace CityAtlas
