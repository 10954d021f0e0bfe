#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QString>

#include <memory>

namespace CityAtlas {

// One layer of a map: a shared, read-only feature table, how it is coloured and how it is
// shown. A value type: render jobs copy it (the table and the style are shared, not copied).
struct MapLayer
{
    QString id;                                // unique within its LayerStackModel
    QString name;                              // shown in the layers panel
    std::shared_ptr<const FeatureTable> table;
    std::shared_ptr<const MapStyle> style;     // never null once in a stack
    bool visible = true;
    double opacity = 1.0;                      // 0 (transparent) … 1 (opaque)
};

} // namespace CityAtlas
