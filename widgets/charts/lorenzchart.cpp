#include "widgets/charts/lorenzchart.h"

#include "widgets/charts/charttheme.h"

#include <QLocale>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace CityAtlas {

LorenzChart::LorenzChart(QWidget *parent)
    : ThemedChartView(parent)
{
}

void LorenzChart::setCurve(const LorenzCurve &curve, const QString &title, double gini)
{
    QChart *c = resetChart(tr("Lorenz curve of %1 (Gini %2)").arg(title, QLocale().toString(gini, 'f', 3)));

    auto *equality = new QLineSeries;
    equality->setName(tr("Equality"));
    equality->append(0, 0);
    equality->append(1, 1);
    equality->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0, Qt::DashLine));
    auto *lorenz = new QLineSeries;
    lorenz->setName(tr("Lorenz curve"));
    for (const LorenzPoint &p : curve.points)
        lorenz->append(p.populationShare, p.valueShare);
    lorenz->setPen(QPen(ChartTheme::accent(), 2.0));
    lorenz->setPointsVisible(true);
    c->addSeries(equality);
    c->addSeries(lorenz);

    auto *x = new QValueAxis;
    x->setRange(0, 1);
    x->setTitleText(tr("Cumulative share of units (or population)"));
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(tr("Cumulative share of the value"));
    for (QValueAxis *axis : {x, y}) {
        axis->setLabelFormat(QStringLiteral("%.1f"));
        axis->setTickCount(6);
    }
    attachAxes(x, y);
}

} // namespace CityAtlas
