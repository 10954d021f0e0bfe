#pragma once

#include <QColor>
#include <QFont>
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

    // Figures: a neutral grey for remainders and shaded periods, and the small grey source
    // line under exported figures (dataset, "sample").
    static QColor muted() { return QColor(0xd0, 0xd0, 0xd0); }
    static QFont sourceLineFont();
    static QColor sourceLineColor() { return QColor(0x59, 0x59, 0x59); }
};

} // namespace CityAtlas
