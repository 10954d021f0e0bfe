#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QChart;
class QScatterSeries;
QT_END_NAMESPACE

namespace CityAtlas {

// The linked-selection part of a chart of units drawn as points (Moran scatter, Lorenz
// curve): clicking a point emits its index, and the selected points get larger markers in
// a series of their own (object name "selected"), drawn over the others.
class PointSelection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Adds to chart the series of clickable units (one point per unit, in index order) and,
    // over it, the series of selected markers; returns the units' series.
    QScatterSeries *attach(QChart *chart, const QList<QPointF> &coordinates, qreal markerSize);
    void setHighlighted(const QList<int> &indices);
    const QList<QPointF> &points() const { return m_points; }

signals:
    void pointClicked(int index);

private:
    QList<QPointF> m_points;
    QPointer<QScatterSeries> m_selected; // owned by the chart, which deletes it on reset
};

} // namespace CityAtlas
