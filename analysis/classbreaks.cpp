#include "analysis/classbreaks.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

// Above this many distinct values natural breaks runs on a sample (see naturalBreaks()).
// Same limit as QGIS: QgsClassificationJenks::mMaximumSize = 3000
// (qgis/QGIS src/core/classification/qgsclassificationjenks.h).
constexpr qsizetype JenksMaximumSize = 3000;

// Relative tolerance of ClassBreaks::classOf() at both ends of the range.
constexpr double RangeTolerance = 1e-12;

// Sorted distinct values with their multiplicities.
struct WeightedValues
{
    std::vector<double> values;
    std::vector<double> weights;

    explicit WeightedValues(const std::vector<double> &sorted)
    {
        for (const double x : sorted) {
            if (!values.empty() && values.back() == x) {
                weights.back() += 1.0;
            } else {
                values.push_back(x);
                weights.push_back(1.0);
            }
        }
    }

    qsizetype size() const { return qsizetype(values.size()); }
};

// Weighted sums of squared deviations of runs of WeightedValues in O(1), from prefix sums.
// The values are shifted by their weighted mean first, which keeps the usual
// sum(x²) - sum(x)²/n formula away from catastrophic cancellation for data like
// 1e6 + small differences.
class SquaredDeviations
{
public:
    explicit SquaredDeviations(const WeightedValues &data)
    {
        const std::size_t m = data.values.size();
        double totalWeight = 0.0;
        double total = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            totalWeight += data.weights[i];
            total += data.weights[i] * data.values[i];
        }
        const double shift = totalWeight > 0.0 ? total / totalWeight : 0.0;

        m_weight.assign(m + 1, 0.0);
        m_sum.assign(m + 1, 0.0);
        m_sumOfSquares.assign(m + 1, 0.0);
        for (std::size_t i = 0; i < m; ++i) {
            const double w = data.weights[i];
            const double x = data.values[i] - shift;
            m_weight[i + 1] = m_weight[i] + w;
            m_sum[i + 1] = m_sum[i] + w * x;
            m_sumOfSquares[i + 1] = m_sumOfSquares[i] + w * x * x;
        }
    }

    // Sum of squared deviations from their mean of the values with indices first..last
    // (inclusive, first <= last).
    double operator()(qsizetype first, qsizetype last) const
    {
        const auto a = std::size_t(first);
        const auto b = std::size_t(last) + 1;
        const double w = m_weight[b] - m_weight[a];
        const double s = m_sum[b] - m_sum[a];
        const double q = m_sumOfSquares[b] - m_sumOfSquares[a];
        return std::max(0.0, q - s * s / w);
    }

private:
    std::vector<double> m_weight;
    std::vector<double> m_sum;
    std::vector<double> m_sumOfSquares;
};

// Equal interval: bounds[i] = min + i·(max - min)/k, the last bound set to max exactly.
QList<double> equalInterval(const std::vector<double> &sorted, int k)
{
    const double min = sorted.front();
    const double max = sorted.back();
    const double width = max - min;
    // (max - min) overflows only for data spanning most of the double range.
    const double step = std::isfinite(width) ? width / k : max / k - min / k;

    QList<double> bounds;
    bounds.reserve(k + 1);
    bounds.append(min);
    for (int i = 1; i < k; ++i)
        bounds.append(std::clamp(min + i * step, bounds.last(), max));
    bounds.append(max);
    return bounds;
}

// Quantile, R's type 7 (the default of R's quantile() and of NumPy's percentile(), which
// mapclassify's Quantiles uses; QGIS's QgsClassificationQuantile computes the same
// (1 - r)·x[⌊h⌋] + r·x[⌊h⌋ + 1]). With the n sorted values x[0..n-1] and p = i/k:
//     h = (n - 1)·p,   Q(p) = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋])
// bounds[i] = Q(i/k), so bounds[0] = min and bounds[k] = max, and the upper bound of class i
// is Q((i + 1)/k). h is computed in integers, (n - 1)·i = ⌊h⌋·k + remainder, so the
// interpolation weight is exact. Equal upper bounds (ties in the data) are merged, which gives
// fewer classes; as in mapclassify (whose bins are the unique upper bounds), a first upper bound
// equal to the minimum keeps a class of only the minimum: 28 zeros and six counts of 1–4 give
// the classes [0, 0] and (0, 4], not one class.
QList<double> quantile(const std::vector<double> &sorted, int k)
{
    const auto n = qint64(sorted.size());
    QList<double> bounds;
    bounds.reserve(k + 1);
    bounds.append(sorted.front());
    for (int i = 1; i < k; ++i) {
        const qint64 scaled = (n - 1) * i;
        const auto lower = std::size_t(scaled / k);
        const double fraction = double(scaled % k) / k;
        const double a = sorted[lower];
        const double b = sorted[std::min(lower + 1, sorted.size() - 1)];
        // The clamps only guard against rounding; the formula is monotonic in exact arithmetic.
        const double q = std::clamp(a + fraction * (b - a), a, b);
        bounds.append(std::max(q, bounds.last()));
    }
    bounds.append(sorted.back());
    bounds.erase(std::unique(bounds.begin() + 1, bounds.end()), bounds.end());
    if (bounds.size() > 2 && bounds[0] == bounds[1] && bounds[1] == bounds.last())
        bounds.resize(2);
    return bounds;
}

// Fisher's exact optimal partition of sorted data into k contiguous groups, minimising the
// total within-group sum of squared deviations (Fisher 1958, "On grouping for maximum
// homogeneity", JASA 53:789-798; Jenks 1977 "Optimal data classification for choropleth
// maps"). Dynamic programming over the distinct values, weighted by their counts, so equal
// values always share a class:
//     D[c][j] = min over i of D[c-1][i-1] + SSD(i..j),   D[0][j] = SSD(0..j)
// O(k·m²) time for m distinct values (about 1.5 s for m = 3000, k = 10 in a Debug build),
// O(k·m) memory for the arg-min table. Ties between
// partitions of equal cost go to the smallest start index (deterministic).
// Returns the k + 1 bounds: min, the maxima of classes 0..k-2, max.
std::vector<double> fisherJenks(const WeightedValues &data, int k)
{
    const qsizetype m = data.size();
    const SquaredDeviations ssd(data);

    std::vector<double> previous(std::size_t(m), 0.0);
    for (qsizetype j = 0; j < m; ++j)
        previous[std::size_t(j)] = ssd(0, j);

    // start[c·m + j]: first index of class c when classes 0..c end at index j.
    std::vector<qsizetype> start(std::size_t(k) * std::size_t(m), 0);
    std::vector<double> current(std::size_t(m), 0.0);
    for (int c = 1; c < k; ++c) {
        // Class c needs at least one value, and the k-1-c classes after it need one each.
        for (qsizetype j = c; j <= m - k + c; ++j) {
            double best = std::numeric_limits<double>::infinity();
            qsizetype bestStart = c;
            for (qsizetype i = c; i <= j; ++i) {
                const double cost = previous[std::size_t(i - 1)] + ssd(i, j);
                if (cost < best) {
                    best = cost;
                    bestStart = i;
                }
            }
            current[std::size_t(j)] = best;
            start[std::size_t(c) * std::size_t(m) + std::size_t(j)] = bestStart;
        }
        std::swap(previous, current);
    }

    std::vector<double> bounds(std::size_t(k) + 1);
    bounds.front() = data.values.front();
    bounds.back() = data.values.back();
    qsizetype last = m - 1;
    for (int c = k - 1; c >= 1; --c) {
        const qsizetype first = start[std::size_t(c) * std::size_t(m) + std::size_t(last)];
        bounds[std::size_t(c)] = data.values[std::size_t(first - 1)];
        last = first - 1;
    }
    return bounds;
}

// Natural breaks (Jenks).
//
// Up to JenksMaximumSize (3000) distinct values: fisherJenks() on all values, the exact
// optimum. (The cost depends on the number of distinct values m, not on n, so a large layer
// with few distinct values is still solved exactly.)
//
// Above that, the O(k·m²) optimisation runs on a deterministic sample, as QGIS does for
// more than 3000 values (QgsClassificationJenks::calculateBreaks samples to mMaximumSize;
// older QGIS releases drew the sample at random, we never do, so a map looks the same
// every time it is drawn). Our sample is the n sorted values at 3000 evenly spaced ranks
// r_s = round(s·(n - 1)/2999), s = 0..2999; r_0 = 0 and r_2999 = n - 1, so the sample
// always holds the minimum and the maximum.
// The sample's class maxima are then refined on the full data: full-data values that lie
// between a sample class maximum and the next sample value were never seen by the
// optimisation, so each inner bound may move up within that gap to the full-data value that
// minimises the squared deviations of its two adjacent classes (one pass, lowest to highest
// bound; the original position is a candidate, so the full-data cost never increases).
// Without this, clear clusters would lose their top few values to the next class.
QList<double> naturalBreaks(const std::vector<double> &sorted, int k)
{
    const auto n = qsizetype(sorted.size());
    const WeightedValues full(sorted);

    if (full.size() <= JenksMaximumSize) {
        const std::vector<double> bounds = fisherJenks(full, std::min(k, int(full.size())));
        return QList<double>(bounds.cbegin(), bounds.cend());
    }

    std::vector<double> sampled;
    sampled.reserve(std::size_t(JenksMaximumSize));
    const qint64 intervals = JenksMaximumSize - 1;
    for (qint64 s = 0; s < JenksMaximumSize; ++s)
        sampled.push_back(sorted[std::size_t((s * (n - 1) + intervals / 2) / intervals)]);
    const WeightedValues sample(sampled);
    const int classes = std::min(k, int(sample.size()));
    std::vector<double> bounds = fisherJenks(sample, classes);

    // Refinement on the full data. Indices below are into full.values.
    const SquaredDeviations ssd(full);
    const auto indexOf = [&full](double value) {
        return qsizetype(std::lower_bound(full.values.cbegin(), full.values.cend(), value)
                         - full.values.cbegin());
    };
    for (int c = 1; c < classes; ++c) {
        const qsizetype leftFirst = c == 1 ? 0 : indexOf(bounds[std::size_t(c) - 1]) + 1;
        const qsizetype rightLast = indexOf(bounds[std::size_t(c) + 1]);
        const qsizetype current = indexOf(bounds[std::size_t(c)]);
        // The next sample value above this bound starts class c+1 in the sample.
        const double nextSampleValue = *std::upper_bound(sample.values.cbegin(), sample.values.cend(),
                                                         bounds[std::size_t(c)]);
        const qsizetype lastCandidate = indexOf(nextSampleValue) - 1;

        qsizetype best = current;
        double bestCost = ssd(leftFirst, current) + ssd(current + 1, rightLast);
        for (qsizetype p = current + 1; p <= lastCandidate; ++p) {
            const double cost = ssd(leftFirst, p) + ssd(p + 1, rightLast);
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        bounds[std::size_t(c)] = full.values[std::size_t(best)];
    }
    return QList<double>(bounds.cbegin(), bounds.cend());
}

// Standard deviation classes, one (population, 1/n) standard deviation wide.
//
// Convention: like ArcGIS's StandardDeviation classification with a one-sd interval, one
// class straddles the mean (mean ± ½·sd) and the others follow on either side, each one sd
// wide, the outermost ones reaching to min and max (ArcObjects "StandardDeviation CoClass",
// desktop.arcgis.com/en/arcobjects/latest/net/StandardDeviation.htm; there the interval, not
// a class count, fixes the number of classes). Here k is asked for: the candidate inner
// bounds form the grid g_j = mean + (j + ½)·sd over all integers j, i.e. mean ± 0.5 sd,
// ± 1.5 sd, ... Only grid points strictly inside (min, max) can be bounds. Of those, k - 1 consecutive ones are taken, as nearly centred on the mean
// as possible:
//   - k odd: j = -(k-1)/2 .. (k-1)/2 - 1, symmetric, the middle class is mean ± ½·sd;
//   - k even: one bound more on the side where the data reaches further from the mean
//     (max - mean vs. mean - min; the upper side on a tie);
//   - if that window runs past min or max it slides towards the other side as far as the
//     data allows (skewed data still gets k classes when the range has room);
//   - if fewer than k - 1 grid points lie inside (min, max), all of them are used, which
//     gives fewer classes.
// The outer bounds are min and max. sd == 0 gives one class.
QList<double> standardDeviation(const std::vector<double> &sorted, int k)
{
    const double min = sorted.front();
    const double max = sorted.back();
    const auto n = double(sorted.size());

    double sum = 0.0;
    for (const double x : sorted)
        sum += x;
    const double mean = sum / n;
    double squares = 0.0;
    for (const double x : sorted)
        squares += (x - mean) * (x - mean);
    const double sd = std::sqrt(squares / n);

    QList<double> bounds{min};
    if (k > 1 && sd > 0.0 && std::isfinite(sd)) {
        const auto grid = [mean, sd](qint64 j) { return mean + (double(j) + 0.5) * sd; };

        // Lowest and highest grid index strictly inside (min, max); the loops fix rounding
        // in the closed-form guess.
        auto low = qint64(std::ceil((min - mean) / sd - 0.5));
        while (grid(low) <= min)
            ++low;
        while (grid(low - 1) > min)
            --low;
        auto high = qint64(std::floor((max - mean) / sd - 0.5));
        while (grid(high) >= max)
            --high;
        while (grid(high + 1) < max)
            ++high;

        const qint64 available = high - low + 1;
        const qint64 wanted = k - 1;
        qint64 first = low;
        qint64 count = std::max<qint64>(0, available);
        if (available > wanted) {
            if (wanted % 2 == 0)
                first = -wanted / 2;
            else
                first = (max - mean >= mean - min) ? -(wanted - 1) / 2 : -(wanted + 1) / 2;
            first = std::clamp(first, low, high - wanted + 1);
            count = wanted;
        }
        for (qint64 j = first; j < first + count; ++j)
            bounds.append(grid(j));
    }
    bounds.append(max);
    return bounds;
}

} // namespace

QString methodKey(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::EqualInterval:
        return u"equal"_s;
    case ClassificationMethod::Quantile:
        return u"quantile"_s;
    case ClassificationMethod::NaturalBreaks:
        return u"jenks"_s;
    case ClassificationMethod::StdDev:
        return u"stddev"_s;
    case ClassificationMethod::Manual:
        return u"manual"_s;
    case ClassificationMethod::UniqueValues:
        return u"unique"_s;
    }
    return QString();
}

bool methodFromKey(const QString &key, ClassificationMethod *method)
{
    struct Alias
    {
        QLatin1StringView key;
        ClassificationMethod method;
    };
    static constexpr Alias aliases[] = {
        {QLatin1StringView("equal"), ClassificationMethod::EqualInterval},
        {QLatin1StringView("equal-interval"), ClassificationMethod::EqualInterval},
        {QLatin1StringView("quantile"), ClassificationMethod::Quantile},
        {QLatin1StringView("jenks"), ClassificationMethod::NaturalBreaks},
        {QLatin1StringView("natural"), ClassificationMethod::NaturalBreaks},
        {QLatin1StringView("stddev"), ClassificationMethod::StdDev},
        {QLatin1StringView("manual"), ClassificationMethod::Manual},
        {QLatin1StringView("unique"), ClassificationMethod::UniqueValues},
    };
    const QString trimmed = key.trimmed();
    for (const Alias &alias : aliases) {
        if (trimmed.compare(alias.key, Qt::CaseInsensitive) == 0) {
            if (method)
                *method = alias.method;
            return true;
        }
    }
    return false;
}

int ClassBreaks::classOf(double value) const
{
    if (bounds.size() < 2 || std::isnan(value))
        return -1;
    const double min = bounds.first();
    const double max = bounds.last();
    // Values computed elsewhere (a re-read file, a recomputed rate) may miss min or max by
    // a rounding error; those still belong to the first or last class.
    const double tolerance = RangeTolerance * std::max(std::abs(min), std::abs(max));
    if (value < min)
        return value >= min - tolerance ? 0 : -1;
    if (value > max)
        return value <= max + tolerance ? classCount() - 1 : -1;
    // First bound >= value among bounds[1..]: value lies in (bounds[i], bounds[i+1]].
    const auto it = std::lower_bound(bounds.cbegin() + 1, bounds.cend(), value);
    return int(it - bounds.cbegin()) - 1;
}

ClassBreaks computeBreaks(std::span<const double> values, int classCount, ClassificationMethod method)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (const double x : values) {
        if (std::isfinite(x))
            sorted.push_back(x);
    }
    if (sorted.empty())
        return {};
    std::sort(sorted.begin(), sorted.end());

    qsizetype distinct = 1;
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i] != sorted[i - 1])
            ++distinct;
    }
    if (distinct == 1)
        return {{sorted.front(), sorted.front()}};
    const int k = int(std::clamp<qsizetype>(classCount, 1, distinct));

    ClassBreaks result;
    switch (method) {
    case ClassificationMethod::EqualInterval:
        result.bounds = equalInterval(sorted, k);
        break;
    case ClassificationMethod::Quantile:
        result.bounds = quantile(sorted, k);
        break;
    case ClassificationMethod::NaturalBreaks:
        result.bounds = naturalBreaks(sorted, k);
        break;
    case ClassificationMethod::StdDev:
        result.bounds = standardDeviation(sorted, k);
        break;
    case ClassificationMethod::Manual:
    case ClassificationMethod::UniqueValues:
        return {};
    }
    if (method != ClassificationMethod::NaturalBreaks && method != ClassificationMethod::Quantile) {
        // Equal-interval and standard-deviation bounds are strictly ascending in exact
        // arithmetic; merge any that rounding made equal (data spanning a few ulps).
        // Natural breaks and quantiles keep bounds[0] == bounds[1]: a first class of only the minimum.
        result.bounds.erase(std::unique(result.bounds.begin(), result.bounds.end()), result.bounds.end());
    }
    return result;
}

ManualBreaks manualBreaks(std::span<const double> values, std::span<const double> breaks)
{
    ManualBreaks result;
    bool any = false;
    for (const double x : values) {
        if (!std::isfinite(x))
            continue;
        result.min = any ? std::min(result.min, x) : x;
        result.max = any ? std::max(result.max, x) : x;
        any = true;
    }
    const auto fail = [&result](ManualBreaks::Problem problem, int index) {
        result.problem = problem;
        result.index = index;
        return result;
    };
    if (!any)
        return fail(ManualBreaks::Problem::NoValues, -1);
    if (breaks.empty())
        return fail(ManualBreaks::Problem::NoBreaks, -1);
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        const double b = breaks[i];
        if (!std::isfinite(b))
            return fail(ManualBreaks::Problem::NotFinite, int(i));
        if (i > 0 && b <= breaks[i - 1])
            return fail(ManualBreaks::Problem::NotIncreasing, int(i));
        if (b <= result.min || b >= result.max)
            return fail(ManualBreaks::Problem::OutsideRange, int(i));
    }
    result.breaks.bounds.append(result.min);
    for (const double b : breaks)
        result.breaks.bounds.append(b);
    result.breaks.bounds.append(result.max);
    return result;
}

} // namespace CityAtlas
