#include "widgets/charts/labelfit.h"

#include "widgets/charts/figure.h"
#include "widgets/charts/figuredata.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr const char *FitProperty = "cityatlasLabelFit"; // part → [quality, point size, minimum]

QString points(double size)
{
    return QLocale().toString(size, 'g', 3);
}

} // namespace

LabelFit::Size LabelFit::largest(double largest, double minimum, const std::function<bool(double)> &fits)
{
    minimum = std::max(minimum, FloorPointSize);
    // From the largest size down, in half points (the largest itself may be, say, 6.75 pt).
    for (double size = largest; size >= FloorPointSize - 1e-9; size -= 0.5) {
        const double at = std::max(size, FloorPointSize);
        if (fits(at))
            return {at, minimum, at >= minimum - 1e-9 ? Quality::Fits : Quality::BelowMinimum};
    }
    return {FloorPointSize, minimum, Quality::Overflows};
}

QStringList LabelFit::wrap(const QString &text, const QFont &font, double maxWidth, bool balanced)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n'))
        lines << FigureData::wrapText(paragraph, font, maxWidth, balanced);
    return lines;
}

LabelFit::Column LabelFit::column(const QStringList &texts, const QFont &font, double largest, double minimum, double minWidth,
                                  double maxWidth, const Room &room)
{
    maxWidth = std::max(maxWidth, 1.0);
    minWidth = std::clamp(minWidth, 1.0, maxWidth);
    Column best;
    const auto wrapped = [&](const QFont &f, double width, bool balanced = false) {
        QList<QStringList> lines;
        for (const QString &text : texts)
            lines << wrap(text, f, width, balanced);
        return lines;
    };
    const auto tryAt = [&](double pointSize) {
        QFont f = font;
        f.setPointSizeF(pointSize);
        const double spacing = QFontMetricsF(f).lineSpacing();
        QList<QStringList> lines = wrapped(f, maxWidth);
        if (!room(lines, spacing))
            return false;
        // The narrowest width that still has room: more width for the rest of the figure.
        double low = minWidth, high = maxWidth;
        if (room(wrapped(f, low), spacing)) {
            high = low;
        } else {
            for (int step = 0; step < 12 && high - low > 1.0; ++step) {
                const double middle = (low + high) / 2;
                (room(wrapped(f, middle), spacing) ? high : low) = middle;
            }
        }
        best.width = high;
        best.lines = wrapped(f, high, true); // as many lines, of about the same length
        best.lineSpacing = spacing;
        return true;
    };
    best.size = LabelFit::largest(largest, minimum, tryAt);
    if (best.size.quality == Quality::Overflows) { // the best it can do: the floor, the widest column
        QFont f = font;
        f.setPointSizeF(best.size.pointSize);
        best.width = maxWidth;
        best.lines = wrapped(f, maxWidth);
        best.lineSpacing = QFontMetricsF(f).lineSpacing();
    }
    return best;
}

LabelFit::Room LabelFit::rows(double rowHeight, int maxLines)
{
    return [rowHeight, maxLines](const QList<QStringList> &lines, double lineSpacing) {
        for (const QStringList &l : lines)
            if (l.size() > maxLines || double(l.size()) * lineSpacing > rowHeight)
                return false;
        return true;
    };
}

void LabelFit::record(QChart *chart, const QString &part, const Size &size)
{
    QVariantMap fits = chart->property(FitProperty).toMap();
    const QVariantList value{int(size.quality), size.pointSize, size.minimum};
    if (fits.value(part) != value) {
        fits.insert(part, value);
        chart->setProperty(FitProperty, fits);
    }
}

QStringList LabelFit::shortfalls(const QChart &chart)
{
    QStringList messages;
    const QVariantMap fits = chart.property(FitProperty).toMap();
    for (auto it = fits.cbegin(); it != fits.cend(); ++it) {
        const QVariantList value = it.value().toList();
        const auto quality = Quality(value.value(0).toInt());
        const double size = value.value(1).toDouble(), minimum = value.value(2).toDouble();
        if (quality == Quality::BelowMinimum)
            messages << FigureText::tr("%1 are set at %2 pt, below their %3 pt minimum").arg(it.key(), points(size), points(minimum));
        else if (quality == Quality::Overflows)
            messages << FigureText::tr("%1 do not fit even at %2 pt: some overlap or are cut").arg(it.key(), points(size));
    }
    return messages;
}

} // namespace CityAtlas
