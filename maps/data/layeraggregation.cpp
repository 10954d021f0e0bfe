#include "maps/data/layeraggregation.h"

#include "maps/data/adminkeys.h"
#include "maps/data/mapprojection.h"
#include "maps/data/unitindex.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

std::unique_ptr<UnitIndex> LayerAggregation::unitsOf(const FeatureTable &layer)
{
    UnitRings rings;
    for (int row = 0; row < layer.rowCount(); ++row) {
        const FeatureGeometry &g = layer.hasGeometry() ? layer.geometry(row) : FeatureGeometry();
        rings.addUnit(QString::number(row), g.kind == GeometryKind::Polygon ? g.polygons() : QList<QPolygonF>());
    }
    return std::make_unique<UnitIndex>(rings, MapProjection::wkt());
}

LayerCounts LayerAggregation::pointCounts(const PointAggregation &points, const QString &prefix)
{
    LayerCounts counts;
    ResultColumn count{{prefix + u"_count"_s, FieldType::Integer}, {}};
    QList<ResultColumn> sums;
    for (const QString &weight : points.weightFields)
        sums << ResultColumn{{prefix + u'_' + weight, FieldType::Real}, {}};
    for (const UnitTotal &unit : points.units) {
        counts.rows << unit.key.toInt();
        count.values << unit.count;
        for (qsizetype w = 0; w < sums.size(); ++w)
            sums[w].values << (unit.count > 0 ? QVariant(unit.sums.value(w)) : QVariant());
    }
    counts.columns << count << sums;
    return counts;
}

LayerCounts LayerAggregation::nameCounts(const PlaceNameAggregation &names, const FeatureTable &layer, const QString &keyField,
                                         const QString &prefix)
{
    LayerCounts counts;
    const int key = layer.fieldIndex(keyField);
    if (key < 0)
        return counts;
    QHash<QString, int> byCode;
    for (const PlaceNameCount &unit : names.units)
        byCode.insert(unit.code, unit.count);
    ResultColumn count{{prefix + u"_count"_s, FieldType::Integer}, {}};
    QSet<QString> placed;
    for (int row = 0; row < layer.rowCount(); ++row) {
        const QString code = AdminKeys::normalizeCode(layer.value(row, key).toString());
        if (code.isEmpty())
            continue;
        counts.rows << row;
        count.values << byCode.value(code);
        placed.insert(code);
    }
    for (const PlaceNameCount &unit : names.units)
        if (!placed.contains(unit.code))
            counts.unplacedKeys << unit.code;
    counts.columns << count;
    return counts;
}

} // namespace CityAtlas
