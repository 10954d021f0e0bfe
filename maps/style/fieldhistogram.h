#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QList>
#include <QSet>
#include <QString>

namespace CityAtlas {

struct HistogramBin
{
    double lower = 0.0; // the bin's extent on the chart's x axis
    double upper = 0.0;
    QString label;      // categories only
    int count = 0;
};

// How a field's values are distributed, with the rows behind each bin, so that a histogram
// can show it and select the units of a bin.
class FieldHistogram
{
public:
    // How the number of bins was chosen.
    enum class BinRule {
        FreedmanDiaconis, // bin width 2·IQR·n^(-1/3), as many bins as cover the range
        Sturges,          // ceil(log2 n) + 1 bins: the fallback when the IQR is 0
        Chosen,           // the count the caller asked for
    };
    static constexpr int MaxAutomaticBins = 100;

    // binCount equal-width bins from the smallest to the largest finite value; bin i holds
    // [lower, upper), the last one its upper end too. binCount <= 0 picks the count by the
    // Freedman–Diaconis rule: ceil(range / (2·IQR·n^(-1/3))) bins for n values (as numpy's
    // histogram_bin_edges(..., "fd")), the quartiles interpolated linearly between order
    // statistics (R's quantile type 7); when the IQR is 0, Sturges' ceil(log2 n) + 1; at most
    // MaxAutomaticBins. A constant field gives one bin of width 1 around the value. Rows without
    // a number are in no bin.
    static FieldHistogram ofNumbers(const FeatureTable &table, const QString &field, int binCount = 0);
    // One bin per class of the style, in legend order ("No data" left out), bin i centred
    // on x = i (from i - 0.4 to i + 0.4) and labelled with the class's legend label.
    static FieldHistogram ofClasses(const MapStyle &style, int rowCount);

    // The Freedman–Diaconis count for these finite values (at least 1, at most
    // MaxAutomaticBins); 0 when the interquartile range or the range is 0.
    static int freedmanDiaconisBinCount(QList<double> values);
    static int sturgesBinCount(int valueCount);

    BinRule rule() const { return m_rule; }
    double binWidth() const { return m_bins.isEmpty() ? 0.0 : m_bins.first().upper - m_bins.first().lower; }
    bool isEmpty() const { return m_bins.isEmpty(); }
    bool isCategorical() const { return m_categorical; }
    const QList<HistogramBin> &bins() const { return m_bins; }
    int maxCount() const;
    int binOfRow(int row) const { return m_binOfRow.value(row, -1); }
    int binAt(double x) const; // the bin whose extent holds x, -1 when none
    QSet<int> rowsInBin(int bin) const;
    QList<int> countsOf(const QSet<int> &rows) const; // per bin, how many of these rows it holds

private:
    bool m_categorical = false;
    BinRule m_rule = BinRule::Chosen;
    QList<HistogramBin> m_bins;
    QList<int> m_binOfRow;
};

} // namespace CityAtlas
