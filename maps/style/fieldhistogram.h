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
    // binCount equal-width bins from the smallest to the largest finite value; bin i holds
    // [lower, upper), the last one its upper end too. binCount <= 0 picks the Rice rule
    // ceil(2·n^(1/3)) for n values, within 5..50. A constant field gives one bin of width 1
    // around the value. Rows without a number are in no bin.
    static FieldHistogram ofNumbers(const FeatureTable &table, const QString &field, int binCount = 0);
    // One bin per class of the style, in legend order ("No data" left out), bin i centred
    // on x = i (from i - 0.4 to i + 0.4) and labelled with the class's legend label.
    static FieldHistogram ofClasses(const MapStyle &style, int rowCount);

    static int riceBinCount(int valueCount);

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
    QList<HistogramBin> m_bins;
    QList<int> m_binOfRow;
};

} // namespace CityAtlas
