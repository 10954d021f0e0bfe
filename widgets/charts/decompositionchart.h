#pragma once

#include "analysis/inequalityreport.h"

#include "widgets/charts/themedchartview.h"

namespace CityAtlas {

// How much of each inequality index lies within and between groups: one 100 % bar per
// index (Theil T, Theil L, Dagum's Gini with its transvariation).
class DecompositionChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit DecompositionChart(QWidget *parent = nullptr);
    // Clears the chart when the report has no decomposition.
    void setReport(const InequalityReport &report, const QString &groupName);
};

} // namespace CityAtlas
