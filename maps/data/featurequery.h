#pragma once

#include "maps/data/featuretable.h"

#include <QList>
#include <QPolygonF>

namespace CityAtlas {

// Lasso selection: the rows whose point inside (GEOS PointOnSurface, so always within the
// unit, even for a crescent) lies in polygon, in projected map units; odd-even rule, so a
// self-crossing lasso selects what it visibly encloses.
QList<int> featuresInPolygon(const FeatureTable &table, const QPolygonF &polygon);

} // namespace CityAtlas
