#include "widgets/charts/decompositionchart.h"

#include "widgets/charts/charttheme.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalPercentBarSeries>
#include <QtCharts/QValueAxis>

namespace CityAtlas {

DecompositionChart::DecompositionChart(QWidget *parent)
    : ThemedChartView(parent)
{
}

void DecompositionChart::setReport(const InequalityReport &report, const QString &groupName)
{
    const bool decomposed = report.theilTByGroup || report.theilLByGroup || report.giniByGroup;
    QChart *c = resetChart(decomposed ? tr("Within and between groups: %1").arg(groupName)
                                      : tr("Choose a field to decompose by (e.g. region)"));
    if (!decomposed)
        return;

    QStringList categories;
    auto *within = new QBarSet(tr("Within groups"));
    auto *between = new QBarSet(tr("Between groups"));
    auto *transvariation = new QBarSet(tr("Transvariation (Gini)"));
    if (const auto &g = report.giniByGroup) {
        categories << tr("Gini");
        *within << g->within;
        *between << g->netBetween;
        *transvariation << g->transvariation;
    }
    if (const auto &l = report.theilLByGroup) {
        categories << tr("Theil L");
        *within << l->within;
        *between << l->between;
        *transvariation << 0.0;
    }
    if (const auto &t = report.theilTByGroup) {
        categories << tr("Theil T");
        *within << t->within;
        *between << t->between;
        *transvariation << 0.0;
    }
    const QList<QColor> palette = ChartTheme::palette();
    within->setColor(palette[0]);
    between->setColor(palette[1]);
    transvariation->setColor(palette[7]);
    auto *series = new QHorizontalPercentBarSeries;
    series->append({within, between, transvariation});
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    c->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    // The bars carry their percentages; an axis of 0–100 % adds nothing in a narrow dock.
    x->setLabelsVisible(false);
    x->setTickCount(5);
    attachAxes(x, y);
}

} // namespace CityAtlas
