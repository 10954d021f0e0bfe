// Tests for analysis/classbreaks.h. Every reference value has a comment giving its source:
// a hand calculation shown next to it, or an independent computation inside this file
// (the brute-force enumeration of all partitions for natural breaks).

#include "analysis/classbreaks.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CityAtlas::ClassificationMethod)
Q_DECLARE_METATYPE(CityAtlas::ManualBreaks::Problem)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

const ClassificationMethod AllMethods[] = {
    ClassificationMethod::EqualInterval,
    ClassificationMethod::Quantile,
    ClassificationMethod::NaturalBreaks,
    ClassificationMethod::StdDev,
};

QString listToString(const QList<double> &list)
{
    QStringList parts;
    for (const double x : list)
        parts.append(QString::number(x, 'g', 17));
    return u"{"_s + parts.join(u", "_s) + u"}"_s;
}

// Empty when actual matches expected within a relative tolerance, else a message with both.
QString compareBounds(const QList<double> &actual, const QList<double> &expected, double relTol = 1e-12)
{
    bool same = actual.size() == expected.size();
    for (qsizetype i = 0; same && i < actual.size(); ++i) {
        const double scale = std::max(1.0, std::abs(expected[i]));
        same = std::abs(actual[i] - expected[i]) <= relTol * scale;
    }
    if (same)
        return QString();
    return u"bounds %1, expected %2"_s.arg(listToString(actual), listToString(expected));
}

// Sum of squared deviations from the mean (two-pass, no shortcuts).
double squaredDeviations(const std::vector<double> &group)
{
    if (group.empty())
        return 0.0;
    double mean = 0.0;
    for (const double x : group)
        mean += x;
    mean /= double(group.size());
    double sum = 0.0;
    for (const double x : group)
        sum += (x - mean) * (x - mean);
    return sum;
}

// Independent check of natural breaks: enumerates every partition of the sorted values into
// k non-empty contiguous groups (C(n-1, k-1) of them) and keeps the one with the least total
// sum of squared deviations. Returns its cost; *maxima receives the groups' maxima.
double bruteForceOptimum(const std::vector<double> &sorted, int k, std::vector<double> *maxima)
{
    const int n = int(sorted.size());
    double best = Inf;
    std::vector<int> cuts(std::size_t(k - 1)); // group g ends before index cuts[g]
    // Recursive enumeration of strictly increasing cut positions in 1..n-1.
    const auto enumerate = [&](auto &&self, int g, int from) -> void {
        if (g == k - 1) {
            double cost = 0.0;
            int begin = 0;
            for (int c = 0; c <= k - 1; ++c) {
                const int end = c < k - 1 ? cuts[std::size_t(c)] : n;
                cost += squaredDeviations(std::vector<double>(sorted.begin() + begin, sorted.begin() + end));
                begin = end;
            }
            if (cost < best) {
                best = cost;
                maxima->clear();
                for (const int cut : cuts)
                    maxima->push_back(sorted[std::size_t(cut - 1)]);
                maxima->push_back(sorted.back());
            }
            return;
        }
        for (int cut = from; cut <= n - (k - 1 - g); ++cut) {
            cuts[std::size_t(g)] = cut;
            self(self, g + 1, cut + 1);
        }
    };
    enumerate(enumerate, 0, 1);
    return best;
}

// Total within-class squared deviations of values classified by breaks.
double classifiedCost(const std::vector<double> &values, const ClassBreaks &breaks)
{
    std::vector<std::vector<double>> groups(std::size_t(breaks.classCount()));
    for (const double x : values)
        groups[std::size_t(breaks.classOf(x))].push_back(x);
    double cost = 0.0;
    for (const auto &group : groups)
        cost += squaredDeviations(group);
    return cost;
}

} // namespace

class TestClassBreaks : public QObject
{
    Q_OBJECT

private slots:
    void methodKeyRoundTrip_data();
    void methodKeyRoundTrip();
    void methodFromKeyAliases_data();
    void methodFromKeyAliases();

    void equalInterval_data();
    void equalInterval();
    void quantile_data();
    void quantile();
    void naturalBreaks_data();
    void naturalBreaks();
    void naturalBreaksBruteForce_data();
    void naturalBreaksBruteForce();
    void naturalBreaksSampled();
    void stdDev_data();
    void stdDev();

    void nonFiniteIgnored_data();
    void nonFiniteIgnored();
    void emptyInput_data();
    void emptyInput();
    void constantSeries_data();
    void constantSeries();
    void moreClassesThanDistinct_data();
    void moreClassesThanDistinct();
    void invariants_data();
    void invariants();

    void classOf_data();
    void classOf();

private:
    void addBoundsColumns();
    void checkBounds(ClassificationMethod method);

private slots:
    void manualBreaks_data();
    void manualBreaks();
    void manualBreaksNeedNumbers();
};

void TestClassBreaks::methodKeyRoundTrip_data()
{
    QTest::addColumn<ClassificationMethod>("method");
    QTest::addColumn<QString>("key");
    QTest::newRow("equal") << ClassificationMethod::EqualInterval << u"equal"_s;
    QTest::newRow("quantile") << ClassificationMethod::Quantile << u"quantile"_s;
    QTest::newRow("jenks") << ClassificationMethod::NaturalBreaks << u"jenks"_s;
    QTest::newRow("stddev") << ClassificationMethod::StdDev << u"stddev"_s;
    QTest::newRow("manual") << ClassificationMethod::Manual << u"manual"_s;
    QTest::newRow("unique") << ClassificationMethod::UniqueValues << u"unique"_s;
}

void TestClassBreaks::methodKeyRoundTrip()
{
    QFETCH(ClassificationMethod, method);
    QFETCH(QString, key);
    QCOMPARE(CityAtlas::methodKey(method), key);
    // Start from another method, so that the assignment is observable.
    ClassificationMethod parsed = method == ClassificationMethod::StdDev ? ClassificationMethod::Quantile
                                                                          : ClassificationMethod::StdDev;
    QVERIFY(CityAtlas::methodFromKey(key, &parsed));
    QCOMPARE(parsed, method);
}

void TestClassBreaks::methodFromKeyAliases_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<ClassificationMethod>("method");
    QTest::newRow("equal") << u"equal"_s << true << ClassificationMethod::EqualInterval;
    QTest::newRow("EQUAL") << u"EQUAL"_s << true << ClassificationMethod::EqualInterval;
    QTest::newRow("Equal-Interval") << u"Equal-Interval"_s << true << ClassificationMethod::EqualInterval;
    QTest::newRow("Quantile") << u"Quantile"_s << true << ClassificationMethod::Quantile;
    QTest::newRow("Jenks") << u"Jenks"_s << true << ClassificationMethod::NaturalBreaks;
    QTest::newRow("natural") << u"natural"_s << true << ClassificationMethod::NaturalBreaks;
    QTest::newRow("NATURAL") << u"NATURAL"_s << true << ClassificationMethod::NaturalBreaks;
    QTest::newRow("StdDev") << u"StdDev"_s << true << ClassificationMethod::StdDev;
    QTest::newRow("blanks around") << u" stddev\t"_s << true << ClassificationMethod::StdDev;
    // Unknown keys: the method passed in must stay untouched (EqualInterval here).
    QTest::newRow("empty") << QString() << false << ClassificationMethod::EqualInterval;
    QTest::newRow("pretty") << u"pretty"_s << false << ClassificationMethod::EqualInterval;
    QTest::newRow("equal interval (space)") << u"equal interval"_s << false << ClassificationMethod::EqualInterval;
    QTest::newRow("std-dev") << u"std-dev"_s << false << ClassificationMethod::EqualInterval;
}

void TestClassBreaks::methodFromKeyAliases()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(ClassificationMethod, method);
    ClassificationMethod parsed = ClassificationMethod::EqualInterval;
    QCOMPARE(CityAtlas::methodFromKey(key, &parsed), known);
    QCOMPARE(parsed, method);
    QCOMPARE(CityAtlas::methodFromKey(key, nullptr), known);
}

void TestClassBreaks::addBoundsColumns()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("classCount");
    QTest::addColumn<QList<double>>("expected");
}

void TestClassBreaks::checkBounds(ClassificationMethod method)
{
    QFETCH(QList<double>, values);
    QFETCH(int, classCount);
    QFETCH(QList<double>, expected);
    const ClassBreaks breaks = computeBreaks(values, classCount, method);
    const QString mismatch = compareBounds(breaks.bounds, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(breaks.classCount(), int(expected.size()) - 1);
}

void TestClassBreaks::equalInterval_data()
{
    addBoundsColumns();
    // 1..10, k = 3: width (10 - 1)/3 = 3 → 1, 4, 7, 10.
    QTest::newRow("1..10 k=3") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 3
                               << QList<double>{1, 4, 7, 10};
    // Same values shuffled: order must not matter.
    QTest::newRow("1..10 shuffled k=3") << QList<double>{7, 3, 10, 1, 5, 9, 2, 8, 6, 4} << 3
                                        << QList<double>{1, 4, 7, 10};
    // -5..5, k = 4: width 10/4 = 2.5 → -5, -2.5, 0, 2.5, 5.
    QTest::newRow("-5..5 k=4") << QList<double>{-5, -1, 0, 2, 5} << 4
                               << QList<double>{-5, -2.5, 0, 2.5, 5};
    // k = 1: the whole range.
    QTest::newRow("1..10 k=1") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 1
                               << QList<double>{1, 10};
    // k = 0 and negative k are clamped to 1.
    QTest::newRow("k=0") << QList<double>{1, 2, 3} << 0 << QList<double>{1, 3};
    QTest::newRow("k=-4") << QList<double>{1, 2, 3} << -4 << QList<double>{1, 3};
}

void TestClassBreaks::equalInterval()
{
    checkBounds(ClassificationMethod::EqualInterval);
}

void TestClassBreaks::quantile_data()
{
    addBoundsColumns();
    // R type 7: h = (n - 1)·p, Q = x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋]), 0-based x.
    // x = 1 2 4 7 11 16 22 (n = 7), k = 4:
    //   p = 1/4: h = 1.5 → 2 + 0.5·(4 - 2)   = 3
    //   p = 2/4: h = 3   → 7
    //   p = 3/4: h = 4.5 → 11 + 0.5·(16 - 11) = 13.5
    // (R: quantile(c(1,2,4,7,11,16,22)) gives 1 3 7 13.5 22.)
    QTest::newRow("7 values k=4") << QList<double>{16, 1, 22, 7, 2, 11, 4} << 4
                                  << QList<double>{1, 3, 7, 13.5, 22};
    // x = 1..10 (n = 10), k = 4: h = 2.25 → 3.25; h = 4.5 → 5.5; h = 6.75 → 7.75
    // (R: quantile(1:10) gives 1 3.25 5.5 7.75 10).
    QTest::newRow("1..10 k=4") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 4
                               << QList<double>{1, 3.25, 5.5, 7.75, 10};
    // x = 1..10, k = 3: h = 3 → x[3] = 4; h = 6 → x[6] = 7.
    QTest::newRow("1..10 k=3") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 3
                               << QList<double>{1, 4, 7, 10};
    // Ties: x = 1 1 1 1 2 3 (n = 6), k = 3:
    //   p = 1/3: h = 5/3  → x[1] + (2/3)(x[2] - x[1]) = 1 + 0 = 1   (equals min: merged)
    //   p = 2/3: h = 10/3 → x[3] + (1/3)(x[4] - x[3]) = 1 + 1/3
    // Upper bounds 1, 4/3, 3 are distinct, so three classes: [1, 1] (the tied minimum alone),
    // (1, 4/3], (4/3, 3], as mapclassify.Quantiles gives (its bins: the unique percentiles
    // 33.3, 66.7, 100 by scoreatpercentile, i.e. type 7: 1, 4/3, 3).
    QTest::newRow("tied minimum keeps its class") << QList<double>{1, 1, 1, 1, 2, 3} << 3
                                                  << QList<double>{1, 1, 1.0 + 1.0 / 3.0, 3};
    // Counts with many zeros (28 zeros, five 1s and one 4; k = 5): every upper bound up to
    // p = 4/5 is 0 (h = 26.4 → x[26] = x[27] = 0), then 4: the classes [0, 0] and (0, 4].
    QList<double> counts(28, 0.0);
    counts << 1 << 1 << 1 << 1 << 1 << 4;
    QTest::newRow("counts with many zeros") << counts << 5 << QList<double>{0, 0, 4};
    // Inner tie: x = 1 2 2 2 2 3, k = 3: h = 5/3 → 2 + (2/3)·0 = 2; h = 10/3 → 2 + (1/3)·0 = 2.
    // Bounds 1, 2, 2, 3 → 1, 2, 3.
    QTest::newRow("inner ties merge") << QList<double>{2, 1, 2, 3, 2, 2} << 3
                                      << QList<double>{1, 2, 3};
}

void TestClassBreaks::quantile()
{
    checkBounds(ClassificationMethod::Quantile);
}

void TestClassBreaks::naturalBreaks_data()
{
    addBoundsColumns();
    // Three obvious groups: {1,2,3} {10,11,12} {20,21,22}, SSD 2 + 2 + 2 = 6; any other
    // partition moves a value at least 7 away from its group mean. Bounds are class maxima.
    QTest::newRow("three groups k=3") << QList<double>{1, 2, 3, 10, 11, 12, 20, 21, 22} << 3
                                      << QList<double>{1, 3, 12, 22};
    // Same data, k = 2. By hand, SSD of each cut:
    //   after 3:  {1,2,3} 2            + {10..22} mean 16: 36+25+16+16+25+36 = 154   → 156
    //   after 10: {1,2,3,10} 50        + {11..22} mean 17.2: 110.8                    → 160.8
    //   after 11: {1..11} 89.2         + {12..22} mean 18.75: 62.75                   → 151.95
    //   after 12: {1..12} mean 6.5: 2·(30.25+20.25+12.25) = 125.5 + {20,21,22} 2     → 127.5
    //   after 20: {1..20} Σx² - (Σx)²/7 = 779 - 59²/7 = 281.71 + {21,22} 0.5           → 282.2
    // (cuts after 1, 2, 21 are worse still) → best cut after 12.
    QTest::newRow("three groups k=2") << QList<double>{22, 1, 12, 2, 21, 3, 11, 10, 20} << 2
                                      << QList<double>{1, 12, 22};
    // Ties stay together: {1,1,1,2} SSD 0.75 | {10,10,11} SSD 2/3.
    QTest::newRow("ties k=2") << QList<double>{1, 10, 1, 11, 2, 1, 10} << 2
                              << QList<double>{1, 2, 11};
    // A first class holding only the minimum: {1} | {10,11,12} | {20,21,22}, SSD 0 + 2 + 2 = 4
    // (next best {1,10} | {11,12} | {20,21,22} costs 40.5 + 0.5 + 2). Bounds start 1, 1.
    QTest::newRow("single-value first class") << QList<double>{1, 10, 11, 12, 20, 21, 22} << 3
                                              << QList<double>{1, 1, 12, 22};
    // 5400 values but only 9 distinct: solved exactly (no sampling), same bounds as above.
    QList<double> repeated;
    for (int i = 0; i < 600; ++i)
        repeated << 1 << 2 << 3 << 10 << 11 << 12 << 20 << 21 << 22;
    QTest::newRow("three groups x600 k=3") << repeated << 3 << QList<double>{1, 3, 12, 22};
    // k = number of values: every value its own class.
    QTest::newRow("k = n") << QList<double>{3, 1, 2} << 3 << QList<double>{1, 1, 2, 3};
}

void TestClassBreaks::naturalBreaks()
{
    checkBounds(ClassificationMethod::NaturalBreaks);
}

void TestClassBreaks::naturalBreaksBruteForce_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("classCount");
    for (const unsigned seed : {1u, 2u, 3u, 42u, 2024u}) {
        for (const int k : {2, 3, 4, 5})
            QTest::addRow("seed %u k=%d", seed, k) << seed << k;
    }
}

// The reference is bruteForceOptimum() above: all C(11, k-1) partitions of 12 values.
void TestClassBreaks::naturalBreaksBruteForce()
{
    QFETCH(unsigned, seed);
    QFETCH(int, classCount);

    // 12 distinct values in [0, 1000) with two decimals. std::mt19937's output sequence is
    // fixed by the C++ standard, so the series is the same on every platform.
    std::mt19937 generator(seed);
    std::vector<double> values;
    while (values.size() < 12) {
        const double x = double(generator() % 100000u) / 100.0;
        if (std::find(values.cbegin(), values.cend(), x) == values.cend())
            values.push_back(x);
    }
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());

    std::vector<double> maxima;
    const double optimum = bruteForceOptimum(sorted, classCount, &maxima);
    QList<double> expected{sorted.front()};
    expected.append(QList<double>(maxima.cbegin(), maxima.cend()));

    const ClassBreaks breaks = computeBreaks(values, classCount, ClassificationMethod::NaturalBreaks);
    QCOMPARE(breaks.classCount(), classCount);
    const double cost = classifiedCost(values, breaks);
    QVERIFY2(std::abs(cost - optimum) <= 1e-9 * std::max(1.0, optimum),
             qPrintable(u"SSD %1, brute-force optimum %2"_s.arg(cost, 0, 'g', 17).arg(optimum, 0, 'g', 17)));
    const QString mismatch = compareBounds(breaks.bounds, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

// More than 3000 values: natural breaks runs on an evenly spaced sample, then refines the
// bounds on the full data.
void TestClassBreaks::naturalBreaksSampled()
{
    // Three clusters of 4000 values each: 10·c + i/4000, i = 0..3999, c = 0, 1, 2,
    // interleaved. The optimum separates the clusters, so the bounds are the cluster maxima
    // 0.99975, 10.99975, 20.99975 (3999/4000 = 0.99975). The sample takes every ~4th rank,
    // so it misses some cluster maxima; the refinement must recover them.
    std::vector<double> values;
    for (int i = 0; i < 4000; ++i) {
        for (int c = 0; c < 3; ++c)
            values.push_back(10.0 * c + i / 4000.0);
    }
    const double top = 3999 / 4000.0;
    const QList<double> expected{0.0, top, 10.0 + top, 20.0 + top};

    const ClassBreaks breaks = computeBreaks(values, 3, ClassificationMethod::NaturalBreaks);
    const QString mismatch = compareBounds(breaks.bounds, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    for (const double x : values)
        QCOMPARE(breaks.classOf(x), int(x / 10.0));

    // Deterministic: the same bounds on every run and whatever the input order.
    std::reverse(values.begin(), values.end());
    QCOMPARE(computeBreaks(values, 3, ClassificationMethod::NaturalBreaks).bounds, breaks.bounds);
}

void TestClassBreaks::stdDev_data()
{
    addBoundsColumns();
    // x = 2 4 4 4 5 5 7 9: mean 40/8 = 5; squared deviations 9 1 1 1 0 0 4 16 = 32,
    // population variance 32/8 = 4, sd 2. Candidate bounds mean + (j + ½)·sd:
    // j = -2 → 2 (= min, not inside), -1 → 4, 0 → 6, 1 → 8, 2 → 10 (> max). Inside: 4, 6, 8.
    const QList<double> classic{2, 4, 4, 4, 5, 5, 7, 9};
    QTest::newRow("classic k=1") << classic << 1 << QList<double>{2, 9};
    // k = 3, odd: centred, mean ± ½sd = 4, 6.
    QTest::newRow("classic k=3") << classic << 3 << QList<double>{2, 4, 6, 9};
    // k = 2, even: one bound, on the side reaching further (max - mean = 4 > mean - min = 3): 6.
    QTest::newRow("classic k=2") << classic << 2 << QList<double>{2, 6, 9};
    // k = 4: 4, 6 and the extra bound on the upper side: 8.
    QTest::newRow("classic k=4") << classic << 4 << QList<double>{2, 4, 6, 8, 9};
    // k = 5 needs 4 inner bounds, only 3 inside (min, max): 4 classes.
    QTest::newRow("classic k=5") << classic << 5 << QList<double>{2, 4, 6, 8, 9};

    // x = 1..5: mean 3, variance (4+1+0+1+4)/5 = 2, sd √2. Inside (1, 5): 3 ± √2/2 only
    // (3 ± 1.5·√2 = 0.88, 5.12 fall outside), so k = 3 and k = 5 both give 3 classes.
    const double half = std::sqrt(2.0) / 2.0;
    QTest::newRow("1..5 k=3") << QList<double>{1, 2, 3, 4, 5} << 3
                              << QList<double>{1, 3 - half, 3 + half, 5};
    QTest::newRow("1..5 k=5 clipped") << QList<double>{5, 4, 3, 2, 1} << 5
                                      << QList<double>{1, 3 - half, 3 + half, 5};

    // Skewed x = 0 0 0 0 0 1 2 3 4 10: mean 20/10 = 2; squared deviations 5·4 + 1 + 0 + 1 + 4
    // + 64 = 90, variance 9, sd 3. Candidates 2 + (j + ½)·3: j = -2 → -2.5 (< min), -1 → 0.5,
    // 0 → 3.5, 1 → 6.5, 2 → 9.5, 3 → 12.5 (> max). Inside: 0.5, 3.5, 6.5, 9.5.
    const QList<double> skewed{0, 0, 0, 0, 0, 1, 2, 3, 4, 10};
    // k = 3: centred 0.5, 3.5.
    QTest::newRow("skewed k=3") << skewed << 3 << QList<double>{0, 0.5, 3.5, 10};
    // k = 4: 0.5, 3.5 and the upper side (8 > 2): 6.5.
    QTest::newRow("skewed k=4") << skewed << 4 << QList<double>{0, 0.5, 3.5, 6.5, 10};
    // k = 5: the centred window -2.5 .. 6.5 runs below min, slides up to 0.5 .. 9.5.
    QTest::newRow("skewed k=5 slides") << skewed << 5 << QList<double>{0, 0.5, 3.5, 6.5, 9.5, 10};
    // k = 6: 5 inner bounds wanted, 4 inside: 5 classes.
    QTest::newRow("skewed k=6 clipped") << skewed << 6 << QList<double>{0, 0.5, 3.5, 6.5, 9.5, 10};

    // Very skewed: thirteen 0s, 12, 16, 52 (n = 16): mean 80/16 = 5; squared deviations
    // 13·25 + 49 + 121 + 2209 = 2704, variance 169, sd 13. Candidates 5 + (j + ½)·13:
    // j = -1 → -1.5 (< min), 0 → 11.5, 1 → 24.5, 2 → 37.5, 3 → 50.5, 4 → 63.5 (> max).
    // k = 3: the centred pair -1.5, 11.5 runs below min and slides up to 11.5, 24.5 while
    // more candidates remain above.
    QList<double> veryskewed(13, 0.0);
    veryskewed << 12 << 16 << 52;
    QTest::newRow("very skewed k=3 slides") << veryskewed << 3 << QList<double>{0, 11.5, 24.5, 52};
    // k = 4: window -1.5, 11.5, 24.5 (extra bound on the upper side) slides to 11.5 .. 37.5.
    QTest::newRow("very skewed k=4 slides") << veryskewed << 4 << QList<double>{0, 11.5, 24.5, 37.5, 52};

    // The mirror image -x: mean -2, sd 3, inside -9.5, -6.5, -3.5, -0.5; the extra bound of an
    // even k now goes to the lower side (mean - min = 8 > max - mean = 2).
    const QList<double> mirrored{-10, -4, -3, -2, -1, 0, 0, 0, 0, 0};
    QTest::newRow("mirrored k=4") << mirrored << 4 << QList<double>{-10, -6.5, -3.5, -0.5, 0};
    QTest::newRow("mirrored k=5 slides") << mirrored << 5
                                         << QList<double>{-10, -9.5, -6.5, -3.5, -0.5, 0};
}

void TestClassBreaks::stdDev()
{
    checkBounds(ClassificationMethod::StdDev);
}

void TestClassBreaks::nonFiniteIgnored_data()
{
    QTest::addColumn<ClassificationMethod>("method");
    QTest::addColumn<QList<double>>("expected");
    // Finite values x = 1 2 3 10 11 12 20 21 22 (n = 9), k = 3.
    // Equal: width (22 - 1)/3 = 7 → 1, 8, 15, 22.
    QTest::newRow("equal") << ClassificationMethod::EqualInterval << QList<double>{1, 8, 15, 22};
    // Quantile type 7: h = 8/3 → x[2] + (2/3)(x[3] - x[2]) = 3 + 14/3;
    //                  h = 16/3 → x[5] + (1/3)(x[6] - x[5]) = 12 + 8/3.
    QTest::newRow("quantile") << ClassificationMethod::Quantile
                              << QList<double>{1, 3 + 14.0 / 3.0, 12 + 8.0 / 3.0, 22};
    // Natural breaks: the three groups, see naturalBreaks_data "three groups k=3".
    QTest::newRow("jenks") << ClassificationMethod::NaturalBreaks << QList<double>{1, 3, 12, 22};
    // StdDev: mean 102/9 = 34/3; Σx² = 1704, SSD = 1704 - 102²/9 = 548, variance 548/9,
    // sd ≈ 7.803. Inside (1, 22) only mean ∓ ½sd ≈ 7.43, 15.24 (mean ∓ 1.5·sd ≈ -0.37, 23.04
    // fall outside) → k = 3 centred.
    const double mean = 34.0 / 3.0;
    const double halfSd = std::sqrt(548.0 / 9.0) / 2.0;
    QTest::newRow("stddev") << ClassificationMethod::StdDev << QList<double>{1, mean - halfSd, mean + halfSd, 22};
}

void TestClassBreaks::nonFiniteIgnored()
{
    QFETCH(ClassificationMethod, method);
    QFETCH(QList<double>, expected);
    const QList<double> clean{1, 2, 3, 10, 11, 12, 20, 21, 22};
    const QList<double> dirty{NaN, 20, 1, Inf, 12, 2, -Inf, 3, 21, NaN, 10, 22, -Inf, 11, -NaN};

    const ClassBreaks fromDirty = computeBreaks(dirty, 3, method);
    const QString mismatch = compareBounds(fromDirty.bounds, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // Exactly the result without the non-finite values.
    QCOMPARE(fromDirty.bounds, computeBreaks(clean, 3, method).bounds);
    QCOMPARE(fromDirty.classOf(NaN), -1);
}

void TestClassBreaks::emptyInput_data()
{
    QTest::addColumn<ClassificationMethod>("method");
    QTest::addColumn<QList<double>>("values");
    for (const ClassificationMethod method : AllMethods) {
        const QByteArray key = CityAtlas::methodKey(method).toLatin1();
        QTest::addRow("%s no values", key.constData()) << method << QList<double>();
        QTest::addRow("%s only NaN/inf", key.constData()) << method << QList<double>{NaN, Inf, -Inf};
    }
}

void TestClassBreaks::emptyInput()
{
    QFETCH(ClassificationMethod, method);
    QFETCH(QList<double>, values);
    const ClassBreaks breaks = computeBreaks(values, 5, method);
    QVERIFY(breaks.bounds.isEmpty());
    QCOMPARE(breaks.classCount(), 0);
    QCOMPARE(breaks.classOf(0.0), -1);
}

void TestClassBreaks::constantSeries_data()
{
    QTest::addColumn<ClassificationMethod>("method");
    for (const ClassificationMethod method : AllMethods)
        QTest::newRow(CityAtlas::methodKey(method).toLatin1().constData()) << method;
}

// One distinct value: one class {c, c} whatever was asked (sd = 0 for StdDev).
void TestClassBreaks::constantSeries()
{
    QFETCH(ClassificationMethod, method);
    const QList<double> values{4.25, 4.25, NaN, 4.25};
    const ClassBreaks breaks = computeBreaks(values, 5, method);
    QCOMPARE(breaks.bounds, (QList<double>{4.25, 4.25}));
    QCOMPARE(breaks.classCount(), 1);
    QCOMPARE(breaks.classOf(4.25), 0);
    QCOMPARE(breaks.classOf(4.3), -1);
}

void TestClassBreaks::moreClassesThanDistinct_data()
{
    QTest::addColumn<ClassificationMethod>("method");
    QTest::addColumn<QList<double>>("expected");
    // x = 1 1 2 2 3 asked for 10 classes: 3 distinct values, so k = 3.
    // Equal: width 2/3 → 1, 5/3, 7/3, 3.
    QTest::newRow("equal") << ClassificationMethod::EqualInterval
                           << QList<double>{1, 1 + 2.0 / 3.0, 1 + 4.0 / 3.0, 3};
    // Quantile, n = 5: h = 4/3 → x[1] + (1/3)(x[2] - x[1]) = 1 + 1/3; h = 8/3 → x[2] + (2/3)·0 = 2.
    QTest::newRow("quantile") << ClassificationMethod::Quantile << QList<double>{1, 1 + 1.0 / 3.0, 2, 3};
    // Natural breaks: one class per distinct value, SSD 0: maxima 1, 2, 3 after min 1.
    QTest::newRow("jenks") << ClassificationMethod::NaturalBreaks << QList<double>{1, 1, 2, 3};
    // StdDev: mean 9/5 = 1.8, squared deviations 0.64·2 + 0.04·2 + 1.44 = 2.8, variance 0.56,
    // sd ≈ 0.7483. Inside (1, 3): 1.8 ± 0.3742 and 1.8 + 1.5·sd ≈ 2.9225 (1.8 - 1.5·sd ≈ 0.678
    // is below min). k = 3 → centred 1.8 ∓ ½sd.
    const double halfSd = std::sqrt(0.56) / 2.0;
    QTest::newRow("stddev") << ClassificationMethod::StdDev << QList<double>{1, 1.8 - halfSd, 1.8 + halfSd, 3};
}

void TestClassBreaks::moreClassesThanDistinct()
{
    QFETCH(ClassificationMethod, method);
    QFETCH(QList<double>, expected);
    const ClassBreaks breaks = computeBreaks(QList<double>{1, 2, 3, 2, 1}, 10, method);
    const QString mismatch = compareBounds(breaks.bounds, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestClassBreaks::invariants_data()
{
    QTest::addColumn<ClassificationMethod>("method");
    QTest::addColumn<int>("classCount");
    for (const ClassificationMethod method : AllMethods) {
        for (const int k : {1, 2, 3, 5, 8}) {
            QTest::addRow("%s k=%d", CityAtlas::methodKey(method).toLatin1().constData(), k)
                << method << k;
        }
    }
}

// Properties every result must have, on 300 values with many ties and a long tail:
// first bound = min, last = max, ascending (strictly, except bounds[0] == bounds[1]),
// at most k classes, and every input value falls in a class.
void TestClassBreaks::invariants()
{
    QFETCH(ClassificationMethod, method);
    QFETCH(int, classCount);
    std::mt19937 generator(7u);
    QList<double> values;
    for (int i = 0; i < 300; ++i) {
        const unsigned r = generator() % 60u;
        values.append(r < 50 ? double(r % 10) : double(r * r) / 7.0);
    }
    const ClassBreaks breaks = computeBreaks(values, classCount, method);
    const QList<double> &b = breaks.bounds;
    QVERIFY(breaks.classCount() >= 1);
    QVERIFY(breaks.classCount() <= classCount);
    QCOMPARE(b.first(), *std::min_element(values.cbegin(), values.cend()));
    QCOMPARE(b.last(), *std::max_element(values.cbegin(), values.cend()));
    for (qsizetype i = 1; i < b.size(); ++i)
        QVERIFY2(i == 1 ? b[i] >= b[i - 1] : b[i] > b[i - 1], qPrintable(listToString(b)));
    for (const double x : values) {
        const int c = breaks.classOf(x);
        QVERIFY(c >= 0 && c < breaks.classCount());
    }
}

void TestClassBreaks::classOf_data()
{
    QTest::addColumn<QList<double>>("bounds");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expected");
    // Classes [1, 4], (4, 7], (7, 10].
    const QList<double> b{1, 4, 7, 10};
    QTest::newRow("min is class 0") << b << 1.0 << 0;
    QTest::newRow("inside class 0") << b << 2.5 << 0;
    QTest::newRow("upper bound 4 is class 0") << b << 4.0 << 0;
    QTest::newRow("just above 4 is class 1") << b << std::nextafter(4.0, 5.0) << 1;
    QTest::newRow("7 is class 1") << b << 7.0 << 1;
    QTest::newRow("max is last class") << b << 10.0 << 2;
    QTest::newRow("rounding above max") << b << 10.0 * (1.0 + 1e-14) << 2;
    QTest::newRow("rounding below min") << b << 1.0 - 1e-15 << 0;
    QTest::newRow("below min") << b << 0.999 << -1;
    QTest::newRow("above max") << b << 10.001 << -1;
    QTest::newRow("NaN") << b << NaN << -1;
    QTest::newRow("+inf") << b << Inf << -1;
    QTest::newRow("-inf") << b << -Inf << -1;
    // First class holding only the minimum: [1, 1], (1, 12], (12, 22].
    const QList<double> single{1, 1, 12, 22};
    QTest::newRow("single: min") << single << 1.0 << 0;
    QTest::newRow("single: above min") << single << 1.5 << 1;
    QTest::newRow("single: 12") << single << 12.0 << 1;
    QTest::newRow("single: 22") << single << 22.0 << 2;
    // Constant series.
    QTest::newRow("constant: value") << QList<double>{5, 5} << 5.0 << 0;
    QTest::newRow("constant: other") << QList<double>{5, 5} << 5.1 << -1;
    // Range ending at 0: the tolerance scales with the larger magnitude (10).
    QTest::newRow("zero max, rounding") << QList<double>{-10, 0} << 1e-13 << 0;
    // No classes.
    QTest::newRow("no bounds") << QList<double>() << 1.0 << -1;
    QTest::newRow("one bound") << QList<double>{1} << 1.0 << -1;
}

void TestClassBreaks::classOf()
{
    QFETCH(QList<double>, bounds);
    QFETCH(double, value);
    QFETCH(int, expected);
    ClassBreaks breaks;
    breaks.bounds = bounds;
    QCOMPARE(breaks.classOf(value), expected);
}


void TestClassBreaks::manualBreaks_data()
{
    using P = CityAtlas::ManualBreaks::Problem;
    QTest::addColumn<QList<double>>("breaks");
    QTest::addColumn<P>("problem");
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<double>>("bounds");
    // Values 1..9 (min 1, max 9); the bounds are {min, breaks..., max} by definition.
    QTest::newRow("two breaks") << QList<double>{3.5, 6.0} << P::None << -1 << QList<double>{1, 3.5, 6, 9};
    QTest::newRow("one break") << QList<double>{2.0} << P::None << -1 << QList<double>{1, 2, 9};
    QTest::newRow("none") << QList<double>{} << P::NoBreaks << -1 << QList<double>{};
    QTest::newRow("NaN") << QList<double>{3.0, NaN} << P::NotFinite << 1 << QList<double>{};
    QTest::newRow("infinity") << QList<double>{Inf} << P::NotFinite << 0 << QList<double>{};
    QTest::newRow("decreasing") << QList<double>{5.0, 4.0} << P::NotIncreasing << 1 << QList<double>{};
    QTest::newRow("repeated") << QList<double>{2.0, 5.0, 5.0} << P::NotIncreasing << 2 << QList<double>{};
    QTest::newRow("at the minimum") << QList<double>{1.0} << P::OutsideRange << 0 << QList<double>{};
    QTest::newRow("above the maximum") << QList<double>{2.0, 12.0} << P::OutsideRange << 1 << QList<double>{};
}

void TestClassBreaks::manualBreaks()
{
    using P = CityAtlas::ManualBreaks::Problem;
    QFETCH(QList<double>, breaks);
    QFETCH(P, problem);
    QFETCH(int, index);
    QFETCH(QList<double>, bounds);
    const QList<double> values{9, 1, 5, NaN, 2, 8, 3, 7, 4, 6};
    const CityAtlas::ManualBreaks result = CityAtlas::manualBreaks(values, breaks);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.index, index);
    QCOMPARE(result.breaks.bounds, bounds);
    QCOMPARE(result.min, 1.0);
    QCOMPARE(result.max, 9.0);
    if (problem == P::None) {
        // (3.5, 6] holds 4, 5, 6: the classes are closed above, as for computed breaks.
        QCOMPARE(result.breaks.classOf(6.0), 1);
        QCOMPARE(result.breaks.classOf(1.0), 0);
    }
}

void TestClassBreaks::manualBreaksNeedNumbers()
{
    const QList<double> values{NaN, Inf};
    const QList<double> breaks{1.0};
    QCOMPARE(CityAtlas::manualBreaks(values, breaks).problem, CityAtlas::ManualBreaks::Problem::NoValues);
    QCOMPARE(CityAtlas::computeBreaks(QList<double>{1, 2, 3}, 2, ClassificationMethod::Manual).classCount(), 0);
}

QTEST_APPLESS_MAIN(TestClassBreaks)

#include "tst_classbreaks.moc"
