#include "widgets/charts/moranscatterchart.h"

#include "widgets/charts/charttheme.h"

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
{
}

void MoranScatterChart::setScatter(const MoranScatter &scatter, const QStringList &unitNames, const QString &title)
{
    QChart *c = resetChart(tr("Moran scatter plot of %1 (I = %2)").arg(title, QLocale().toString(scatter.slope, 'f', 3)));

    double extent = 1.0;
    for (int i = 0; i < scatter.z.size(); ++i)
        extent = std::max({extent, std::abs(scatter.z[i]), std::abs(scatter.lag[i])});
    extent = std::ceil(extent * 1.1);

    auto *points = new QScatterSeries;
    points->setName(tr("Units"));
    points->setMarkerSize(8);
    points->setColor(ChartTheme::accent());
    points->setBorderColor(Qt::white);
    m_points.clear();
    for (int i = 0; i < scatter.z.size(); ++i)
        m_points << QPointF(scatter.z[i], scatter.lag[i]);
    points->append(m_points);
    connect(points, &QScatterSeries::clicked, this, [this](const QPointF &p) {
        if (const qsizetype i = m_points.indexOf(p); i >= 0)
            emit pointClicked(int(i));
    });
    connect(points, &QScatterSeries::hovered, this, [this, points, unitNames](const QPointF &p, bool state) {
        if (!state)
            return setToolTip({});
        const QList<QPointF> all = points->points();
        const qsizetype i = all.indexOf(p);
        setToolTip(tr("%1: z %2, lag %3").arg(unitNames.value(i), QLocale().toString(p.x(), 'f', 2),
                                               QLocale().toString(p.y(), 'f', 2)));
    });
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
    c->addSeries(points);
    auto *selected = new QScatterSeries;
    selected->setName(tr("Selected"));
    selected->setObjectName(QStringLiteral("selected"));
    selected->setMarkerSize(12);
    selected->setColor(QColor(0x00, 0xbf, 0xff));
    selected->setBorderColor(Qt::black);
    c->addSeries(selected);
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
    for (QAbstractSeries *series : chart()->series()) {
        if (series->objectName() != QStringLiteral("selected"))
            continue;
        QList<QPointF> points;
        for (int i : indices)
            if (i >= 0 && i < m_points.size())
                points << m_points[i];
        static_cast<QScatterSeries *>(series)->replace(points);
    }
}

} // namespace CityAtlas
