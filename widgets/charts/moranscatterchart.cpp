#include "widgets/charts/moranscatterchart.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/pointselection.h"

#include <QLocale>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace CityAtlas {

MoranScatterChart::MoranScatterChart(QWidget *parent)
    : ThemedChartView(parent)
    , m_selection(new PointSelection(this))
{
    connect(m_selection, &PointSelection::pointClicked, this, &MoranScatterChart::pointClicked);
}

void MoranScatterChart::setScatter(const MoranScatter &scatter, const QStringList &unitNames, const QString &title)
{
    QChart *c = resetChart(tr("Moran scatter plot of %1 (I = %2)").arg(title, QLocale().toString(scatter.slope, 'f', 3)));

    double extent = 1.0;
    for (int i = 0; i < scatter.z.size(); ++i)
        extent = std::max({extent, std::abs(scatter.z[i]), std::abs(scatter.lag[i])});
    extent = std::ceil(extent * 1.1);

    QList<QPointF> units;
    for (int i = 0; i < scatter.z.size(); ++i)
        units << QPointF(scatter.z[i], scatter.lag[i]);
    auto *fit = new QLineSeries;
    fit->setName(tr("Slope = Moran's I"));
    fit->append(-extent, -extent * scatter.slope);
    fit->append(extent, extent * scatter.slope);
    fit->setPen(QPen(ChartTheme::palette()[1], 2.0));
    auto *vertical = new QLineSeries;
    vertical->append(0, -extent);
    vertical->append(0, extent);
    auto *horizontal = new QLineSeries;
    horizontal->append(-extent, 0);
    horizontal->append(extent, 0);
    for (QLineSeries *axisLine : {vertical, horizontal})
        axisLine->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1.0, Qt::DashLine));
    c->addSeries(vertical);
    c->addSeries(horizontal);
    c->addSeries(fit);
    QScatterSeries *points = m_selection->attach(c, units, 8);
    connect(points, &QScatterSeries::hovered, this, [this, points, unitNames](const QPointF &p, bool state) {
        if (!state)
            return setToolTip({});
        const QList<QPointF> all = points->points();
        const qsizetype i = all.indexOf(p);
        setToolTip(tr("%1: z %2, lag %3").arg(unitNames.value(i), QLocale().toString(p.x(), 'f', 2),
                                               QLocale().toString(p.y(), 'f', 2)));
    });
    c->legend()->markers(vertical).first()->setVisible(false);
    c->legend()->markers(horizontal).first()->setVisible(false);

    auto *x = new QValueAxis;
    x->setRange(-extent, extent);
    x->setTitleText(tr("Standardised value z"));
    auto *y = new QValueAxis;
    y->setRange(-extent, extent);
    y->setTitleText(tr("Spatial lag of z"));
    for (QValueAxis *axis : {x, y})
        axis->setLabelFormat(QStringLiteral("%.0f"));
    attachAxes(x, y);
}

void MoranScatterChart::setHighlighted(const QList<int> &indices)
{
    m_selection->setHighlighted(indices);
}

} // namespace CityAtlas
