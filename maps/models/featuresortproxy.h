#pragma once

#include <QSortFilterProxyModel>

namespace CityAtlas {

// Sorts a FeatureTableModel by raw values, with missing values last in either order, and
// filters on any column's text.
class FeatureSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FeatureSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace CityAtlas
