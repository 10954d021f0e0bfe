#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/numberformat.h"

#include <QAbstractTableModel>

#include <memory>

namespace CityAtlas {

// The attributes of a layer as a table model (no copy: it reads the shared table).
// DisplayRole gives formatted text (numbers by their field's NumberFormat: separators and the
// field's decimals), ToolTipRole a rounded number's full value, SortRole/EditRole the raw
// value, RowRole the table row.
class FeatureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { RowRole = Qt::UserRole, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTable(std::shared_ptr<const FeatureTable> table);
    std::shared_ptr<const FeatureTable> table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The format of a numeric column's numbers (plain for other columns).
    NumberFormat numberFormat(int column) const { return m_formats.value(column, NumberFormat::plain()); }

private:
    std::shared_ptr<const FeatureTable> m_table;
    QList<NumberFormat> m_formats; // one per column, made by setTable()
};

} // namespace CityAtlas
