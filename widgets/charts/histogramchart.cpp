#include "widgets/charts/histogramchart.h"

#include "maps/models/featureselection.h"
#include "widgets/charts/charttheme.h"

#include <QLocale>
#include <QMouseEvent>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr int GrabDistance = 5; // pixels either side of a break line that start a drag

QColor selectedColor()
{
    return QColor(0x00, 0xbf, 0xff, 200); // the map canvas's selection colour
}

// A bar from x = lower to upper, height count.
QAreaSeries *bar(double lower, double upper, double count, const QColor &color)
{
    auto *top = new QLineSeries;
    top->append(lower, count);
    top->append(upper, count);
    auto *bottom = new QLineSeries;
    bottom->append(lower, 0.0);
    bottom->append(upper, 0.0);
    auto *area = new QAreaSeries(top, bottom);
    top->setParent(area);
    bottom->setParent(area);
    area->setColor(color);
    area->setBorderColor(QColor(0x60, 0x60, 0x60));
    return area;
}

} // namespace

HistogramChart::HistogramChart(QWidget *parent)
    : ThemedChartView(parent)
{
    chart()->legend()->hide();
    setMouseTracking(true);
}

void HistogramChart::setSelection(FeatureSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &FeatureSelection::changed, this, &HistogramChart::showSelection);
    showSelection();
}

void HistogramChart::setHistogram(const FieldHistogram &histogram, const QList<QColor> &binColors,
                                  const QList<double> &breaks, const QString &title)
{
    m_histogram = histogram;
    m_breakSeries.clear();
    m_highlights.clear();
    m_dragged = -1;
    QChart *c = resetChart(title);
    const QList<HistogramBin> &bins = histogram.bins();
    if (bins.isEmpty())
        return;
    // Five whole-number tick steps with a tenth of headroom above the highest bin.
    const double step = std::max(1.0, std::ceil(histogram.maxCount() * 1.1 / 5.0));
    m_top = 5.0 * step;
    for (int i = 0; i < bins.size(); ++i)
        c->addSeries(bar(bins[i].lower, bins[i].upper, bins[i].count, binColors.value(i, ChartTheme::muted())));
    for (const HistogramBin &b : bins) {
        QAreaSeries *highlight = bar(b.lower, b.upper, 0.0, selectedColor());
        highlight->setBorderColor(Qt::transparent);
        m_highlights << highlight;
        c->addSeries(highlight);
    }
    for (const double x : breaks)
        m_breakSeries << addLine(x, QPen(QColor(0x20, 0x20, 0x20), 2.0, Qt::DashLine));

    QAbstractAxis *x = nullptr;
    if (histogram.isCategorical()) {
        auto *categories = new QCategoryAxis;
        categories->setStartValue(-0.5);
        for (int i = 0; i < bins.size(); ++i)
            categories->append(bins[i].label, i + 0.5);
        categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        categories->setRange(-0.5, bins.size() - 0.5);
        x = categories;
    } else {
        auto *values = new QValueAxis;
        values->setRange(bins.first().lower, bins.last().upper);
        values->applyNiceNumbers();
        values->setLabelFormat(u"%.4g"_s);
        values->setTitleText(binRuleText(histogram));
        x = values;
    }
    auto *y = new QValueAxis;
    y->setRange(0.0, m_top);
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(6);
    y->setTitleText(tr("Units"));
    attachAxes(x, y);
    showSelection();
}

QString HistogramChart::binRuleText(const FieldHistogram &histogram)
{
    const int bins = int(histogram.bins().size());
    const QString width = QLocale().toString(histogram.binWidth(), 'g', 3);
    switch (histogram.rule()) {
    case FieldHistogram::BinRule::FreedmanDiaconis:
        return tr("Bins: %1 of width %2 (Freedman–Diaconis: 2·IQR·n^(−1/3))").arg(bins).arg(width);
    case FieldHistogram::BinRule::Sturges:
        return tr("Bins: %1 of width %2 (Sturges: log2 n + 1, as the IQR is 0)").arg(bins).arg(width);
    case FieldHistogram::BinRule::Chosen:
        break;
    }
    return tr("Bins: %1 of width %2 (chosen)").arg(bins).arg(width);
}

QLineSeries *HistogramChart::addLine(double x, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->append(x, 0.0);
    line->append(x, m_top);
    line->setPen(pen);
    chart()->addSeries(line);
    return line;
}

void HistogramChart::showSelection()
{
    const QList<int> counts = m_histogram.countsOf(m_selection ? m_selection->rows() : QSet<int>());
    for (int i = 0; i < m_highlights.size() && i < counts.size(); ++i) {
        QLineSeries *top = m_highlights[i]->upperSeries();
        top->replace(0, QPointF(top->at(0).x(), counts[i]));
        top->replace(1, QPointF(top->at(1).x(), counts[i]));
    }
}

QList<double> HistogramChart::breakLines() const
{
    QList<double> xs;
    for (const QLineSeries *line : m_breakSeries)
        xs << line->at(0).x();
    return xs;
}

QList<int> HistogramChart::highlightedCounts() const
{
    QList<int> counts;
    for (const QAreaSeries *highlight : m_highlights)
        counts << int(std::lround(highlight->upperSeries()->at(0).y()));
    return counts;
}

QPoint HistogramChart::positionOf(QPointF value) const
{
    const QPointF scene = chart()->mapToScene(chart()->mapToPosition(value));
    return mapFromScene(scene);
}

QPointF HistogramChart::valueAt(QPoint position) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(position)));
}

int HistogramChart::breakNear(QPoint position) const
{
    int best = -1;
    int bestDistance = GrabDistance + 1;
    for (int i = 0; i < m_breakSeries.size(); ++i) {
        const int distance = std::abs(positionOf(m_breakSeries[i]->at(0)).x() - position.x());
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

// A dragged break stays between its neighbours (and inside the histogram's range).
double HistogramChart::dragLimit(int index, bool upper) const
{
    const QList<double> xs = breakLines();
    if (upper)
        return index + 1 < xs.size() ? xs[index + 1] : m_histogram.bins().last().upper;
    return index > 0 ? xs[index - 1] : m_histogram.bins().first().lower;
}

void HistogramChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_histogram.isEmpty())
        return ThemedChartView::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    if (m_breaksEditable && !m_histogram.isCategorical()) {
        m_dragged = breakNear(pos);
        if (m_dragged >= 0)
            return event->accept();
    }
    if (!chart()->plotArea().contains(chart()->mapFromScene(mapToScene(pos))))
        return ThemedChartView::mousePressEvent(event);
    event->accept();
    if (!m_selection)
        return;
    const int bin = m_histogram.binAt(valueAt(pos).x());
    const QSet<int> rows = m_histogram.rowsInBin(bin);
    if (event->modifiers() & Qt::ShiftModifier)
        m_selection->add(rows);
    else
        m_selection->setRows(rows);
}

void HistogramChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragged < 0) {
        const bool overBreak = m_breaksEditable && !m_histogram.isCategorical() && breakNear(pos) >= 0;
        setCursor(overBreak ? Qt::SplitHCursor : Qt::ArrowCursor);
        return ThemedChartView::mouseMoveEvent(event);
    }
    const double lower = dragLimit(m_dragged, false), upper = dragLimit(m_dragged, true);
    // Strictly between the neighbours: a thousandth of the gap keeps the breaks increasing.
    const double margin = (upper - lower) * 1e-3;
    const double x = std::clamp(valueAt(pos).x(), lower + margin, upper - margin);
    QLineSeries *line = m_breakSeries[m_dragged];
    line->replace(0, QPointF(x, 0.0));
    line->replace(1, QPointF(x, m_top));
    event->accept();
}

void HistogramChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged < 0)
        return ThemedChartView::mouseReleaseEvent(event);
    const int index = m_dragged;
    m_dragged = -1;
    event->accept();
    emit breakMoved(index, m_breakSeries[index]->at(0).x());
}

} // namespace CityAtlas
