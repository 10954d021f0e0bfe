#include "widgets/charts/moranscatterchart.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/pointselection.h"

#include <QLocale>
#include <QResizeEvent>
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

    // Each axis symmetric about 0, from the largest |z| (x) and |lag| (y) plus a tenth.
    double xExtent = 0.0, yExtent = 0.0;
    for (int i = 0; i < scatter.z.size(); ++i) {
        xExtent = std::max(xExtent, std::abs(scatter.z[i]));
        yExtent = std::max(yExtent, std::abs(scatter.lag[i]));
    }
    xExtent = xExtent > 0.0 ? xExtent * (1.0 + Margin) : 1.0;
    yExtent = yExtent > 0.0 ? yExtent * (1.0 + Margin) : 1.0;
    m_xExtent = xExtent;
    m_yExtent = yExtent;

    QList<QPointF> units;
    for (int i = 0; i < scatter.z.size(); ++i)
        units << QPointF(scatter.z[i], scatter.lag[i]);
    auto *fit = new QLineSeries;
    fit->setName(tr("Slope = Moran's I"));
    // The fitted line, clipped to the plot.
    const double reach = std::abs(scatter.slope) * xExtent > yExtent ? yExtent / std::abs(scatter.slope) : xExtent;
    fit->append(-reach, -reach * scatter.slope);
    fit->append(reach, reach * scatter.slope);
    fit->setPen(QPen(ChartTheme::palette()[1], 2.0));
    auto *vertical = new QLineSeries;
    vertical->append(0, -yExtent);
    vertical->append(0, yExtent);
    auto *horizontal = new QLineSeries;
    horizontal->append(-xExtent, 0);
    horizontal->append(xExtent, 0);
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
    x->setRange(-xExtent, xExtent);
    x->setTitleText(tr("Standardised value z"));
    auto *y = new QValueAxis;
    y->setRange(-yExtent, yExtent);
    y->setTitleText(tr("Spatial lag of z"));
    for (QValueAxis *axis : {x, y})
        axis->setLabelFormat(QStringLiteral("%.3g"));
    attachAxes(x, y);
}

void MoranScatterChart::resizeEvent(QResizeEvent *event)
{
    chart()->legend()->setVisible(event->size().height() >= LegendMinimumHeight);
    ThemedChartView::resizeEvent(event);
}

void MoranScatterChart::setHighlighted(const QList<int> &indices)
{
    m_selection->setHighlighted(indices);
}

} // namespace CityAtlas
