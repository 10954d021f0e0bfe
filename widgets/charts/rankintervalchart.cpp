#include "widgets/charts/rankintervalchart.h"

#include "widgets/charts/charttheme.h"

#include <QLocale>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace CityAtlas {

RankIntervalChart::RankIntervalChart(QWidget *parent)
    : ThemedChartView(parent)
{
    chart()->legend()->setAlignment(Qt::AlignTop);
}

void RankIntervalChart::clear(const QString &title)
{
    resetChart(title);
    m_order.clear();
    m_intervals.clear();
    m_selected = nullptr;
}

QList<int> RankIntervalChart::setIntervals(const QList<RankInterval> &intervals, int unitCount, const QString &title)
{
    QChart *c = resetChart(title);
    m_intervals = intervals;
    const int n = int(intervals.size());
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [&intervals](int a, int b) {
        const RankInterval &p = intervals[a], &q = intervals[b];
        return p.median != q.median ? p.median < q.median : p.rank < q.rank;
    });
    // Row y = n − 1 − position: the best unit at the top.
    const auto rowOf = [n](int position) { return double(n - 1 - position); };

    const QColor accent = ChartTheme::accent();
    QColor bar = accent;
    bar.setAlpha(150);
    // Units whose 5–95 % interval spans more than a quarter of the ranks stand out.
    QColor wide = ChartTheme::palette()[1];
    wide.setAlpha(170);
    auto *medians = new QScatterSeries;
    medians->setName(tr("Median rank"));
    medians->setMarkerSize(7);
    medians->setColor(QColor(0x20, 0x20, 0x20));
    medians->setBorderColor(QColor(0x20, 0x20, 0x20));
    auto *nominal = new QScatterSeries;
    nominal->setName(tr("Rank with the chosen weights"));
    nominal->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    nominal->setMarkerSize(9);
    nominal->setColor(Qt::white);
    nominal->setBorderColor(ChartTheme::palette()[4]);
    QLineSeries *firstNarrow = nullptr, *firstWide = nullptr;
    QList<QLineSeries *> bars;
    for (int position = 0; position < n; ++position) {
        const RankInterval &u = intervals[m_order[position]];
        const double y = rowOf(position);
        auto *line = new QLineSeries;
        line->append(u.lower, y);
        line->append(u.upper, y);
        const bool isWide = u.upper - u.lower > unitCount / 4.0;
        QPen pen(isWide ? wide : bar, 6.0);
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        if (isWide && !firstWide) {
            firstWide = line;
            line->setName(tr("5–95 %, wider than a quarter of the ranks"));
        } else if (!isWide && !firstNarrow) {
            firstNarrow = line;
            line->setName(tr("5–95 % of the draws"));
        }
        bars << line;
        medians->append(u.median, y);
        nominal->append(u.rank, y);
    }
    for (QLineSeries *line : bars)
        c->addSeries(line);
    c->addSeries(nominal);
    c->addSeries(medians);
    m_selected = new QScatterSeries;
    m_selected->setName(tr("Selected"));
    m_selected->setMarkerSize(12);
    m_selected->setColor(QColor(0x00, 0xbf, 0xff));
    m_selected->setBorderColor(Qt::black);
    c->addSeries(m_selected);
    for (QLineSeries *line : bars)
        if (line != firstNarrow && line != firstWide)
            for (QLegendMarker *marker : c->legend()->markers(line))
                marker->setVisible(false);
    for (QLegendMarker *marker : c->legend()->markers(m_selected))
        marker->setVisible(false);
    for (QLegendMarker *marker : c->legend()->markers(nominal))
        marker->setBrush(nominal->borderColor()); // the hollow diamond would show as a white box
    for (QScatterSeries *points : {medians, nominal}) {
        connect(points, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            const int position = int(std::lround(double(m_order.size()) - 1.0 - p.y()));
            if (position >= 0 && position < m_order.size())
                emit unitClicked(m_order[position]);
        });
        connect(points, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
            const int position = int(std::lround(double(m_order.size()) - 1.0 - p.y()));
            if (!state || position < 0 || position >= m_order.size())
                return setToolTip({});
            const RankInterval &u = m_intervals[m_order[position]];
            const QLocale l;
            setToolTip(tr("%1: rank %2, median %3, 5–95 %: %4–%5")
                           .arg(u.name, l.toString(u.rank), l.toString(u.median, 'f', 1), l.toString(u.lower, 'f', 1),
                                l.toString(u.upper, 'f', 1)));
        });
    }

    auto *x = new QValueAxis;
    x->setRange(0.5, std::max(unitCount, 1) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(unitCount > 40 ? 10.0 : 5.0);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Rank (1 = best)"));
    auto *y = new QCategoryAxis;
    y->setRange(-0.5, n - 0.5);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int position = n - 1; position >= 0; --position)
        y->append(intervals[m_order[position]].name, rowOf(position));
    y->setGridLineVisible(false);
    // The chart is taller than its view: the rank axis and the legend go on top, where they
    // are seen without scrolling.
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    y->setLabelsFont(ChartTheme::sourceLineFont());
    // The same rank axis below, for the units at the end of a long chart.
    auto *bottom = new QValueAxis;
    bottom->setRange(x->min(), x->max());
    bottom->setTickType(QValueAxis::TicksDynamic);
    bottom->setTickAnchor(x->tickAnchor());
    bottom->setTickInterval(x->tickInterval());
    bottom->setLabelFormat(x->labelFormat());
    ChartTheme::styleAxis(bottom);
    bottom->setGridLineVisible(false);
    c->addAxis(x, Qt::AlignTop);
    c->addAxis(bottom, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(bottom);
        s->attachAxis(y);
    }
    return m_order;
}

void RankIntervalChart::setHighlighted(const QList<int> &indices)
{
    if (!m_selected)
        return;
    QList<QPointF> points;
    const int n = int(m_order.size());
    for (int position = 0; position < n; ++position)
        if (indices.contains(m_order[position]))
            points << QPointF(m_intervals[m_order[position]].median, double(n - 1 - position));
    m_selected->replace(points);
}

} // namespace CityAtlas
