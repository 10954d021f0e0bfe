#include "maps/models/featuresortproxy.h"

#include "maps/models/featuretablemodel.h"

namespace CityAtlas {

FeatureSortProxy::FeatureSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FeatureTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool FeatureSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    if (a.isNull() != b.isNull())
        return a.isNull() == (sortOrder() == Qt::DescendingOrder); // missing values end up last
    if (a.isNull())
        return false;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace CityAtlas
