#pragma once

#include <QtCharts/QChartView>

namespace CityAtlas {

// A chart view in the CityAtlas look (ChartTheme), for charts rebuilt from new results.
class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ThemedChartView(QWidget *parent = nullptr);

protected:
    // Removes every series and axis and sets the title, ready for new content.
    QChart *resetChart(const QString &title);
    // Adds the axes (styled) and attaches every series to both.
    void attachAxes(QAbstractAxis *x, QAbstractAxis *y);
};

} // namespace CityAtlas
