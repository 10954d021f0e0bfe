// Tests for analysis/percapita.h: per-capita values, densities, location quotients, the
// per-capita share method, group totals, and input validation.
//
// Where the reference numbers come from:
//   - "hand": worked out in the comment next to the row;
//   - "python": Python 3 with fractions.Fraction (exact rational arithmetic), the result
//     converted with float() and printed with repr() (17 significant digits); the expression
//     is given in the comment;
//   - "facts": shared/reference/facts.md (§1 population 2022, §2 land area and the
//     derived densities, §3 NBS four-region sums).
// Enterprise counts and other "values" below are made-up TEST INPUTS, not data, unless a
// comment says otherwise.
//
// Tolerance: 1e-12 relative (absolute 1e-12 when the reference is 0).

#include "analysis/percapita.h"
#include "provincedata.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace CityAtlas;
using namespace Qt::StringLiterals;
using namespace TestUtil;

namespace {

using Expected = QList<std::optional<double>>;

constexpr double Tolerance = 1e-12;
constexpr double Inf = std::numeric_limits<double>::infinity();

#define COMPARE_NEAR(actual, expected)                                                                       \
    QVERIFY2(isNear((actual), (expected), Tolerance), nearMessage(#actual, (actual), (expected)).constData())

QString optionalText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : u"nullopt"_s;
}

// Empty when the per-unit results match, otherwise a description of the first difference.
QByteArray unitDifference(const QList<std::optional<double>> &actual, const Expected &expected)
{
    if (actual.size() != expected.size())
        return "size " + QByteArray::number(actual.size()) + ", expected " + QByteArray::number(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const bool same = actual[i].has_value() == expected[i].has_value()
                          && (!expected[i] || isNear(*actual[i], *expected[i], Tolerance));
        if (!same)
            return u"unit %1: actual %2, expected %3"_s.arg(i)
                .arg(optionalText(actual[i]), optionalText(expected[i]))
                .toUtf8();
    }
    return {};
}

#define COMPARE_UNITS(actual, expected)                                                                      \
    do {                                                                                                     \
        const QByteArray diff_ = unitDifference((actual), (expected));                                      \
        QVERIFY2(diff_.isEmpty(), diff_.constData());                                                        \
    } while (false)

// "W1 E-1": a Warning for row 1, then an Error with row -1 (in the order they are reported).
QString issueSpec(const IssueList &issues)
{
    QStringList parts;
    for (const Issue &issue : issues)
        parts << (issue.severity == Issue::Severity::Error ? u"E"_s : u"W"_s) + QString::number(issue.row);
    return parts.join(u' ');
}

#define COMPARE_ISSUES(issues, spec)                                                                         \
    QVERIFY2(issueSpec(issues) == (spec),                                                                    \
             (u"issues '%1', expected '%2': "_s.arg(issueSpec(issues), (spec)).toUtf8()                      \
              + issuesText(issues))                                                                          \
                 .constData())

// Density 2022, persons/km², as derived and rounded to 0.1 in facts §2.
const Values ProvinceDensityRounded = {1330.8, 1143.7, 393.0, 222.1, 20.3,  282.8, 125.3, 68.1,  3903.5, 829.9, 646.1,
                                       439.5,  338.0,  271.3, 646.9, 591.1, 314.4, 311.8, 704.3, 212.4,  290.5, 389.9,
                                       172.3,  218.8,  119.1, 3.0,   192.2, 58.5,  8.2,   109.6, 15.5};
// Region sums (facts §3, derived there from §1-§2): East, Central, West, Northeast.
const Values RegionPopulation = {56569, 36456, 38306, 9644};
const Values RegionArea = {923922.5, 1027700.0, 6873000.0, 790600.0};
const QList<qint64> RegionProvinceCount = {10, 6, 12, 3};

// Enterprise counts per NBS region: a MADE-UP TEST INPUT, not data.
const Values RegionEnterprisesTestInput = {182000, 61000, 57000, 12500};
// python: r = [Fraction(v, p) for v, p in zip(values, populations)]; share = r_g / sum(r)
//   r      = 182000/56569, 61000/36456, 57000/38306, 12500/9644
//          = 3.2173098340080255, 1.673249945139346, 1.4880175429436642, 1.2961426793861468
//   sum(r) = 7.674720001477183
//   share  = 19149367767621/45679789452767, 159346436469047/730876631244272,
//            35426609987391/182719157811068, 123433870543725/730876631244272
//          = 0.41920875724310175, 0.2180209759857414, 0.19388558053678306, 0.1688846862343738
// Hand check of the first: 182000 / 56569 = 3.21731; 3.21731 / 7.67472 = 0.41921.
const Values RegionRatioReference = {3.2173098340080255, 1.673249945139346, 1.4880175429436642,
                                     1.2961426793861468};
const Values RegionShareReference = {0.41920875724310175, 0.2180209759857414, 0.19388558053678306,
                                     0.1688846862343738};

enum class Function {
    PerCapita,
    Density,
    LocationQuotient,
    Shares,
    Totals,
};

struct Outcome
{
    IssueList issues;
    Rows present; // units with a value (per-unit functions) or group indices in the result list
};

Outcome run(Function f, const Values &a, const Values &b, const Labels &labels, double perPersons,
            double populationUnit, int groupCount)
{
    Outcome out;
    auto collect = [&out](const PerUnitResult &r, qsizetype n) {
        out.issues = r.issues;
        QCOMPARE(r.values.size(), n); // one entry per value, always
        for (qsizetype i = 0; i < r.values.size(); ++i) {
            if (r.values[i]) {
                QVERIFY2(std::isfinite(*r.values[i]), "a present result must be finite");
                out.present << i;
            }
        }
    };
    switch (f) {
    case Function::PerCapita:
        collect(perCapita(sp(a), sp(b), perPersons, populationUnit), a.size());
        break;
    case Function::Density:
        collect(density(sp(a), sp(b)), a.size());
        break;
    case Function::LocationQuotient:
        collect(locationQuotient(sp(a), sp(b)), a.size());
        break;
    case Function::Shares: {
        const PerCapitaShares r = perCapitaShares(sp(a), sp(b));
        out.issues = r.issues;
        for (qsizetype g = 0; g < r.groups.size(); ++g)
            out.present << g;
        break;
    }
    case Function::Totals: {
        const GroupTotals r = groupTotals(sp(a), sp(labels), groupCount);
        out.issues = r.issues;
        for (qsizetype g = 0; g < r.groups.size(); ++g)
            out.present << g;
        break;
    }
    }
    return out;
}

// r is valid, with the current row's issues (column "issues", see issueSpec) and per-unit
// results (column "expected").
void verifyUnitResult(const PerUnitResult &r)
{
    QFETCH(Expected, expected);
    QFETCH(QString, issues);
    QVERIFY2(r.ok(), issuesText(r.issues).constData());
    COMPARE_ISSUES(r.issues, issues);
    COMPARE_UNITS(r.values, expected);
}

} // namespace

class TestPerCapita : public QObject
{
    Q_OBJECT

private slots:
    void perCapitaValues_data();
    void perCapitaValues();
    void perCapitaDefaultsAndUnits();
    void densityValues_data();
    void densityValues();
    void provinceDensity();
    void locationQuotientValues_data();
    void locationQuotientValues();
    void locationQuotientProvinces();
    void perCapitaSharesValues_data();
    void perCapitaSharesValues();
    void perCapitaSharesNbsRegions();
    void groupTotalsNbsRegions();
    void groupTotalsMissingValues();
    void badInput_data();
    void badInput();
};

void TestPerCapita::perCapitaValues_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("population");
    QTest::addColumn<double>("perPersons");
    QTest::addColumn<double>("populationUnit");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<QString>("issues");

    // Hand: Beijing 2022 has 2184 (10k persons) = 21,840,000 persons (facts §1); 21840 / 21,840,000
    // = 0.001 per person = 10 per 10,000 people.
    QTest::newRow("Beijing, per 10k, population in 10k")
        << Values{21840} << Values{2184} << 10000.0 << 10000.0 << Expected{10.0} << QString();
    // Hand: Shanghai 2022, 2475 (10k) = 24,750,000 persons; 4950 / 24,750,000 × 100,000 = 20.
    QTest::newRow("Shanghai, per 100k, population in 10k")
        << Values{4950} << Values{2475} << 100000.0 << 10000.0 << Expected{20.0} << QString();
    // Hand: 50 / 200 = 0.25, 3 / 4 = 0.75 per person.
    QTest::newRow("per person, population in persons")
        << Values{50, 3} << Values{200, 4} << 1.0 << 1.0 << Expected{0.25, 0.75} << QString();
    // Hand: a net change of -30 in 1500 persons = -20 per 1000.
    QTest::newRow("negative value, per 1000")
        << Values{-30} << Values{1500} << 1000.0 << 1.0 << Expected{-20.0} << QString();
    QTest::newRow("zero value") << Values{0} << Values{10} << 10000.0 << 1.0 << Expected{0.0} << QString();
    // Hand: 21840 / 2184 = 10; 1363 / 1363 = 1 (per 10k people, population in 10k).
    QTest::newRow("missing value")
        << Values{21840, NaN, 1363} << Values{2184, 7420, 1363} << 10000.0 << 10000.0
        << Expected{10.0, std::nullopt, 1.0} << u"W1"_s;
    // Hand: 6 / 2 = 3.
    QTest::newRow("zero population")
        << Values{5, 6} << Values{0, 2} << 1.0 << 1.0 << Expected{std::nullopt, 3.0} << u"W0"_s;
    QTest::newRow("no units") << Values{} << Values{} << 10000.0 << 1.0 << Expected{} << QString();
}

void TestPerCapita::perCapitaValues()
{
    QFETCH(Values, values);
    QFETCH(Values, population);
    QFETCH(double, perPersons);
    QFETCH(double, populationUnit);
    verifyUnitResult(perCapita(sp(values), sp(population), perPersons, populationUnit));
}

void TestPerCapita::perCapitaDefaultsAndUnits()
{
    // Defaults: per 10,000 persons, population in persons. Hand: 21840 / 21,840,000 × 10,000 = 10.
    const PerUnitResult defaults = perCapita(sp(Values{21840}), sp(Values{21840000}));
    QVERIFY(defaults.ok());
    COMPARE_UNITS(defaults.values, Expected{10.0});

    // The population unit only rescales: population in 10k with populationUnit 10000 gives the
    // same as population in persons with populationUnit 1 (31 provinces, made-up values x_i = i + 1).
    Values x, persons;
    for (qsizetype i = 0; i < ProvincePopulation.size(); ++i) {
        x << double(i + 1);
        persons << ProvincePopulation[i] * 10000.0;
    }
    const PerUnitResult in10k = perCapita(sp(x), sp(ProvincePopulation), 10000.0, 10000.0);
    const PerUnitResult inPersons = perCapita(sp(x), sp(persons), 10000.0, 1.0);
    QVERIFY(in10k.ok());
    QVERIFY(inPersons.ok());
    Expected reference;
    for (const auto &v : inPersons.values)
        reference << v;
    COMPARE_UNITS(in10k.values, reference);
}

void TestPerCapita::densityValues_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("area");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<QString>("issues");

    // Hand: Shanghai 2022, 24,750,000 persons / 6,340.5 km² = 247,500,000 / 63,405
    // = 5,500,000 / 1,409 (both divided by 45); 1,409 × 3,903 = 5,499,327, remainder 673,
    // 673 / 1,409 = 0.4776437189496097 (python: float(Fraction(673, 1409))), so
    // 3903.4776437189...; python float(Fraction(5500000, 1409)) = 3903.47764371895.
    // facts §2 lists 3,903.5.
    QTest::newRow("Shanghai 2022") << Values{24750000} << Values{6340.5} << Expected{3903.47764371895}
                                   << QString();
    // python: 21840000 / 16411 = 1330.8146974590213 (Beijing 2022; facts §2: 1,330.8).
    QTest::newRow("Beijing 2022") << Values{21840000} << Values{16411} << Expected{1330.8146974590213}
                                  << QString();
    // Hand: -100 / 4 = -25; 0 / 2 = 0.
    QTest::newRow("negative and zero values")
        << Values{-100, 0} << Values{4, 2} << Expected{-25.0, 0.0} << QString();
    // Hand: 10 / 5 = 2.
    QTest::newRow("missing area") << Values{10, 7} << Values{5, NaN} << Expected{2.0, std::nullopt} << u"W1"_s;
    QTest::newRow("zero area") << Values{10, 7} << Values{0, 7} << Expected{std::nullopt, 1.0} << u"W0"_s;
}

void TestPerCapita::densityValues()
{
    QFETCH(Values, values);
    QFETCH(Values, area);
    verifyUnitResult(density(sp(values), sp(area)));
}

void TestPerCapita::provinceDensity()
{
    // All 31 provinces against the densities derived in facts §2 (rounded there to 0.1).
    Values persons;
    for (double p : ProvincePopulation)
        persons << p * 10000.0;
    const PerUnitResult r = density(sp(persons), sp(ProvinceArea));
    QVERIFY2(r.ok(), issuesText(r.issues).constData());
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.values.size(), ProvinceDensityRounded.size());
    for (qsizetype i = 0; i < r.values.size(); ++i) {
        QVERIFY(r.values[i].has_value());
        QVERIFY2(std::abs(*r.values[i] - ProvinceDensityRounded[i]) <= 0.05 + 1e-9,
                 nearMessage("density[" + QByteArray::number(i) + "]", *r.values[i], ProvinceDensityRounded[i])
                     .constData());
    }
}

void TestPerCapita::locationQuotientValues_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("base");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<QString>("issues");

    // Hand: X = 30 + 50 + 20 = 100, B = 200 + 500 + 300 = 1000.
    //   LQ_0 = (30/100) / (200/1000) = 0.3 / 0.2 = 1.5
    //   LQ_1 = (50/100) / (500/1000) = 0.5 / 0.5 = 1
    //   LQ_2 = (20/100) / (300/1000) = 0.2 / 0.3 = 2/3
    const Expected threeUnits{1.5, 1.0, 2.0 / 3.0};
    QTest::newRow("three units") << Values{30, 50, 20} << Values{200, 500, 300} << threeUnits << QString();
    // Unit 1 has no value: it is left out of both sums, so the others are the three-unit example.
    QTest::newRow("missing value left out of the sums")
        << Values{30, NaN, 20, 50} << Values{200, 400, 300, 500} << Expected{1.5, std::nullopt, 2.0 / 3.0, 1.0}
        << u"W1"_s;
    QTest::newRow("missing base left out of the sums")
        << Values{30, 70, 20, 50} << Values{200, NaN, 300, 500} << Expected{1.5, std::nullopt, 2.0 / 3.0, 1.0}
        << u"W1"_s;
    // Hand: unit 3 has base 0: it counts in the sums (X = 110, B = 1000) but has no LQ.
    //   LQ_0 = (30/110) / (200/1000) = 30000/22000 = 15/11 = 1.3636...
    //   LQ_1 = (50/110) / (500/1000) = 50000/55000 = 10/11 = 0.9090...
    //   LQ_2 = (20/110) / (300/1000) = 20000/33000 = 20/33 = 0.6060...
    QTest::newRow("zero base") << Values{30, 50, 20, 10} << Values{200, 500, 300, 0}
                               << Expected{15.0 / 11.0, 10.0 / 11.0, 20.0 / 33.0, std::nullopt} << u"W3"_s;
    // Hand: X = 100, B = 400: LQ = 0, (50/100)/(100/400) = 2, (50/100)/(200/400) = 1.
    QTest::newRow("zero value") << Values{0, 50, 50} << Values{100, 100, 200} << Expected{0.0, 2.0, 1.0}
                                << QString();
    // Hand: one unit holds all of both: LQ = 1.
    QTest::newRow("one unit") << Values{7} << Values{3} << Expected{1.0} << QString();
}

void TestPerCapita::locationQuotientValues()
{
    QFETCH(Values, values);
    QFETCH(Values, base);
    verifyUnitResult(locationQuotient(sp(values), sp(base)));
}

void TestPerCapita::locationQuotientProvinces()
{
    // Land area against population (facts §1-§2): LQ_i = share of land / share of people.
    const PerUnitResult r = locationQuotient(sp(ProvinceArea), sp(ProvincePopulation));
    QVERIFY2(r.ok(), issuesText(r.issues).constData());
    QCOMPARE(r.values.size(), ProvinceArea.size());
    // python: Shanghai (index 8), Fraction(63405, 10) / Fraction(96152225, 10) / Fraction(2475, 140975)
    //   = 7945351/211534895 = 0.03756047436050681 (areas sum to 9,615,222.5, populations to 140,975).
    QVERIFY(r.values[8].has_value());
    COMPARE_NEAR(*r.values[8], 0.03756047436050681);
    // Identity: sum_i (b_i / B) LQ_i = sum_i x_i / X = 1.
    double weighted = 0.0;
    for (qsizetype i = 0; i < r.values.size(); ++i)
        weighted += ProvincePopulation[i] / 140975.0 * r.values[i].value_or(NaN);
    COMPARE_NEAR(weighted, 1.0);
}

void TestPerCapita::perCapitaSharesValues_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<Values>("population");
    QTest::addColumn<Values>("ratios");
    QTest::addColumn<Values>("shares");

    // Hand: r = {0/5, 10/10, 30/10} = {0, 1, 3}, sum 4: shares {0, 0.25, 0.75}.
    QTest::newRow("one group with value 0")
        << Values{0, 10, 30} << Values{5, 10, 10} << Values{0, 1, 3} << Values{0, 0.25, 0.75};
    // Hand: values = 3 × population, so every r = 3 and every share = 1/4.
    QTest::newRow("equal per-capita levels, NBS populations")
        << Values{3 * 56569.0, 3 * 36456.0, 3 * 38306.0, 3 * 9644.0} << RegionPopulation << Values{3, 3, 3, 3}
        << Values{0.25, 0.25, 0.25, 0.25};
    // Hand: a single group holds everything: share 1.
    QTest::newRow("one group") << Values{12} << Values{4} << Values{3} << Values{1};
    // python: see RegionRatioReference; the population in persons (×10,000) divides the ratios
    // by 10,000 and leaves the shares unchanged.
    QTest::newRow("NBS regions, population in persons")
        << RegionEnterprisesTestInput << Values{565690000, 364560000, 383060000, 96440000}
        << Values{RegionRatioReference[0] / 1e4, RegionRatioReference[1] / 1e4, RegionRatioReference[2] / 1e4,
                  RegionRatioReference[3] / 1e4}
        << RegionShareReference;
}

void TestPerCapita::perCapitaSharesValues()
{
    QFETCH(Values, values);
    QFETCH(Values, population);
    QFETCH(Values, ratios);
    QFETCH(Values, shares);

    const PerCapitaShares r = perCapitaShares(sp(values), sp(population));
    QVERIFY2(r.ok(), issuesText(r.issues).constData());
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.groups.size(), shares.size());
    double sum = 0.0;
    for (qsizetype g = 0; g < shares.size(); ++g) {
        COMPARE_NEAR(r.groups[g].ratio, ratios[g]);
        COMPARE_NEAR(r.groups[g].share, shares[g]);
        sum += r.groups[g].share;
    }
    COMPARE_NEAR(sum, 1.0);
}

void TestPerCapita::perCapitaSharesNbsRegions()
{
    // Four NBS regions, population 2022 in 10k persons (facts §3), with the made-up enterprise
    // counts RegionEnterprisesTestInput; references from python (see RegionShareReference).
    const PerCapitaShares r = perCapitaShares(sp(RegionEnterprisesTestInput), sp(RegionPopulation));
    QVERIFY2(r.ok(), issuesText(r.issues).constData());
    QCOMPARE(r.groups.size(), 4);
    double sum = 0.0;
    for (qsizetype g = 0; g < 4; ++g) {
        COMPARE_NEAR(r.groups[g].ratio, RegionRatioReference[g]);
        COMPARE_NEAR(r.groups[g].share, RegionShareReference[g]);
        sum += r.groups[g].share;
    }
    COMPARE_NEAR(sum, 1.0);
}

void TestPerCapita::groupTotalsNbsRegions()
{
    // Provinces aggregated into the four NBS regions reproduce the sums of facts §3.
    const GroupTotals pop = groupTotals(sp(ProvincePopulation), sp(ProvinceRegion), 4);
    QVERIFY2(pop.ok(), issuesText(pop.issues).constData());
    QVERIFY(pop.issues.isEmpty());
    QCOMPARE(pop.groups.size(), 4);
    const GroupTotals area = groupTotals(sp(ProvinceArea), sp(ProvinceRegion), 4);
    QVERIFY2(area.ok(), issuesText(area.issues).constData());
    Values regionPopulation;
    for (int g = 0; g < 4; ++g) {
        QCOMPARE(pop.groups[g].group, g);
        COMPARE_NEAR(pop.groups[g].total, RegionPopulation[g]);
        QCOMPARE(pop.groups[g].unitCount, RegionProvinceCount[g]);
        QCOMPARE(pop.groups[g].missingCount, qint64(0));
        COMPARE_NEAR(area.groups[g].total, RegionArea[g]);
        regionPopulation << pop.groups[g].total;
    }
    // Hand: East 2184+1363+7420+2475+8515+6577+4188+10163+12657+1027 = 56569 (facts §3).

    // The aggregated populations feed the per-capita share method (made-up enterprise counts).
    const PerCapitaShares shares = perCapitaShares(sp(RegionEnterprisesTestInput), sp(regionPopulation));
    QVERIFY2(shares.ok(), issuesText(shares.issues).constData());
    for (qsizetype g = 0; g < 4; ++g)
        COMPARE_NEAR(shares.groups[g].share, RegionShareReference[g]);
}

void TestPerCapita::groupTotalsMissingValues()
{
    // Hand: group 0 = {1, NaN} -> 1 (one summed, one missing); group 1 = {3, 4} -> 7;
    // group 2 has no units -> 0 with a warning.
    const GroupTotals r = groupTotals(sp(Values{1, NaN, 3, 4}), sp(Labels{0, 0, 1, 1}), 3);
    QVERIFY2(r.ok(), issuesText(r.issues).constData());
    COMPARE_ISSUES(r.issues, u"W1 W-1"_s);
    QVERIFY2(r.issues[0].message.contains(u"Unit 1:"_s), qPrintable(r.issues[0].message));
    QVERIFY2(r.issues[1].message.contains(u"Group 2"_s), qPrintable(r.issues[1].message));
    QCOMPARE(r.groups.size(), 3);
    QCOMPARE(r.groups[0].total, 1.0);
    QCOMPARE(r.groups[0].unitCount, qint64(1));
    QCOMPARE(r.groups[0].missingCount, qint64(1));
    QCOMPARE(r.groups[1].total, 7.0);
    QCOMPARE(r.groups[1].unitCount, qint64(2));
    QCOMPARE(r.groups[1].missingCount, qint64(0));
    QCOMPARE(r.groups[2].total, 0.0);
    QCOMPARE(r.groups[2].unitCount, qint64(0));
}

void TestPerCapita::badInput_data()
{
    QTest::addColumn<Function>("function");
    QTest::addColumn<Values>("a"); // values
    QTest::addColumn<Values>("b"); // population, area, base (unused by Totals)
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<double>("perPersons");
    QTest::addColumn<double>("populationUnit");
    QTest::addColumn<int>("groupCount");
    QTest::addColumn<QString>("issues"); // "W1 E-1": severity and Issue::row, in order
    QTest::addColumn<Rows>("present");   // units with a result / group indices in the list

    const auto pc = Function::PerCapita;
    const Labels none;
    auto perCapitaRow = [&](const char *name, const Values &a, const Values &b, double perPersons,
                            double populationUnit, const QString &issues, const Rows &present) {
        QTest::newRow(name) << pc << a << b << none << perPersons << populationUnit << 0 << issues << present;
    };
    auto row = [&](const char *name, Function f, const Values &a, const Values &b, const QString &issues,
                   const Rows &present) {
        QTest::newRow(name) << f << a << b << none << 10000.0 << 1.0 << 0 << issues << present;
    };
    auto totalsRow = [&](const char *name, const Values &a, const Labels &labels, int groupCount,
                         const QString &issues, const Rows &present) {
        QTest::newRow(name) << Function::Totals << a << Values{} << labels << 10000.0 << 1.0 << groupCount << issues
                            << present;
    };

    // perCapita: each unit depends on its own row only.
    perCapitaRow("perCapita zero population", {1, 2, 3}, {4, 0, 6}, 1, 1, u"W1"_s, {0, 2});
    perCapitaRow("perCapita NaN value", {1, NaN, 3}, {1, 1, 1}, 1, 1, u"W1"_s, {0, 2});
    perCapitaRow("perCapita NaN population", {1, 2, 3}, {1, 1, NaN}, 1, 1, u"W2"_s, {0, 1});
    perCapitaRow("perCapita NaN value and population", {1, NaN}, {1, NaN}, 1, 1, u"W1 W1"_s, {0});
    perCapitaRow("perCapita negative population", {1, 2}, {-5, 2}, 1, 1, u"E0"_s, {1});
    perCapitaRow("perCapita infinite value", {Inf, 2}, {1, 2}, 1, 1, u"E0"_s, {1});
    perCapitaRow("perCapita infinite population", {1, 2}, {1, Inf}, 1, 1, u"E1"_s, {0});
    perCapitaRow("perCapita lengths differ", {1, 2, 3}, {1, 2}, 1, 1, u"E-1"_s, {});
    perCapitaRow("perCapita perPersons 0", {1, 2}, {1, 2}, 0, 1, u"E-1"_s, {});
    perCapitaRow("perCapita populationUnit negative", {1, 2}, {1, 2}, 10000, -1, u"E-1"_s, {});
    perCapitaRow("perCapita perPersons NaN", {1, 2}, {1, 2}, NaN, 1, u"E-1"_s, {});
    perCapitaRow("perCapita both parameters bad", {1}, {1}, -1, Inf, u"E-1 E-1"_s, {});
    perCapitaRow("perCapita overflow", {1e300, 1}, {1e-300, 1}, 1, 1, u"E0"_s, {1});

    // density
    row("density negative area", Function::Density, {100, 200}, {-4, 5}, u"E0"_s, {1});
    row("density zero area", Function::Density, {100, 200}, {0, 5}, u"W0"_s, {1});
    row("density NaN area", Function::Density, {100, 200}, {4, NaN}, u"W1"_s, {0});
    row("density infinite area", Function::Density, {100, 200}, {Inf, 5}, u"E0"_s, {1});
    row("density lengths differ", Function::Density, {100, 200}, {4}, u"E-1"_s, {});

    // locationQuotient: every LQ depends on the totals, so any error leaves no result.
    const auto lq = Function::LocationQuotient;
    row("LQ negative value", lq, {30, -5, 20}, {1, 1, 1}, u"E1"_s, {});
    row("LQ negative base", lq, {30, 5, 20}, {1, 1, -1}, u"E2"_s, {});
    row("LQ infinite base", lq, {30, 5, 20}, {Inf, 1, 1}, u"E0"_s, {});
    row("LQ values sum to 0", lq, {0, 0, NaN}, {1, 2, 3}, u"W2 E-1"_s, {});
    row("LQ bases sum to 0", lq, {1, 2}, {0, 0}, u"W0 W1 E-1"_s, {});
    row("LQ no unit with both", lq, {NaN, 1}, {1, NaN}, u"W0 W1 E-1"_s, {});
    row("LQ lengths differ", lq, {1, 2}, {1, 2, 3}, u"E-1"_s, {});
    row("LQ no units", lq, {}, {}, u"E-1"_s, {});

    // perCapitaShares: every group is needed, so every problem is an error.
    const auto sh = Function::Shares;
    row("shares zero population", sh, {1, 2, 3, 4}, {5, 0, 7, 8}, u"E1"_s, {});
    row("shares negative population", sh, {1, 2, 3, 4}, {5, 6, -7, 8}, u"E2"_s, {});
    row("shares NaN population", sh, {1, 2}, {NaN, 6}, u"E0"_s, {});
    row("shares NaN value", sh, {1, NaN}, {5, 6}, u"E1"_s, {});
    row("shares negative value", sh, {-1, 2}, {5, 6}, u"E0"_s, {});
    row("shares bad value and population", sh, {NaN, 2}, {0, 6}, u"E0 E0"_s, {});
    row("shares all ratios 0", sh, {0, 0}, {5, 6}, u"E-1"_s, {});
    row("shares ratio overflows", sh, {1e300, 1}, {1e-300, 1}, u"E0"_s, {});
    row("shares lengths differ", sh, {1, 2}, {5}, u"E-1"_s, {});
    row("shares no groups", sh, {}, {}, u"E-1"_s, {});

    // groupTotals
    totalsRow("totals NaN value", {1, NaN, 3}, {0, 0, 1}, 2, u"W1"_s, {0, 1});
    totalsRow("totals empty group", {1, 2}, {0, 0}, 2, u"W-1"_s, {0, 1});
    totalsRow("totals NaN empties a group", {NaN, 2}, {0, 1}, 2, u"W0 W-1"_s, {0, 1});
    totalsRow("totals label out of range", {1, 2, 3}, {0, 4, 1}, 4, u"E1"_s, {});
    totalsRow("totals negative label", {1, 2}, {-1, 0}, 2, u"E0"_s, {});
    totalsRow("totals infinite value", {1, -Inf}, {0, 1}, 2, u"E1"_s, {});
    totalsRow("totals no groups", {1}, {0}, 0, u"E-1"_s, {});
    totalsRow("totals lengths differ", {1, 2}, {0}, 2, u"E-1"_s, {});
}

void TestPerCapita::badInput()
{
    QFETCH(Function, function);
    QFETCH(Values, a);
    QFETCH(Values, b);
    QFETCH(Labels, labels);
    QFETCH(double, perPersons);
    QFETCH(double, populationUnit);
    QFETCH(int, groupCount);
    QFETCH(QString, issues);
    QFETCH(Rows, present);

    const Outcome out = run(function, a, b, labels, perPersons, populationUnit, groupCount);
    if (QTest::currentTestFailed())
        return;
    COMPARE_ISSUES(out.issues, issues);
    QCOMPARE(out.present, present);
    const QString prefix = function == Function::Shares ? u"Group %1:"_s : u"Unit %1:"_s;
    for (const Issue &issue : out.issues) {
        QVERIFY(!issue.message.isEmpty());
        if (issue.row >= 0)
            QVERIFY2(issue.message.startsWith(prefix.arg(issue.row)), qPrintable(issue.message));
        QVERIFY2(!issue.message.contains(u"%"_s), qPrintable(issue.message)); // every %n filled in
    }
}

QTEST_APPLESS_MAIN(TestPerCapita)
#include "tst_percapita.moc"
