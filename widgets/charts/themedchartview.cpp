#include "widgets/charts/themedchartview.h"

#include "widgets/charts/charttheme.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace CityAtlas {
namespace {

// Axes that attachAxes() added and fitTicks() spaces.
constexpr char FittedProperty[] = "cityatlasFittedTicks";

// A label as the axis prints it (its printf-style format).
QString axisLabel(const QValueAxis *axis, double value)
{
    const QByteArray format = axis->labelFormat().toLatin1();
    if (format.isEmpty())
        return QString::number(value);
    if (format.contains('d') || format.contains('i'))
        return QString::asprintf(format.constData(), int(std::lround(value)));
    return QString::asprintf(format.constData(), value);
}

// The decimals an axis's label format prints: 0 for %d, N for %.Nf; -1 when any step reads
// right (%g, %e).
int formatDecimals(const QValueAxis *axis)
{
    const QString format = axis->labelFormat();
    if (format.contains(u'd') || format.contains(u'i'))
        return 0;
    static const QRegularExpression fixed(QStringLiteral("%[-+ #0]*\\d*\\.(\\d+)f"));
    if (const auto match = fixed.match(format); match.hasMatch())
        return match.captured(1).toInt();
    return format.contains(u'f') ? 6 : -1;
}

} // namespace

ThemedChartView::ThemedChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);
    ChartTheme::apply(chart());
    connect(chart(), &QChart::plotAreaChanged, this, &ThemedChartView::fitTicks);
}

double ThemedChartView::tickStep(double range, double pixels, double labelPixels, int decimals)
{
    if (!(range > 0.0) || !std::isfinite(range))
        return 1.0;
    const double intervals = std::max(1.0, std::floor(pixels / std::max(labelPixels, 1.0)));
    const double raw = range / intervals;
    // A step the labels can print exactly: a multiple of 10^-decimals.
    const auto printable = [decimals](double step) {
        if (decimals < 0)
            return true;
        const double scaled = step * std::pow(10.0, decimals);
        return scaled >= 1.0 - 1e-9 && std::abs(scaled - std::round(scaled)) < 1e-6;
    };
    // The round steps from below raw upwards; the first one at least raw keeps labels apart.
    QList<double> steps;
    for (double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 1.0); steps.isEmpty() || steps.last() < raw;
         magnitude *= 10.0)
        for (const double m : {1.0, 2.0, 2.5, 5.0})
            if (printable(m * magnitude))
                steps << m * magnitude;
    const auto up = std::find_if(steps.cbegin(), steps.cend(), [raw](double step) { return step >= raw * (1.0 - 1e-9); });
    // In a very short or narrow plot that step can leave a single interval (only the tick at 0 on
    // an axis symmetric about 0); the round step below it then gives two, a little closer.
    if (*up > range / 2.0 && up != steps.cbegin() && *(up - 1) > 0.0)
        return *(up - 1);
    return *up;
}

QChart *ThemedChartView::resetChart(const QString &title)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(title);
    return c;
}

void ThemedChartView::attachAxes(QAbstractAxis *x, QAbstractAxis *y)
{
    QChart *c = chart();
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    for (QAbstractAxis *axis : {x, y})
        if (auto *values = qobject_cast<QValueAxis *>(axis); values && values->tickType() == QValueAxis::TicksFixed)
            values->setProperty(FittedProperty, true);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    fitTicks();
}

void ThemedChartView::fitTicks()
{
    QChart *c = chart();
    // Before the first layout the plot area is empty: estimate it from the view.
    QRectF plot = c->plotArea();
    if (plot.width() < 1.0 || plot.height() < 1.0)
        plot = QRectF(QPointF(), QSizeF(size()) * 0.75);
    for (QAbstractAxis *axis : c->axes()) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        if (!values || !values->property(FittedProperty).toBool() || !values->isVisible())
            continue;
        const QFontMetricsF metrics(values->labelsFont());
        const bool horizontal = values->orientation() == Qt::Horizontal;
        double labelPixels = 2.0 * metrics.height();
        if (horizontal) {
            double widest = 0.0;
            for (const double v : {values->min(), values->max(), (values->min() + values->max()) / 2.0})
                widest = std::max(widest, metrics.horizontalAdvance(axisLabel(values, v)));
            labelPixels = widest + 2.0 * metrics.averageCharWidth() + 8.0;
        }
        const double step = tickStep(values->max() - values->min(), horizontal ? plot.width() : plot.height(),
                                     labelPixels, formatDecimals(values));
        if (values->tickType() == QValueAxis::TicksDynamic && values->tickInterval() == step)
            continue; // unchanged: no new layout
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0.0);
        values->setTickInterval(step);
    }
}

} // namespace CityAtlas
