#pragma once

#include "analysis/inequality.h"

#include "widgets/charts/themedchartview.h"

namespace CityAtlas {

class PointSelection;

// The Lorenz curve of a variable with the line of equality. Each unit is a point on the
// curve (in the curve's order, curve.units); clicking one emits its index there, and the
// selected units are highlighted (setHighlighted), for the linked selection.
class LorenzChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit LorenzChart(QWidget *parent = nullptr);
    // unitNames: by index into the analysed values (as curve.units counts), for tooltips.
    void setCurve(const LorenzCurve &curve, const QString &title, double gini, const QStringList &unitNames = {});
    void setHighlighted(const QList<int> &indices); // indices into curve.units
    // Where the point of the unit at index lies in the view; null when none.
    QPointF pointPosition(int index) const;

signals:
    void pointClicked(int index);

private:
    PointSelection *m_selection;
};

} // namespace CityAtlas
