#include "widgets/charts/pointselection.h"

#include "widgets/charts/charttheme.h"

#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>

namespace CityAtlas {

QScatterSeries *PointSelection::attach(QChart *chart, const QList<QPointF> &coordinates, qreal markerSize)
{
    m_points = coordinates;
    auto *points = new QScatterSeries;
    points->setName(tr("Units"));
    points->setMarkerSize(markerSize);
    points->setColor(ChartTheme::accent());
    points->setBorderColor(Qt::white);
    points->append(coordinates);
    chart->addSeries(points);
    const auto clicked = [this](const QPointF &p) {
        if (const qsizetype i = m_points.indexOf(p); i >= 0)
            emit pointClicked(int(i));
    };
    connect(points, &QScatterSeries::clicked, this, clicked);
    m_selected = new QScatterSeries; // over the points, so it takes their clicks too
    m_selected->setName(tr("Selected"));
    m_selected->setObjectName(QStringLiteral("selected"));
    m_selected->setMarkerSize(12);
    m_selected->setColor(QColor(0x00, 0xbf, 0xff));
    m_selected->setBorderColor(Qt::black);
    connect(m_selected, &QScatterSeries::clicked, this, clicked);
    chart->addSeries(m_selected);
    return points;
}

void PointSelection::setHighlighted(const QList<int> &indices)
{
    if (!m_selected)
        return;
    QList<QPointF> points;
    for (int i : indices)
        if (i >= 0 && i < m_points.size())
            points << m_points[i];
    m_selected->replace(points);
}

} // namespace CityAtlas
