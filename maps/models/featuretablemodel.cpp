#include "maps/models/featuretablemodel.h"

#include <QLocale>

namespace CityAtlas {

void FeatureTableModel::setTable(std::shared_ptr<const FeatureTable> table)
{
    beginResetModel();
    m_table = std::move(table);
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
        if (m_table->field(index.column()).type == FieldType::Real)
            return QLocale().toString(value.toDouble(), 'g', 10);
        return value.toString();
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
