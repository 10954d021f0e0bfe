#include "widgets/charts/lorenzchart.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/pointselection.h"

#include <QLocale>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

namespace CityAtlas {

LorenzChart::LorenzChart(QWidget *parent)
    : ThemedChartView(parent)
    , m_selection(new PointSelection(this))
{
    connect(m_selection, &PointSelection::pointClicked, this, &LorenzChart::pointClicked);
}

void LorenzChart::setCurve(const LorenzCurve &curve, const QString &title, double gini, const QStringList &unitNames)
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
    c->addSeries(equality);
    c->addSeries(lorenz);
    // One clickable point per unit: the curve's points after (0, 0).
    QList<QPointF> points;
    for (qsizetype i = 1; i < curve.points.size(); ++i)
        points << QPointF(curve.points[i].populationShare, curve.points[i].valueShare);
    QScatterSeries *units = m_selection->attach(c, points, 7);
    const QList<qint64> order = curve.units;
    connect(units, &QScatterSeries::hovered, this, [this, points, order, unitNames](const QPointF &p, bool state) {
        const qsizetype i = points.indexOf(p);
        if (!state || i < 0)
            return setToolTip({});
        setToolTip(tr("%1: %2 of the units hold %3 of the value")
                       .arg(unitNames.value(order.value(i)), QLocale().toString(100.0 * p.x(), 'f', 1) + u'%',
                            QLocale().toString(100.0 * p.y(), 'f', 1) + u'%'));
    });

    auto *x = new QValueAxis;
    x->setRange(0, 1);
    x->setTitleText(tr("Cumulative share of units (or population)"));
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(tr("Cumulative value share"));
    for (QValueAxis *axis : {x, y}) {
        axis->setLabelFormat(QStringLiteral("%.1f"));
        axis->setTickCount(6);
    }
    attachAxes(x, y);
}

void LorenzChart::setHighlighted(const QList<int> &indices)
{
    m_selection->setHighlighted(indices);
}

QPointF LorenzChart::pointPosition(int index) const
{
    const QList<QPointF> &points = m_selection->points();
    if (index < 0 || index >= points.size() || chart()->series().isEmpty())
        return {};
    return mapFromScene(chart()->mapToPosition(points[index], chart()->series().first()));
}

} // namespace CityAtlas
