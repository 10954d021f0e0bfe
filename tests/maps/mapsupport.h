#pragma once
// Helpers of the map and style tests: a legend's labels, a row found by its code.
#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QStringList>

namespace CityAtlas::TestSupport {

inline QStringList legendLabels(const QList<LegendEntry> &legend)
{
    QStringList list;
    for (const LegendEntry &e : legend)
        list << e.label;
    return list;
}

// The first row whose code field holds code; -1 when none does.
inline int rowOfCode(const FeatureTable &table, const QString &code)
{
    const int column = table.fieldIndex(QStringLiteral("code"));
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.value(row, column).toString() == code)
            return row;
    return -1;
}

} // namespace CityAtlas::TestSupport
