#include "maps/style/fieldhistogram.h"

#include <algorithm>
#include <cmath>

namespace CityAtlas {

int FieldHistogram::riceBinCount(int valueCount)
{
    return std::clamp(int(std::ceil(2.0 * std::cbrt(double(valueCount)))), 5, 50);
}

FieldHistogram FieldHistogram::ofNumbers(const FeatureTable &table, const QString &field, int binCount)
{
    FieldHistogram h;
    const int column = table.fieldIndex(field);
    if (column < 0)
        return h;
    const QList<double> values = table.numericColumn(column);
    double min = 0.0, max = 0.0;
    int n = 0;
    for (const double v : values) {
        if (!std::isfinite(v))
            continue;
        min = n == 0 ? v : std::min(min, v);
        max = n == 0 ? v : std::max(max, v);
        ++n;
    }
    h.m_binOfRow.fill(-1, values.size());
    if (n == 0)
        return h;
    const int bins = max > min ? (binCount > 0 ? binCount : riceBinCount(n)) : 1;
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
