#pragma once

#include "analysis/inequality.h"

#include "widgets/charts/themedchartview.h"

namespace CityAtlas {

// The Lorenz curve of a variable with the line of equality.
class LorenzChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit LorenzChart(QWidget *parent = nullptr);
    void setCurve(const LorenzCurve &curve, const QString &title, double gini);
};

} // namespace CityAtlas
