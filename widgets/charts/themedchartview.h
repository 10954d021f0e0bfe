#pragma once

#include <QtCharts/QChartView>

class QValueAxis;

namespace CityAtlas {

// A chart view in the CityAtlas look (ChartTheme), for charts rebuilt from new results.
// The value axes it attaches space their ticks by the room the view has: a round step
// (1, 2, 2.5 or 5 × 10^k) that keeps each label its own width apart (twice the line height on
// a vertical axis), recomputed whenever the plot area changes, so that no tick label is elided.
class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ThemedChartView(QWidget *parent = nullptr);

    // The round tick step for a value range shown over `pixels`, labels `labelPixels` apart at
    // least; with decimals >= 0 the step is a multiple of 10^-decimals (what the labels print).
    static double tickStep(double range, double pixels, double labelPixels, int decimals = -1);

protected:
    // Removes every series and axis and sets the title, ready for new content.
    QChart *resetChart(const QString &title);
    // Adds the axes (styled) and attaches every series to both.
    void attachAxes(QAbstractAxis *x, QAbstractAxis *y);
    // Spaces the ticks of the attached value axes for the current plot area (see above); runs
    // whenever the plot area changes.
    void fitTicks();
};

} // namespace CityAtlas
