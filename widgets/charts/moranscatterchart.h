#pragma once

#include "analysis/moran.h"

#include "widgets/charts/themedchartview.h"

namespace CityAtlas {

class PointSelection;

// Moran scatter plot: standardised value against its spatial lag, the regression line
// (slope = Moran's I with row-standardised weights) and the four quadrants. Each axis is
// symmetric about 0 and reaches a tenth beyond the largest |z| (x) or |lag| (y).
class MoranScatterChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit MoranScatterChart(QWidget *parent = nullptr);
    void setScatter(const MoranScatter &scatter, const QStringList &unitNames, const QString &title);
    // Marks these points (indices into the scatter's units) as selected.
    void setHighlighted(const QList<int> &indices);
    // The half-widths of the axes as last set: the axes run from -extent to +extent.
    double xExtent() const { return m_xExtent; }
    double yExtent() const { return m_yExtent; }

    static constexpr double Margin = 0.1; // beyond the largest |z| and |lag|, as a fraction

    // Below this height the legend is hidden, to leave the plot its room (the title gives I).
    static constexpr int LegendMinimumHeight = 320;

signals:
    void pointClicked(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    PointSelection *m_selection;
    double m_xExtent = 1.0;
    double m_yExtent = 1.0;
};

} // namespace CityAtlas
