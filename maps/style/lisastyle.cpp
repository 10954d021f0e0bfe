#include "maps/style/lisastyle.h"

#include <QObject>

namespace CityAtlas {

CategoryStyle lisaClusterStyle(int rowCount, const QList<int> &rows, const QList<LisaCluster> &clusters)
{
    const QList<CategoryStyle::Category> categories{
        {QObject::tr("Not significant"), QColor(0xee, 0xee, 0xee)},
        {QObject::tr("High–High"), QColor(0xff, 0x00, 0x00)},
        {QObject::tr("Low–Low"), QColor(0x00, 0x00, 0xff)},
        {QObject::tr("Low–High"), QColor(0xa7, 0xad, 0xf9)},
        {QObject::tr("High–Low"), QColor(0xf4, 0xad, 0xa8)},
    };
    QList<int> categoryOfRow(rowCount, -1);
    for (int i = 0; i < rows.size() && i < clusters.size(); ++i)
        categoryOfRow[rows[i]] = int(clusters[i]); // LisaCluster's order matches the categories
    return CategoryStyle(QObject::tr("LISA cluster"), categories, categoryOfRow);
}

} // namespace CityAtlas
