#include "widgets/charts/charttheme.h"

#include "maps/render/maprenderer.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

using namespace Qt::StringLiterals;

namespace CityAtlas {

void ChartTheme::apply(QChart *chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(mapFont(11, true));
    chart->setTitleBrush(Qt::black);
    chart->legend()->setFont(mapFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
}

void ChartTheme::styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(mapFont(8));
    axis->setTitleFont(mapFont(9));
    axis->setGridLineColor(QColor(0xe0, 0xe0, 0xe0));
    axis->setLinePenColor(QColor(0x80, 0x80, 0x80));
    axis->setLabelsColor(QColor(0x20, 0x20, 0x20));
}

QFont ChartTheme::sourceLineFont()
{
    return mapFont(7);
}

QList<QColor> ChartTheme::palette()
{
    return {QColor(u"#2166ac"_s), QColor(u"#d6604d"_s), QColor(u"#4daf4a"_s), QColor(u"#984ea3"_s),
            QColor(u"#ff7f00"_s), QColor(u"#a65628"_s), QColor(u"#f781bf"_s), QColor(u"#999999"_s)};
}

} // namespace CityAtlas
