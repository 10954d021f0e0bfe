// Tests for analysis/inequality.h: Gini, Theil T/L, GE(alpha), CV, Lorenz curve, Theil and
// Dagum Gini decompositions, and input validation.
//
// Where the reference numbers come from:
//   - "hand": worked out in the comment next to the row;
//   - "python": tests/analysis/reference/inequality_reference.py (stdlib + NumPy), which
//     evaluates the textbook definitions (Gini as the O(n^2) double sum, Theil/GE as plain
//     sums, Dagum's terms as explicit double loops) independently of inequality.cpp. Its
//     output is pasted here with all 17 significant digits.
// Conventions (see inequality.h): population (1/n) moments, Gini without small-sample
// correction. They correspond to R's ineq package as read from its source (R/ineq.R):
// ineq::Gini(x, corr = FALSE); ineq::Theil(x, parameter = 0) = Theil T and
// ineq::Theil(x, parameter = 1) = Theil L (MLD); ineq::entropy(x, a) = GE(a);
// ineq::var.coeff(x) = CV. R was not run for these tests: no number below comes from R.
// The script checks that ineq's Gini formula 2*sum(i*x_(i))/(n*sum(x)) - (n+1)/n gives the
// same values as the double sum for the unweighted rows.
//
// Tolerance: 1e-9 relative (absolute 1e-12 when the reference is 0); decomposition
// identities (within + between == total) to 1e-12 absolute.

#include "analysis/inequality.h"
#include "provincedata.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace CityAtlas;
using namespace Qt::StringLiterals;
using namespace TestUtil;

namespace {

constexpr double RelativeTolerance = 1e-9;
constexpr double IdentityTolerance = 1e-12;

#define COMPARE_NEAR(actual, expected)                                                                       \
    QVERIFY2(isNear((actual), (expected), RelativeTolerance),                                                \
             nearMessage(#actual, (actual), (expected)).constData())

#define COMPARE_LIST_NEAR(actualList, expectedList)                                                          \
    do {                                                                                                     \
        QCOMPARE((actualList).size(), (expectedList).size());                                                \
        for (qsizetype k_ = 0; k_ < (expectedList).size(); ++k_)                                             \
            QVERIFY2(isNear((actualList)[k_], (expectedList)[k_], RelativeTolerance),                        \
                     nearMessage(QByteArray(#actualList "[" + QByteArray::number(k_) + "]").constData(),     \
                                 (actualList)[k_], (expectedList)[k_])                                       \
                         .constData());                                                                      \
    } while (false)

#define VERIFY_OK(result) QVERIFY2((result).ok(), issuesText((result).issues).constData())

// Density, persons/km² = population * 10000 / area (same operation order as the script).
Values provinceDensity()
{
    Values density;
    for (qsizetype i = 0; i < ProvincePopulation.size(); ++i)
        density << ProvincePopulation[i] * 10000.0 / ProvinceArea[i];
    return density;
}

// Small irregular weighted case (python): x = {2,7,1,8,2,8}, w = {1,2,3,1,2,5}, 3 groups.
const Values IrregularValues = {2, 7, 1, 8, 2, 8};
const Values IrregularWeights = {1, 2, 3, 1, 2, 5};
const Labels IrregularGroups = {0, 0, 1, 1, 2, 2};

// The definition, O(n^2), for cross-checking the sorted O(n log n) implementation.
double bruteForceGini(const Values &x, const Values &w)
{
    const qsizetype n = x.size();
    double total = 0.0;
    for (qsizetype i = 0; i < n; ++i)
        total += w.isEmpty() ? 1.0 : w[i];
    double mean = 0.0;
    for (qsizetype i = 0; i < n; ++i)
        mean += (w.isEmpty() ? 1.0 : w[i]) / total * x[i];
    double sum = 0.0;
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < n; ++j)
            sum += (w.isEmpty() ? 1.0 : w[i]) / total * (w.isEmpty() ? 1.0 : w[j]) / total
                   * std::abs(x[i] - x[j]);
    return sum / (2.0 * mean);
}

enum class Function {
    Gini,
    TheilT,
    TheilL,
    GeMinus1,
    GeHalf,
    Cv,
    Lorenz,
    TheilDecompT,
    TheilDecompL,
    DagumGini
};

IssueList runFunction(Function f, const Values &x, const Values &w, const Labels &labels, bool *allZero)
{
    auto checkValue = [allZero](double v) { *allZero = *allZero && v == 0.0; };
    *allZero = true;
    switch (f) {
    case Function::Gini: {
        auto r = giniCoefficient(sp(x), sp(w));
        checkValue(r.value);
        return r.issues;
    }
    case Function::TheilT: {
        auto r = theilT(sp(x), sp(w));
        checkValue(r.value);
        return r.issues;
    }
    case Function::TheilL: {
        auto r = theilL(sp(x), sp(w));
        checkValue(r.value);
        return r.issues;
    }
    case Function::GeMinus1: {
        auto r = generalizedEntropy(sp(x), -1.0, sp(w));
        checkValue(r.value);
        return r.issues;
    }
    case Function::GeHalf: {
        auto r = generalizedEntropy(sp(x), 0.5, sp(w));
        checkValue(r.value);
        return r.issues;
    }
    case Function::Cv: {
        auto r = coefficientOfVariation(sp(x), sp(w));
        checkValue(r.value);
        return r.issues;
    }
    case Function::Lorenz: {
        auto r = lorenzCurve(sp(x), sp(w));
        *allZero = r.points.isEmpty();
        return r.issues;
    }
    case Function::TheilDecompT:
    case Function::TheilDecompL: {
        auto r = decomposeTheil(f == Function::TheilDecompT ? TheilIndex::T : TheilIndex::L, sp(x),
                                sp(labels), sp(w));
        checkValue(r.total);
        checkValue(r.within);
        checkValue(r.between);
        *allZero = *allZero && r.groups.isEmpty();
        return r.issues;
    }
    case Function::DagumGini: {
        auto r = decomposeGini(sp(x), sp(labels), sp(w));
        checkValue(r.total);
        checkValue(r.within);
        checkValue(r.netBetween);
        checkValue(r.transvariation);
        *allZero = *allZero && r.groups.isEmpty() && r.pairs.isEmpty();
        return r.issues;
    }
    }
    return {};
}

} // namespace

class TestInequality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void measures_data();
    void measures();
    void giniMatchesDoubleSum_data();
    void giniMatchesDoubleSum();
    void integerWeightsEqualReplication();
    void generalizedEntropyLimits();

    void lorenz_data();
    void lorenz();
    void lorenzAreaGivesGini();

    void theilDecomposition_data();
    void theilDecomposition();
    void giniDecomposition_data();
    void giniDecomposition();

    void invalidInput_data();
    void invalidInput();
    void theilTAllowsZero();
    void coefficientOfVariationAtTheEdgesOfDouble_data();
    void coefficientOfVariationAtTheEdgesOfDouble();
    void unitIssuesAreCapped();
    void decompositionWarnings();
};

void TestInequality::initTestCase()
{
    // The fixture matches facts.md: 31 provinces, sum 140,975; region sums 56,569 / 36,456 /
    // 38,306 / 9,644.
    QCOMPARE(ProvincePopulation.size(), 31);
    QCOMPARE(ProvinceArea.size(), 31);
    QCOMPARE(ProvinceRegion.size(), 31);
    double sums[4] = {0, 0, 0, 0};
    double total = 0;
    for (qsizetype i = 0; i < 31; ++i) {
        sums[ProvinceRegion[i]] += ProvincePopulation[i];
        total += ProvincePopulation[i];
    }
    QCOMPARE(total, 140975.0);
    QCOMPARE(sums[East], 56569.0);
    QCOMPARE(sums[Central], 36456.0);
    QCOMPARE(sums[West], 38306.0);
    QCOMPARE(sums[Northeast], 9644.0);
}

void TestInequality::measures_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<double>("gini");
    QTest::addColumn<double>("theilT");
    QTest::addColumn<double>("theilL");   // NaN: not defined (a value is 0), an error is expected
    QTest::addColumn<double>("geMinus1"); // NaN: as theilL
    QTest::addColumn<double>("geHalf");
    QTest::addColumn<double>("geTwo");
    QTest::addColumn<double>("cv");

    // Hand, x = {1,2,3,4}, n = 4, mu = 2.5:
    //  Gini: sum_i sum_j |x_i - x_j| = 2*(1+2+3+1+2+1) = 20; G = 20 / (2 * 4^2 * 2.5) = 20/80 = 0.25
    //  T = (1/4)[0.4 ln 0.4 + 0.8 ln 0.8 + 1.2 ln 1.2 + 1.6 ln 1.6]
    //    = (1/4)[-0.366516 - 0.178515 + 0.218786 + 0.752006] = (1/4)(0.425761) = 0.106440
    //  L = ln 2.5 - (1/4) ln(1*2*3*4) = 0.916291 - 0.794513 = 0.121777
    //  GE(-1) = 1/((-1)(-2)) * (1/4) sum (mu/x_i - 1) = (1/8)(2.5 + 1.25 + 5/6 + 0.625 - 4) = 29/192
    //  GE(0.5) = -4 * (1/4) sum (sqrt(x_i/mu) - 1)
    //          = 4 - (0.632456 + 0.894427 + 1.095445 + 1.264911) = 0.112761
    //  CV: var = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25, CV = sqrt(1.25)/2.5 = sqrt(0.2)
    //  GE(2) = CV^2 / 2 = 0.1
    // The 17-digit values are the script's (they agree with the hand values above).
    QTest::newRow("1,2,3,4 (hand)") << Values{1, 2, 3, 4} << Values{} << 0.25 << 0.1064401352862232
                                    << 0.12177727428716867 << 29.0 / 192.0 << 0.11276109788872435 << 0.1
                                    << std::sqrt(0.2);
    // Hand, x = {0,0,0,1}, mu = 0.25: Gini = 2*3*1 / (2*16*0.25) = 6/8 = 0.75 = (n-1)/n;
    //  T = (1/4)(4 ln 4) = ln 4 (the zeros add 0 ln 0 = 0); L and GE(-1) undefined (x = 0);
    //  GE(0.5) = -4 * (1/4)[3*(0-1) + (sqrt(4)-1)] = 2; GE(2) = (1/2)(1/4)[3*(-1) + (16-1)] = 1.5;
    //  CV: var = (3*0.0625 + 0.5625)/4 = 0.1875, CV = sqrt(0.1875)/0.25 = sqrt(3).
    QTest::newRow("0,0,0,1 (hand)") << Values{0, 0, 0, 1} << Values{} << 0.75 << std::log(4.0) << NaN << NaN
                                    << 2.0 << 1.5 << std::sqrt(3.0);
    // Hand: equal values, every index is 0.
    QTest::newRow("5,5,5 (hand)") << Values{5, 5, 5} << Values{} << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0
                                  << 0.0;
    // Hand, weighted x = {1,3}, w = {3,1}: p = (0.75, 0.25), mu = 1.5, s = (0.5, 0.5).
    //  Gini = 2*0.75*0.25*|1-3| / (2*1.5) = 0.25 (= unweighted Gini of {1,1,1,3}: 12/(2*16*1.5))
    //  T = sum s ln(s/p) = 0.5 ln(0.5/0.75) + 0.5 ln(0.5/0.25) = 0.5 ln(4/3)
    //  L = sum p ln(p/s) = 0.75 ln 1.5 + 0.25 ln 0.5 = 0.304099 - 0.173287 = 0.130812
    //  GE(-1) = (1/2)[0.75 (1.5/1 - 1) + 0.25 (1.5/3 - 1)] = (1/2)(0.375 - 0.125) = 0.125
    //  GE(0.5) = -4[0.75 sqrt(2/3) + 0.25 sqrt(2) - 1] = -4(0.612372 + 0.353553 - 1) = 0.136297
    //  GE(2) = (1/2)[0.75 (4/9) + 0.25 * 4 - 1] = 1/6
    //  CV = sqrt(0.75*0.25 + 0.25*2.25) / 1.5 = sqrt(0.75)/1.5 = sqrt(1/3)
    QTest::newRow("x 1,3 w 3,1 (hand)") << Values{1, 3} << Values{3, 1} << 0.25 << 0.5 * std::log(4.0 / 3.0)
                                        << 0.75 * std::log(1.5) + 0.25 * std::log(0.5) << 0.125
                                        << 0.13629669484372675 << 1.0 / 6.0 << std::sqrt(1.0 / 3.0);
    // Python.
    QTest::newRow("weighted irregular (python)")
        << IrregularValues << IrregularWeights << 0.32293762575452717 << 0.22447349723262194
        << 0.30591461243537976 << 0.5026421282798833 << 0.2566702014477782 << 0.19014084507042261
        << 0.6166698388447786;
    // Python: inequality of provincial population sizes (10k), each province one unit.
    QTest::newRow("provinces population 2022 (python)")
        << ProvincePopulation << Values{} << 0.3653491525035896 << 0.2185822885974667 << 0.2775340124317059
        << 0.5145226655103914 << 0.2372671212710987 << 0.2190133069730318 << 0.6618357907714446;
    // Python: population density (persons/km²) weighted by land area, i.e. how unevenly the
    // population is spread over the land at province resolution (s_i = population shares).
    QTest::newRow("provinces density by area 2022 (python)")
        << provinceDensity() << ProvinceArea << 0.6594425630294191 << 0.7995412970832172 << 1.1703417843347932
        << 4.825840772140093 << 0.8720544621594704 << 1.1433159624430067 << 1.5121613422138571;
}

void TestInequality::measures()
{
    QFETCH(Values, values);
    QFETCH(Values, weights);
    QFETCH(double, gini);
    QFETCH(double, theilT);
    QFETCH(double, theilL);
    QFETCH(double, geMinus1);
    QFETCH(double, geHalf);
    QFETCH(double, geTwo);
    QFETCH(double, cv);

    const auto g = giniCoefficient(sp(values), sp(weights));
    VERIFY_OK(g);
    COMPARE_NEAR(g.value, gini);
    COMPARE_NEAR(g.value, bruteForceGini(values, weights));

    const auto t = CityAtlas::theilT(sp(values), sp(weights));
    VERIFY_OK(t);
    COMPARE_NEAR(t.value, theilT);
    const auto t1 = generalizedEntropy(sp(values), 1.0, sp(weights));
    COMPARE_NEAR(t1.value, theilT);

    const auto l = CityAtlas::theilL(sp(values), sp(weights));
    const auto gm1 = generalizedEntropy(sp(values), -1.0, sp(weights));
    if (std::isnan(theilL)) {
        QVERIFY(!l.ok());
        QCOMPARE(l.value, 0.0);
        QVERIFY(!gm1.ok());
    } else {
        VERIFY_OK(l);
        COMPARE_NEAR(l.value, theilL);
        COMPARE_NEAR(generalizedEntropy(sp(values), 0.0, sp(weights)).value, theilL);
        VERIFY_OK(gm1);
        COMPARE_NEAR(gm1.value, geMinus1);
    }

    const auto gh = generalizedEntropy(sp(values), 0.5, sp(weights));
    VERIFY_OK(gh);
    COMPARE_NEAR(gh.value, geHalf);
    const auto g2 = generalizedEntropy(sp(values), 2.0, sp(weights));
    VERIFY_OK(g2);
    COMPARE_NEAR(g2.value, geTwo);

    const auto c = coefficientOfVariation(sp(values), sp(weights));
    VERIFY_OK(c);
    COMPARE_NEAR(c.value, cv);
    COMPARE_NEAR(g2.value, c.value * c.value / 2.0); // GE(2) = CV^2 / 2
}

void TestInequality::giniMatchesDoubleSum_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("weights");

    QRandomGenerator rng(20220101u); // fixed seed: reproducible
    auto series = [&rng](int n, bool integers, double scale) {
        Values v;
        for (int i = 0; i < n; ++i)
            v << (integers ? double(rng.bounded(6)) : rng.generateDouble() * scale);
        return v;
    };
    QTest::newRow("2 units") << Values{3, 11} << Values{};
    QTest::newRow("2 units weighted") << Values{3, 11} << Values{5, 0.5};
    QTest::newRow("17 continuous") << series(17, false, 1000.0) << Values{};
    QTest::newRow("17 continuous weighted") << series(17, false, 1000.0) << series(17, false, 50.0);
    QTest::newRow("40 many ties and zeros") << series(40, true, 0.0) << Values{};
    QTest::newRow("40 ties weighted, zero weights") << series(40, true, 0.0) << series(40, true, 0.0);
    QTest::newRow("300 continuous weighted") << series(300, false, 1e6) << series(300, false, 1.0);
    QTest::newRow("provinces density by area") << provinceDensity() << ProvinceArea;
}

void TestInequality::giniMatchesDoubleSum()
{
    QFETCH(Values, values);
    QFETCH(Values, weights);
    bool anyPositive = false;
    for (qsizetype i = 0; i < values.size(); ++i)
        anyPositive = anyPositive || (values[i] > 0 && (weights.isEmpty() || weights[i] > 0));
    if (!anyPositive)
        QSKIP("the random series has a zero total");
    const auto g = giniCoefficient(sp(values), sp(weights));
    VERIFY_OK(g);
    COMPARE_NEAR(g.value, bruteForceGini(values, weights));
    QVERIFY(g.value >= 0.0 && g.value < 1.0);
}

void TestInequality::integerWeightsEqualReplication()
{
    // A unit with weight k counts as k units of the same value: weighted results on
    // {2,7,1,8,2,8} with weights {1,2,3,1,2,5} equal the unweighted ones on the 14 expanded units.
    Values expanded;
    for (qsizetype i = 0; i < IrregularValues.size(); ++i)
        for (int k = 0; k < int(IrregularWeights[i]); ++k)
            expanded << IrregularValues[i];
    QCOMPARE(expanded.size(), 14);
    const auto w = sp(IrregularWeights);
    const auto x = sp(IrregularValues);
    const auto e = sp(expanded);
    COMPARE_NEAR(giniCoefficient(x, w).value, giniCoefficient(e).value);
    COMPARE_NEAR(theilT(x, w).value, theilT(e).value);
    COMPARE_NEAR(theilL(x, w).value, theilL(e).value);
    COMPARE_NEAR(generalizedEntropy(x, 0.5, w).value, generalizedEntropy(e, 0.5).value);
    COMPARE_NEAR(generalizedEntropy(x, 3.0, w).value, generalizedEntropy(e, 3.0).value);
    COMPARE_NEAR(coefficientOfVariation(x, w).value, coefficientOfVariation(e).value);

    // Scaling all weights, or all values, changes nothing (scale invariance).
    Values scaledWeights, scaledValues;
    for (double v : IrregularWeights)
        scaledWeights << v * 1234.5;
    for (double v : IrregularValues)
        scaledValues << v * 0.001;
    COMPARE_NEAR(giniCoefficient(x, sp(scaledWeights)).value, giniCoefficient(x, w).value);
    COMPARE_NEAR(theilL(sp(scaledValues), w).value, theilL(x, w).value);
}

void TestInequality::generalizedEntropyLimits()
{
    // GE(alpha) is continuous in alpha: GE(1 +- h) -> Theil T, GE(0 +- h) -> Theil L.
    const auto x = sp(ProvincePopulation);
    const double t = theilT(x).value;
    const double l = theilL(x).value;
    for (double h : {1e-6, -1e-6}) {
        QVERIFY(isNear(generalizedEntropy(x, 1.0 + h).value, t, 1e-5));
        QVERIFY(isNear(generalizedEntropy(x, h).value, l, 1e-5));
    }
}

void TestInequality::lorenz_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<int>("checkedPoints"); // how many leading points are compared
    QTest::addColumn<Values>("populationShares");
    QTest::addColumn<Values>("valueShares");
    QTest::addColumn<Rows>("units");

    // Hand: x = {3,1,4,2} (total 10) sorted 1,2,3,4: P = 0,.25,.5,.75,1; L = 0,.1,.3,.6,1.
    QTest::newRow("3,1,4,2 (hand)") << Values{3, 1, 4, 2} << Values{} << 5 << Values{0, 0.25, 0.5, 0.75, 1}
                                    << Values{0, 0.1, 0.3, 0.6, 1} << Rows{1, 3, 0, 2};
    // Hand, weighted: x = {3,1}, w = {1,3}: mu = 1.5, sorted x = 1 (p .75, s .5), 3 (p .25, s .5).
    QTest::newRow("x 3,1 w 1,3 (hand)")
        << Values{3, 1} << Values{1, 3} << 3 << Values{0, 0.75, 1} << Values{0, 0.5, 1} << Rows{1, 0};
    // Python: the three smallest provinces are Tibet (25), Qinghai (28), Ningxia (29).
    QTest::newRow("provinces population (python)")
        << ProvincePopulation << Values{} << 4
        << Values{0, 0.03225806451612903, 0.06451612903225806, 0.0967741935483871}
        << Values{0, 0.002582018088313531, 0.006802624578826033, 0.011966660755453096} << Rows{25, 28, 29};
    // Python: by density with area weights: Tibet (25), Qinghai (28), Xinjiang (30) first.
    QTest::newRow("provinces density by area (python)")
        << provinceDensity() << ProvinceArea << 4
        << Values{0, 0.1277557539620118, 0.20287622049307752, 0.37602873984455376}
        << Values{0, 0.002582018088313531, 0.006802624578826032, 0.025153395992197198} << Rows{25, 28, 30};
}

void TestInequality::lorenz()
{
    QFETCH(Values, values);
    QFETCH(Values, weights);
    QFETCH(int, checkedPoints);
    QFETCH(Values, populationShares);
    QFETCH(Values, valueShares);
    QFETCH(Rows, units);

    const LorenzCurve curve = lorenzCurve(sp(values), sp(weights));
    VERIFY_OK(curve);
    QCOMPARE(curve.points.size(), values.size() + 1);
    QCOMPARE(curve.units.size(), values.size());
    QCOMPARE(curve.points.first().populationShare, 0.0);
    QCOMPARE(curve.points.first().valueShare, 0.0);
    QCOMPARE(curve.points.last().populationShare, 1.0);
    QCOMPARE(curve.points.last().valueShare, 1.0);
    for (int k = 0; k < checkedPoints; ++k) {
        COMPARE_NEAR(curve.points[k].populationShare, populationShares[k]);
        COMPARE_NEAR(curve.points[k].valueShare, valueShares[k]);
    }
    QCOMPARE(curve.units.mid(0, units.size()), units);
    for (qsizetype k = 1; k < curve.points.size(); ++k) {
        QVERIFY(curve.points[k].populationShare >= curve.points[k - 1].populationShare);
        QVERIFY(curve.points[k].valueShare >= curve.points[k - 1].valueShare);
        QVERIFY(curve.points[k].valueShare <= curve.points[k].populationShare + 1e-15); // below the diagonal
    }
}

void TestInequality::lorenzAreaGivesGini()
{
    // G = 1 - sum_k (P_k - P_{k-1}) (L_k + L_{k-1}) (trapezoids under the Lorenz curve), an
    // identity independent of the pairwise formula.
    const Values density = provinceDensity();
    for (const auto &[x, w] : {std::pair{ProvincePopulation, Values{}}, std::pair{density, ProvinceArea}}) {
        const LorenzCurve curve = lorenzCurve(sp(x), sp(w));
        VERIFY_OK(curve);
        double area = 0.0;
        for (qsizetype k = 1; k < curve.points.size(); ++k)
            area += (curve.points[k].populationShare - curve.points[k - 1].populationShare)
                    * (curve.points[k].valueShare + curve.points[k - 1].valueShare);
        COMPARE_NEAR(1.0 - area, giniCoefficient(sp(x), sp(w)).value);
    }
}

void TestInequality::theilDecomposition_data()
{
    QTest::addColumn<bool>("isT");
    QTest::addColumn<Values>("values");
    QTest::addColumn<Labels>("groups");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("within");
    QTest::addColumn<double>("between");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<Values>("p");
    QTest::addColumn<Values>("s");
    QTest::addColumn<Values>("groupWithin");
    QTest::addColumn<Values>("withinContribution");
    QTest::addColumn<Values>("betweenContribution");

    // x = {1,2,3,4}, groups {1,3} (label 0) and {2,4} (label 1). Hand check of group 0 (T):
    //  mu_0 = 2, T_0 = (1/2)[0.5 ln 0.5 + 1.5 ln 1.5] = (1/2)(-0.346574 + 0.608198) = 0.130812;
    //  p_0 = 0.5, s_0 = 4/10 = 0.4; s_0 T_0 = 0.052325; between s_0 ln(s_0/p_0) = 0.4 ln 0.8 = -0.089257.
    // 17-digit values: python.
    const Values small{1, 2, 3, 4};
    const Labels smallGroups{0, 1, 0, 1};
    QTest::newRow("T 1,2,3,4 (hand/python)")
        << true << small << smallGroups << Values{} << 0.1064401352862232 << 0.08630462173553424
        << 0.020135513550688863 << QList<qint64>{2, 2} << Values{0.5, 0.5} << Values{0.4, 0.6}
        << Values{0.13081203594113697, 0.056633012265132426}
        << Values{0.05232481437645479, 0.033979807359079454}
        << Values{-0.08925742052568389, 0.10939293407637275};
    QTest::newRow("L 1,2,3,4 (python)")
        << false << small << smallGroups << Values{} << 0.12177727428716867 << 0.10136627702704108
        << 0.020410997260127586 << QList<qint64>{2, 2} << Values{0.5, 0.5} << Values{0.4, 0.6}
        << Values{0.14384103622589042, 0.05889151782819174}
        << Values{0.07192051811294521, 0.02944575891409587}
        << Values{0.11157177565710488, -0.0911607783969773};

    QTest::newRow("T weighted irregular (python)")
        << true << IrregularValues << IrregularGroups << IrregularWeights << 0.22447349723262194
        << 0.1749195615660064 << 0.04955393566661555 << QList<qint64>{2, 2, 2}
        << Values{0.21428571428571427, 0.2857142857142857, 0.5}
        << Values{0.22535211267605634, 0.15492957746478875, 0.619718309859155}
        << Values{0.11533834442172075, 0.500720209543219, 0.1151352967150798}
        << Values{0.02599173958799341, 0.07757637049261142, 0.07135145148540158}
        << Values{0.011347354624363901, -0.09482025342568091, 0.13302683446793256};
    QTest::newRow("L weighted irregular (python)")
        << false << IrregularValues << IrregularGroups << IrregularWeights << 0.30591461243537976
        << 0.24916987511429217 << 0.05674473732108748 << QList<qint64>{2, 2, 2}
        << Values{0.21428571428571427, 0.2857142857142857, 0.5}
        << Values{0.22535211267605634, 0.15492957746478875, 0.619718309859155}
        << Values{0.14565394068148085, 0.4917405262585209, 0.1549220463602235}
        << Values{0.031211558717460182, 0.14049729321672025, 0.07746102318011175}
        << Values{-0.010790118459774598, 0.17486332449930764, -0.10732846871844556};

    // Provinces by NBS region (groups East, Central, West, Northeast), python.
    const Values provinceP{0.3225806451612903, 0.1935483870967742, 0.3870967741935484, 0.0967741935483871};
    const Values provinceS{0.4012697286752971, 0.25859904238340137, 0.2717219365135663, 0.06840929242773541};
    const QList<qint64> regionCounts{10, 6, 12, 3};
    QTest::newRow("T provinces population by region (python)")
        << true << ProvincePopulation << ProvinceRegion << Values{} << 0.2185822885974667
        << 0.17595388435278983 << 0.04262840424467697 << regionCounts << provinceP << provinceS
        << Values{0.23967459584901546, 0.05197758646694392, 0.23714678275611342, 0.027779664201264785}
        << Values{0.09617416004669592, 0.01344135408575214, 0.06443798304845315, 0.0019003871718886157}
        << Values{0.0875894267438067, 0.07492938789869817, -0.09616116327836378, -0.02372924711946411};
    QTest::newRow("L provinces population by region (python)")
        << false << ProvincePopulation << ProvinceRegion << Values{} << 0.2775340124317059
        << 0.23346798975167968 << 0.04406602268002615 << regionCounts << provinceP << provinceS
        << Values{0.29862573777555246, 0.05216347296968179, 0.3211759847415771, 0.02805254994317654}
        << Values{0.09633088315340402, 0.010096156058648088, 0.12432618764190081, 0.0027147628977267618}
        << Values{-0.07041312057503364, -0.05608088119846975, 0.13699179604476006, 0.03356822840876948};

    // Density weighted by area: p_g = area shares, s_g = population shares (the same s_g as
    // above, as it must be).
    const Values areaP{0.09608956006998277, 0.1068826020406704, 0.7148040515963099, 0.0822237862930369};
    const Values popS{0.401269728675297, 0.2585990423834013, 0.27172193651356624, 0.06840929242773541};
    QTest::newRow("T provinces density by area, by region (python)")
        << true << provinceDensity() << ProvinceRegion << ProvinceArea << 0.7995412970832172
        << 0.27290086851305734 << 0.5266404285701597 << regionCounts << areaP << popS
        << Values{0.10367096633160724, 0.05357944548960046, 0.7535836238273169, 0.18535571185374217}
        << Values{0.041600020531389885, 0.01385559329504433, 0.2047652015912694, 0.012680053095353711}
        << Values{0.5735561576265056, 0.2284845912711038, -0.2628173913453793, -0.012582928982070422};
    QTest::newRow("L provinces density by area, by region (python)")
        << false << provinceDensity() << ProvinceRegion << ProvinceArea << 1.1703417843347932
        << 0.6956203170999425 << 0.4747214672348506 << regionCounts << areaP << popS
        << Values{0.0879287804113006, 0.05129428931939476, 0.9340257330002385, 0.17079527165793176}
        << Values{0.008449037827211995, 0.0054824671122838805, 0.6676453782437837, 0.014043433916662962}
        << Values{-0.13734591703117793, -0.09443587809210748, 0.69137935116354, 0.015123911194596001};
}

void TestInequality::theilDecomposition()
{
    QFETCH(bool, isT);
    QFETCH(Values, values);
    QFETCH(Labels, groups);
    QFETCH(Values, weights);
    QFETCH(double, total);
    QFETCH(double, within);
    QFETCH(double, between);
    QFETCH(QList<qint64>, counts);
    QFETCH(Values, p);
    QFETCH(Values, s);
    QFETCH(Values, groupWithin);
    QFETCH(Values, withinContribution);
    QFETCH(Values, betweenContribution);

    const TheilDecomposition d =
        decomposeTheil(isT ? TheilIndex::T : TheilIndex::L, sp(values), sp(groups), sp(weights));
    VERIFY_OK(d);
    QVERIFY(d.issues.isEmpty());
    QCOMPARE(d.index, isT ? TheilIndex::T : TheilIndex::L);
    COMPARE_NEAR(d.total, total);
    COMPARE_NEAR(d.within, within);
    COMPARE_NEAR(d.between, between);
    QVERIFY2(std::abs(d.within + d.between - d.total) <= IdentityTolerance,
             nearMessage("within + between", d.within + d.between, d.total).constData());
    // total equals the stand-alone index
    COMPARE_NEAR(d.total,
                 isT ? theilT(sp(values), sp(weights)).value : theilL(sp(values), sp(weights)).value);

    QCOMPARE(d.groups.size(), counts.size());
    Values gp, gs, gw, gwc, gbc;
    for (qsizetype g = 0; g < d.groups.size(); ++g) {
        QCOMPARE(d.groups[g].group, int(g));
        QCOMPARE(d.groups[g].unitCount, counts[g]);
        gp << d.groups[g].populationShare;
        gs << d.groups[g].valueShare;
        gw << d.groups[g].within;
        gwc << d.groups[g].withinContribution;
        gbc << d.groups[g].betweenContribution;
    }
    COMPARE_LIST_NEAR(gp, p);
    COMPARE_LIST_NEAR(gs, s);
    COMPARE_LIST_NEAR(gw, groupWithin);
    COMPARE_LIST_NEAR(gwc, withinContribution);
    COMPARE_LIST_NEAR(gbc, betweenContribution);
}

void TestInequality::giniDecomposition_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Labels>("groups");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("within");
    QTest::addColumn<double>("netBetween");
    QTest::addColumn<double>("transvariation");
    QTest::addColumn<Values>("groupGini");
    QTest::addColumn<Labels>("higher");
    QTest::addColumn<Labels>("lower");
    QTest::addColumn<Values>("pairGini");
    QTest::addColumn<Values>("d");
    QTest::addColumn<Values>("pTrans");
    QTest::addColumn<Values>("D");

    // Hand, x = {1,2,3,4}, groups 0 = {1,3} (mu 2), 1 = {2,4} (mu 3); n = 4, mu = 2.5.
    //  p = (0.5, 0.5), s = (4/10, 6/10).
    //  G_00 = (|1-3| + |3-1|) / (2 * 2^2 * 2) = 4/16 = 0.25;  G_11 = 4 / (2 * 4 * 3) = 1/6
    //  G_w = p_0 s_0 G_00 + p_1 s_1 G_11 = 0.5*0.4*0.25 + 0.5*0.6/6 = 0.05 + 0.05 = 0.1
    //  pair j = 1 (higher mean), h = 0: differences y_1 - y_0: 2-1=1, 2-3=-1, 4-1=3, 4-3=1
    //  G_10 = (1+1+3+1) / (2*2*(3+2)) = 6/20 = 0.3
    //  d_10 = (1+3+1)/4 = 1.25, p_10 = 1/4 = 0.25, D_10 = (1.25-0.25)/(1.25+0.25) = 2/3
    //  weight p_1 s_0 + p_0 s_1 = 0.5*0.4 + 0.5*0.6 = 0.5
    //  G_nb = 0.3*0.5*(2/3) = 0.1, G_t = 0.3*0.5*(1/3) = 0.05; G = 0.1 + 0.1 + 0.05 = 0.25 (as above).
    QTest::newRow("1,2,3,4 (hand)") << Values{1, 2, 3, 4} << Labels{0, 1, 0, 1} << Values{} << 0.25 << 0.1
                                    << 0.1 << 0.05 << Values{0.25, 1.0 / 6.0} << Labels{1} << Labels{0}
                                    << Values{0.3} << Values{1.25} << Values{0.25} << Values{2.0 / 3.0};
    QTest::newRow("weighted irregular (python)")
        << IrregularValues << IrregularGroups << IrregularWeights << 0.32293762575452717 << 0.0915492957746479
        << 0.15090543259557349 << 0.08048289738430583
        << Values{0.20833333333333334, 0.4772727272727273, 0.19480519480519481} << Labels{0, 2, 2}
        << Labels{1, 0, 1} << Values{0.48453608247422686, 0.24590163934426226, 0.4861660079051384}
        << Values{3.25, 1.9047619047619047, 3.9642857142857144}
        << Values{0.6666666666666666, 0.9523809523809523, 0.42857142857142855}
        << Values{0.6595744680851064, 0.33333333333333337, 0.8048780487804879};
    // Provinces, population size by region (python). Central has the highest mean (6076),
    // then East (5656.9), Northeast (3214.7), West (3192.2).
    QTest::newRow("provinces population by region (python)")
        << ProvincePopulation << ProvinceRegion << Values{} << 0.3653491525035896 << 0.09741809632227175
        << 0.14967902110303247 << 0.11825203507828544
        << Values{0.38033021619614993, 0.17585582620144832, 0.3664047407716806, 0.12781695008986588}
        << Labels{Central, East, East, Central, Central, Northeast}
        << Labels{East, West, Northeast, West, Northeast, West}
        << Values{0.3128609863432456,  0.45069536523625847, 0.40728244165818145,
                  0.36989216373848355, 0.31654228855721395, 0.27713465657327674}
        << Values{2044.9333333333334, 3226.483333333333, 3027.7333333333336,
                  3156.0277777777774, 2901.111111111111, 899.0277777777777}
        << Values{1625.8333333333333, 761.75, 585.5, 272.19444444444446, 39.77777777777778, 876.5277777777777}
        << Values{0.114172334571343, 0.6180012871196102, 0.6759135400426212,
                  0.841203733713619, 0.9729484660722382, 0.012672090112640802};
    // Provinces, density weighted by area (python). East and Northeast do not overlap
    // (p_jh = 0, D_jh = 1).
    QTest::newRow("provinces density by area, by region (python)")
        << provinceDensity() << ProvinceRegion << ProvinceArea << 0.6594425630294191 << 0.13875394516785888
        << 0.5014939264070353 << 0.019194691454524855
        << Values{0.21463242433109753, 0.1763374597171622, 0.6376673492249829, 0.3113754281828491}
        << Labels{East, East, East, Central, Central, Northeast}
        << Labels{Central, West, Northeast, West, Northeast, West}
        << Values{0.3039806793595279, 0.8335191044571197, 0.6677350761288665,
                  0.7327954487994899, 0.4969942054233484, 0.5881091321579417}
        << Values{275.7432905455319, 556.6650164370513,  490.2866647110268,
                  299.8944257878956, 234.83812090890578, 85.38323003717956}
        << Values{18.20719376707851,  0.12907962445904222, 0.0,
                  0.8945857537566883, 2.0875529763324687,  19.133957935613974}
        << Values{0.8761206751561903, 0.9995363470073694, 1.0,
                  0.9940517391298862, 0.9823779927088558, 0.6338600701619591};
}

void TestInequality::giniDecomposition()
{
    QFETCH(Values, values);
    QFETCH(Labels, groups);
    QFETCH(Values, weights);
    QFETCH(double, total);
    QFETCH(double, within);
    QFETCH(double, netBetween);
    QFETCH(double, transvariation);
    QFETCH(Values, groupGini);
    QFETCH(Labels, higher);
    QFETCH(Labels, lower);
    QFETCH(Values, pairGini);
    QFETCH(Values, d);
    QFETCH(Values, pTrans);
    QFETCH(Values, D);

    const GiniDecomposition g = decomposeGini(sp(values), sp(groups), sp(weights));
    VERIFY_OK(g);
    QVERIFY(g.issues.isEmpty());
    COMPARE_NEAR(g.total, total);
    COMPARE_NEAR(g.within, within);
    COMPARE_NEAR(g.netBetween, netBetween);
    COMPARE_NEAR(g.transvariation, transvariation);
    COMPARE_NEAR(g.grossBetween(), netBetween + transvariation);
    QVERIFY2(
        std::abs(g.within + g.netBetween + g.transvariation - g.total) <= IdentityTolerance,
        nearMessage("G_w + G_nb + G_t", g.within + g.netBetween + g.transvariation, g.total).constData());
    COMPARE_NEAR(g.total, giniCoefficient(sp(values), sp(weights)).value);

    Values gjj;
    double withinSum = 0.0;
    for (const GiniGroupTerm &term : g.groups) {
        gjj << term.gini;
        COMPARE_NEAR(term.contribution, term.gini * term.populationShare * term.valueShare);
        withinSum += term.contribution;
    }
    COMPARE_LIST_NEAR(gjj, groupGini);
    COMPARE_NEAR(withinSum, g.within);

    QCOMPARE(g.pairs.size(), pairGini.size());
    Values gjh, dd, pp, DD;
    for (qsizetype k = 0; k < g.pairs.size(); ++k) {
        const GiniGroupPair &pair = g.pairs[k];
        QCOMPARE(pair.higherGroup, higher[k]);
        QCOMPARE(pair.lowerGroup, lower[k]);
        gjh << pair.gini;
        dd << pair.grossAffluence;
        pp << pair.transvariationMoment;
        DD << pair.relativeAffluence;
        QVERIFY(pair.relativeAffluence >= 0.0 && pair.relativeAffluence <= 1.0);
        // G_jh D_jh = (mu_j - mu_h) / (mu_j + mu_h), since d_jh - p_jh = mu_j - mu_h.
        const double muJ = g.groups[pair.higherGroup].mean;
        const double muH = g.groups[pair.lowerGroup].mean;
        QVERIFY(std::abs(pair.gini * pair.relativeAffluence - (muJ - muH) / (muJ + muH)) <= 1e-12);
    }
    COMPARE_LIST_NEAR(gjh, pairGini);
    COMPARE_LIST_NEAR(dd, d);
    COMPARE_LIST_NEAR(pp, pTrans);
    COMPARE_LIST_NEAR(DD, D);
}

void TestInequality::invalidInput_data()
{
    QTest::addColumn<Function>("function");
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<Rows>("rows"); // Issue::row of the expected errors, in order

    const Labels l3{0, 0, 1};
    QTest::newRow("gini NaN value") << Function::Gini << Values{1, NaN, 3} << Values{} << l3 << Rows{1};
    QTest::newRow("gini infinite value")
        << Function::Gini << Values{1, 2, std::numeric_limits<double>::infinity()} << Values{} << l3
        << Rows{2};
    QTest::newRow("gini negative value") << Function::Gini << Values{1, -2, 3} << Values{} << l3 << Rows{1};
    QTest::newRow("theil T negative value")
        << Function::TheilT << Values{-1, 2, 3} << Values{} << l3 << Rows{0};
    QTest::newRow("theil L zero value") << Function::TheilL << Values{1, 0, 3} << Values{} << l3 << Rows{1};
    QTest::newRow("theil L two zeros") << Function::TheilL << Values{0, 2, 0} << Values{} << l3 << Rows{0, 2};
    QTest::newRow("GE(-1) zero value") << Function::GeMinus1 << Values{1, 2, 0} << Values{} << l3 << Rows{2};
    QTest::newRow("GE(0.5) negative value")
        << Function::GeHalf << Values{1, -2, 3} << Values{} << l3 << Rows{1};
    QTest::newRow("cv NaN value") << Function::Cv << Values{NaN, 2, 3} << Values{} << l3 << Rows{0};
    QTest::newRow("negative weight") << Function::Gini << Values{1, 2, 3} << Values{1, -1, 1} << l3
                                     << Rows{1};
    QTest::newRow("NaN weight") << Function::TheilT << Values{1, 2, 3} << Values{1, 1, NaN} << l3 << Rows{2};
    QTest::newRow("value and weight bad in one unit")
        << Function::Gini << Values{1, -2, 3} << Values{1, -1, 1} << l3 << Rows{1, 1};
    QTest::newRow("all values zero") << Function::Gini << Values{0, 0, 0} << Values{} << l3 << Rows{-1};
    QTest::newRow("all values zero, theil T")
        << Function::TheilT << Values{0, 0, 0} << Values{} << l3 << Rows{-1};
    QTest::newRow("positive values only where weight 0")
        << Function::Cv << Values{0, 5, 0} << Values{1, 0, 1} << l3 << Rows{-1};
    QTest::newRow("all weights zero")
        << Function::Gini << Values{1, 2, 3} << Values{0, 0, 0} << l3 << Rows{-1};
    QTest::newRow("weights length mismatch")
        << Function::TheilT << Values{1, 2, 3} << Values{1, 1} << l3 << Rows{-1};
    QTest::newRow("one unit") << Function::Gini << Values{4} << Values{} << Labels{0} << Rows{-1};
    QTest::newRow("no units") << Function::TheilL << Values{} << Values{} << Labels{} << Rows{-1};
    QTest::newRow("lorenz negative value")
        << Function::Lorenz << Values{1, 2, -3} << Values{} << l3 << Rows{2};
    QTest::newRow("lorenz one unit") << Function::Lorenz << Values{1} << Values{} << Labels{0} << Rows{-1};
    QTest::newRow("theil decomposition labels mismatch")
        << Function::TheilDecompT << Values{1, 2, 3} << Values{} << Labels{0, 1} << Rows{-1};
    QTest::newRow("theil L decomposition zero value")
        << Function::TheilDecompL << Values{1, 2, 0} << Values{} << l3 << Rows{2};
    QTest::newRow("dagum NaN value") << Function::DagumGini << Values{1, NaN, 3} << Values{} << l3 << Rows{1};
    QTest::newRow("dagum labels mismatch")
        << Function::DagumGini << Values{1, 2, 3} << Values{} << Labels{0, 1, 1, 0} << Rows{-1};
}

void TestInequality::invalidInput()
{
    QFETCH(Function, function);
    QFETCH(Values, values);
    QFETCH(Values, weights);
    QFETCH(Labels, labels);
    QFETCH(Rows, rows);

    bool allZero = false;
    const IssueList issues = runFunction(function, values, weights, labels, &allZero);
    QVERIFY(hasErrors(issues));
    QVERIFY2(allZero, "results must be 0 (never NaN) when there are errors");
    Rows actualRows;
    for (const Issue &issue : issues) {
        QCOMPARE(issue.severity, Issue::Severity::Error);
        QVERIFY(!issue.message.isEmpty());
        if (issue.row >= 0)
            QVERIFY2(issue.message.contains(u"Unit %1"_s.arg(issue.row)), qPrintable(issue.message));
        actualRows << issue.row;
    }
    QCOMPARE(actualRows, rows);
}

void TestInequality::theilTAllowsZero()
{
    // 0 ln 0 = 0: zeros are allowed in Theil T, GE(alpha > 0), Gini, CV and the Lorenz curve.
    const Values x{0, 0, 0, 1};
    QVERIFY(theilT(sp(x)).ok());
    QVERIFY(generalizedEntropy(sp(x), 0.5).ok());
    QVERIFY(giniCoefficient(sp(x)).ok());
    QVERIFY(coefficientOfVariation(sp(x)).ok());
    QVERIFY(lorenzCurve(sp(x)).ok());
    QVERIFY(decomposeTheil(TheilIndex::T, sp(x), sp(Labels{0, 1, 0, 1})).ok());
    // Generalized entropy with a non-finite alpha is an error, not NaN.
    const auto bad = generalizedEntropy(sp(x), NaN);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.value, 0.0);
}

void TestInequality::unitIssuesAreCapped()
{
    Values x(25, NaN);
    x << 1.0;
    const auto r = giniCoefficient(sp(x));
    QVERIFY(!r.ok());
    QCOMPARE(r.issues.size(), 21); // 20 listed units + one "5 more" summary
    QCOMPARE(r.issues[19].row, 19);
    QCOMPARE(r.issues.last().row, -1);
    QVERIFY2(r.issues.last().message.contains(u"5"_s), qPrintable(r.issues.last().message));
}

void TestInequality::decompositionWarnings()
{
    // A group with one unit: warning with its row, results still valid and consistent.
    {
        const Values x{1, 2, 3, 4, 10};
        const Labels g{0, 0, 1, 1, 2};
        const TheilDecomposition t = decomposeTheil(TheilIndex::L, sp(x), sp(g));
        VERIFY_OK(t);
        QCOMPARE(t.issues.size(), 1);
        QCOMPARE(t.issues.first().severity, Issue::Severity::Warning);
        QCOMPARE(t.issues.first().row, 4);
        QCOMPARE(t.groups[2].within, 0.0);
        QVERIFY(std::abs(t.within + t.between - t.total) <= IdentityTolerance);
        const GiniDecomposition d = decomposeGini(sp(x), sp(g));
        VERIFY_OK(d);
        QCOMPARE(d.issues.size(), 1);
        QCOMPARE(d.issues.first().row, 4);
        QVERIFY(std::abs(d.within + d.netBetween + d.transvariation - d.total) <= IdentityTolerance);
    }
    // One group for all units: warning; between = 0, within = total.
    {
        const Values x{1, 2, 3, 4};
        const TheilDecomposition t = decomposeTheil(TheilIndex::T, sp(x), sp(Labels{7, 7, 7, 7}));
        VERIFY_OK(t);
        QCOMPARE(t.issues.size(), 1);
        QCOMPARE(t.issues.first().severity, Issue::Severity::Warning);
        QCOMPARE(t.between, 0.0);
        COMPARE_NEAR(t.within, t.total);
        QCOMPARE(t.groups.first().group, 7);
    }
    // A group whose values are all 0 (allowed for Theil T and Gini). Hand: x = {0,0,1,2},
    // groups {0,0} and {1,2}: T = ln(4/3) + (2/3) ln 2 = T_1 + ln 2, with
    // T_1 = (1/3) ln(2/3) + (2/3) ln(4/3) (group 1, s_1 = 1, p_1 = 1/2, between = ln 2).
    {
        const Values x{0, 0, 1, 2};
        const Labels g{0, 0, 1, 1};
        const TheilDecomposition t = decomposeTheil(TheilIndex::T, sp(x), sp(g));
        VERIFY_OK(t);
        QCOMPARE(t.issues.size(), 1);
        QCOMPARE(t.issues.first().severity, Issue::Severity::Warning);
        COMPARE_NEAR(t.total, std::log(4.0 / 3.0) + 2.0 / 3.0 * std::log(2.0));
        COMPARE_NEAR(t.groups[1].within, std::log(2.0 / 3.0) / 3.0 + 2.0 / 3.0 * std::log(4.0 / 3.0));
        COMPARE_NEAR(t.between, std::log(2.0));
        QCOMPARE(t.groups[0].within, 0.0);
        QVERIFY(std::abs(t.within + t.between - t.total) <= IdentityTolerance);
        const GiniDecomposition d = decomposeGini(sp(x), sp(g));
        VERIFY_OK(d);
        QVERIFY(std::abs(d.within + d.netBetween + d.transvariation - d.total) <= IdentityTolerance);
    }
    // A group whose units all have weight 0: warning, zero shares, no contribution.
    {
        const Values x{1, 2, 3, 4};
        const Values w{1, 1, 0, 0};
        const TheilDecomposition t = decomposeTheil(TheilIndex::T, sp(x), sp(Labels{0, 0, 1, 1}), sp(w));
        VERIFY_OK(t);
        QCOMPARE(t.issues.size(), 1);
        QCOMPARE(t.groups[1].populationShare, 0.0);
        COMPARE_NEAR(t.total, theilT(sp(Values{1, 2})).value);
        QVERIFY(std::abs(t.within + t.between - t.total) <= IdentityTolerance);
    }
}

void TestInequality::coefficientOfVariationAtTheEdgesOfDouble_data()
{
    QTest::addColumn<Values>("x");
    QTest::addColumn<Values>("w");
    QTest::addColumn<double>("expected");
    // By hand: CV is scale-free, CV(x) = CV(x / c). Dividing by M = 1e308, {M, M, 5, 7} is
    // {1, 1, 5e-308, 7e-308}: mean 0.5 (the tiny values change it by 3e-308, below rounding),
    // deviations ±0.5, population sd 0.5, CV = 0.5 / 0.5 = 1. Unscaled, (M - M/2)^2 overflows.
    QTest::newRow("near the largest double") << Values{1e308, 1e308, 5, 7} << Values{} << 1.0;
    // {s, s, 0, 0} with s = 1e-320 (subnormal) is {1, 1, 0, 0} times s: CV = 1 as above.
    // Unscaled, (s - s/2)^2 underflows to 0 and CV came out 0.
    QTest::newRow("subnormal values") << Values{1e-320, 1e-320, 0, 0} << Values{} << 1.0;
    // {M, 0} with weights {1, 3}: p = {1/4, 3/4}, mean M/4, deviations 3M/4 and -M/4,
    // variance (1/4)(9/16) M^2 + (3/4)(1/16) M^2 = (3/16) M^2, sd (sqrt 3 / 4) M, CV = sqrt 3.
    QTest::newRow("weighted, near the largest double") << Values{1.5e308, 0} << Values{1, 3} << std::sqrt(3.0);
    // {2M, 3M, 5M} with M = 1e300: mean 10M/3, deviations -4M/3, -M/3, 5M/3; variance
    // (16 + 1 + 25)/27 M^2 = 14/9 M^2; CV = sqrt(14)/3 / (10/3) = sqrt(14) / 10.
    QTest::newRow("large, not extreme") << Values{2e300, 3e300, 5e300} << Values{} << std::sqrt(14.0) / 10.0;
}

void TestInequality::coefficientOfVariationAtTheEdgesOfDouble()
{
    QFETCH(Values, x);
    QFETCH(Values, w);
    QFETCH(double, expected);
    const auto cv = coefficientOfVariation(sp(x), sp(w));
    VERIFY_OK(cv);
    QVERIFY2(std::isfinite(cv.value), qPrintable(QString::number(cv.value)));
    COMPARE_NEAR(cv.value, expected);
}

QTEST_APPLESS_MAIN(TestInequality)

#include "tst_inequality.moc"
