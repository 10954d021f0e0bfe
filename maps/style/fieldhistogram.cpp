#include "maps/style/fieldhistogram.h"

#include <algorithm>
#include <cmath>

namespace CityAtlas {

namespace {

// The p-quantile of sorted values, interpolated linearly between order statistics (R type 7).
double quantile(const QList<double> &sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

int FieldHistogram::freedmanDiaconisBinCount(QList<double> values)
{
    if (values.size() < 2)
        return 0;
    std::sort(values.begin(), values.end());
    const double iqr = quantile(values, 0.75) - quantile(values, 0.25);
    const double range = values.last() - values.first();
    if (!(iqr > 0.0) || !(range > 0.0))
        return 0;
    const double width = 2.0 * iqr / std::cbrt(double(values.size()));
    return int(std::clamp(std::ceil(range / width), 1.0, double(MaxAutomaticBins)));
}

int FieldHistogram::sturgesBinCount(int valueCount)
{
    return valueCount > 0 ? int(std::ceil(std::log2(double(valueCount)))) + 1 : 1;
}

FieldHistogram FieldHistogram::ofNumbers(const FeatureTable &table, const QString &field, int binCount)
{
    FieldHistogram h;
    const int column = table.fieldIndex(field);
    if (column < 0)
        return h;
    const QList<double> values = table.numericColumn(column);
    QList<double> finite;
    for (const double v : values)
        if (std::isfinite(v))
            finite << v;
    h.m_binOfRow.fill(-1, values.size());
    const int n = int(finite.size());
    if (n == 0)
        return h;
    const double min = *std::min_element(finite.cbegin(), finite.cend());
    const double max = *std::max_element(finite.cbegin(), finite.cend());
    int bins = 1;
    if (max > min && binCount > 0) {
        bins = binCount;
    } else if (max > min) {
        bins = freedmanDiaconisBinCount(finite);
        h.m_rule = bins > 0 ? BinRule::FreedmanDiaconis : BinRule::Sturges;
        if (bins == 0)
            bins = std::min(sturgesBinCount(n), int(MaxAutomaticBins));
    }
    const double lower = max > min ? min : min - 0.5;
    const double width = max > min ? (max - min) / bins : 1.0;
    for (int i = 0; i < bins; ++i)
        h.m_bins << HistogramBin{lower + i * width, i + 1 == bins ? lower + bins * width : lower + (i + 1) * width, {}, 0};
    for (int row = 0; row < values.size(); ++row) {
        const double v = values[row];
        if (!std::isfinite(v))
            continue;
        const int bin = std::clamp(int(std::floor((v - lower) / width)), 0, bins - 1);
        h.m_binOfRow[row] = bin;
        ++h.m_bins[bin].count;
    }
    return h;
}

FieldHistogram FieldHistogram::ofClasses(const MapStyle &style, int rowCount)
{
    FieldHistogram h;
    h.m_categorical = true;
    const QList<LegendEntry> legend = style.legendEntries();
    h.m_binOfRow.reserve(rowCount);
    int classes = 0;
    for (int row = 0; row < rowCount; ++row) {
        const int c = style.classOfRow(row);
        h.m_binOfRow << c;
        classes = std::max(classes, c + 1);
    }
    for (int i = 0; i < classes && i < legend.size(); ++i)
        h.m_bins << HistogramBin{i - 0.4, i + 0.4, legend[i].label, legend[i].count};
    return h;
}

int FieldHistogram::maxCount() const
{
    int max = 0;
    for (const HistogramBin &bin : m_bins)
        max = std::max(max, bin.count);
    return max;
}

int FieldHistogram::binAt(double x) const
{
    for (int i = 0; i < m_bins.size(); ++i) {
        const bool last = i + 1 == m_bins.size();
        if (x >= m_bins[i].lower && (x < m_bins[i].upper || (last && x <= m_bins[i].upper)))
            return i;
    }
    return -1;
}

QSet<int> FieldHistogram::rowsInBin(int bin) const
{
    QSet<int> rows;
    for (int row = 0; row < m_binOfRow.size(); ++row)
        if (m_binOfRow[row] == bin && bin >= 0)
            rows.insert(row);
    return rows;
}

QList<int> FieldHistogram::countsOf(const QSet<int> &rows) const
{
    QList<int> counts(m_bins.size(), 0);
    for (const int row : rows) {
        const int bin = binOfRow(row);
        if (bin >= 0 && bin < counts.size())
            ++counts[bin];
    }
    return counts;
}

} // namespace CityAtlas
