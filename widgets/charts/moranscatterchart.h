#pragma once

#include "analysis/moran.h"

#include "widgets/charts/themedchartview.h"

namespace CityAtlas {

class PointSelection;

// Moran scatter plot: standardised value against its spatial lag, the regression line
// (slope = Moran's I with row-standardised weights) and the four quadrants.
class MoranScatterChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit MoranScatterChart(QWidget *parent = nullptr);
    void setScatter(const MoranScatter &scatter, const QStringList &unitNames, const QString &title);
    // Marks these points (indices into the scatter's units) as selected.
    void setHighlighted(const QList<int> &indices);

signals:
    void pointClicked(int index);

private:
    PointSelection *m_selection;
};

} // namespace CityAtlas
