#pragma once

#include "analysis/localmoran.h"
#include "maps/style/categorystyle.h"

namespace CityAtlas {

// The LISA cluster map's colours, as GeoDa draws them: High–High red, Low–Low blue,
// Low–High light blue, High–Low light red, not significant light grey. Units that were not
// analysed (no value, excluded isolates) are "no data".
CategoryStyle lisaClusterStyle(int rowCount, const QList<int> &rows, const QList<LisaCluster> &clusters);

} // namespace CityAtlas
