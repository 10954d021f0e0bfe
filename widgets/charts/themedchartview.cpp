#include "widgets/charts/themedchartview.h"

#include "widgets/charts/charttheme.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>

namespace CityAtlas {

ThemedChartView::ThemedChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);
    ChartTheme::apply(chart());
}

QChart *ThemedChartView::resetChart(const QString &title)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(title);
    return c;
}

void ThemedChartView::attachAxes(QAbstractAxis *x, QAbstractAxis *y)
{
    QChart *c = chart();
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace CityAtlas
