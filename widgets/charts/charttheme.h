#pragma once

#include <QColor>
#include <QList>

class QChart;
class QAbstractAxis;

namespace CityAtlas {

// The one look of CityAtlas charts, like the paper's figures: white background, a sans-serif
// with CJK coverage, thin grey grid, a fixed palette.
class ChartTheme
{
public:
    static void apply(QChart *chart);
    static void styleAxis(QAbstractAxis *axis);
    static QList<QColor> palette(); // ColorBrewer Set1-like, readable on white
    static QColor accent() { return palette().first(); }
};

} // namespace CityAtlas
