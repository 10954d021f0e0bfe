#include "maps/data/featurequery.h"

namespace CityAtlas {

QList<int> featuresInPolygon(const FeatureTable &table, const QPolygonF &polygon)
{
    QList<int> rows;
    if (!table.hasGeometry() || polygon.size() < 3)
        return rows;
    const QRectF bounds = polygon.boundingRect();
    for (int row = 0; row < table.rowCount(); ++row) {
        const FeatureGeometry &g = table.geometry(row);
        if (!g.isEmpty() && bounds.contains(g.labelPoint) && polygon.containsPoint(g.labelPoint, Qt::OddEvenFill))
            rows << row;
    }
    return rows;
}

} // namespace CityAtlas
