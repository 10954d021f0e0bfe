#pragma once
// The labels of a legend, for the style tests.
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

} // namespace CityAtlas::TestSupport
