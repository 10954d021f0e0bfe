#include "maps/style/lisastyle.h"

#include <QCoreApplication>
#include <QObject>

namespace CityAtlas {

// Messages of this file are translated in the context of LisaStyle.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::LisaStyle)
};
} // namespace

CategoryStyle lisaClusterStyle(int rowCount, const QList<int> &rows, const QList<LisaCluster> &clusters)
{
    const QList<CategoryStyle::Category> categories{
        {Tr::tr("Not significant"), QColor(0xee, 0xee, 0xee)},
        {Tr::tr("High–High"), QColor(0xff, 0x00, 0x00)},
        {Tr::tr("Low–Low"), QColor(0x00, 0x00, 0xff)},
        {Tr::tr("Low–High"), QColor(0xa7, 0xad, 0xf9)},
        {Tr::tr("High–Low"), QColor(0xf4, 0xad, 0xa8)},
    };
    QList<int> categoryOfRow(rowCount, -1);
    for (int i = 0; i < rows.size() && i < clusters.size(); ++i)
        categoryOfRow[rows[i]] = int(clusters[i]); // LisaCluster's order matches the categories
    return CategoryStyle(Tr::tr("LISA cluster"), categories, categoryOfRow);
}

} // namespace CityAtlas
