#include "widgets/charts/rankedbarchart.h"

#include "widgets/charts/charttheme.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace CityAtlas {

RankedBarChart::RankedBarChart(QWidget *parent)
    : ThemedChartView(parent)
{
    chart()->legend()->hide();
}

void RankedBarChart::clear(const QString &title)
{
    resetChart(title);
    m_set = nullptr;
}

int RankedBarChart::barCount() const
{
    return m_set ? int(m_set->count()) : 0;
}

void RankedBarChart::setScores(const QStringList &names, const QList<double> &scores, const QList<int> &ranks,
                               const QString &title, const QString &scoreTitle)
{
    QChart *c = resetChart(title);
    const int n = int(std::min(names.size(), scores.size()));
    // A horizontal bar chart draws its first category at the bottom: append worst first.
    m_set = new QBarSet(scoreTitle);
    m_set->setColor(ChartTheme::accent());
    m_set->setBorderColor(ChartTheme::accent());
    m_set->setSelectedColor(QColor(0x00, 0xbf, 0xff));
    QStringList categories;
    double low = 0.0, high = 0.0;
    for (int k = n - 1; k >= 0; --k) {
        m_set->append(scores[k]);
        categories << tr("%1. %2").arg(ranks.value(k, k + 1)).arg(names[k]);
        low = std::min(low, scores[k]);
        high = std::max(high, scores[k]);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(m_set);
    series->setBarWidth(0.75);
    c->addSeries(series);
    connect(m_set, &QBarSet::clicked, this, [this, n](int bar) { emit barClicked(n - 1 - bar); });
    connect(m_set, &QBarSet::hovered, this, [this, n, names, scores](bool state, int bar) {
        const int k = n - 1 - bar;
        setToolTip(state && k >= 0 && k < n ? tr("%1: %2").arg(names[k], QLocale().toString(scores[k], 'f', 4)) : QString());
    });

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    // A round upper end a little above the best score, so that the top bar does not touch the frame.
    const double step = high - low > 0.0 ? std::pow(10.0, std::floor(std::log10((high - low) / 2.0))) : 0.1;
    x->setRange(low < 0.0 ? std::floor(low / step) * step : 0.0, high > 0.0 ? std::ceil(high * 1.02 / step) * step : 1.0);
    x->setTitleText(scoreTitle);
    x->setLabelFormat(QStringLiteral("%.2f"));
    x->setTickCount(6);
    // The chart is taller than its view: the score axis goes on top, seen without scrolling.
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    y->setLabelsFont(ChartTheme::sourceLineFont());
    c->addAxis(x, Qt::AlignTop);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void RankedBarChart::setHighlighted(const QList<int> &indices)
{
    if (!m_set)
        return;
    const int n = int(m_set->count());
    m_set->deselectAllBars();
    QList<int> bars;
    for (int k : indices)
        if (k >= 0 && k < n)
            bars << n - 1 - k;
    m_set->selectBars(bars);
}

} // namespace CityAtlas
