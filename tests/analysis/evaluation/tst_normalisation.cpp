// Tests for analysis/evaluation/normalisation.h: min–max, z-score, rank and distance-to-target
// normalisation, column statistics, and the error paths (constant column, NaN cell, counts).
//
// Reference values are hand calculations written next to each row (as exact fractions or
// sqrt expressions evaluated by the compiler). The six-city matrix is also cross-checked
// against tests/analysis/reference/evaluation_reference.py ("python": min_max(), z_score()).
// Tolerance 1e-12 (relative, absolute below 1).

#include "analysis/evaluation/normalisation.h"

#include "evaluationtestutil.h"

#include <QTest>

#include <cmath>

using namespace CityAtlas;
using namespace EvaluationTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(QList<CityAtlas::Direction>)
Q_DECLARE_METATYPE(CityAtlas::NormalisationOptions)

namespace {

using Directions = QList<Direction>;
constexpr Direction B = Direction::Benefit;
constexpr Direction C = Direction::Cost;
constexpr double Tolerance = 1e-12;

std::span<const Direction> sp(const Directions &d)
{
    return {d.constData(), std::size_t(d.size())};
}

// 4 units × 3 indicators: GDP per capita (benefit), PM2.5 (cost), broadband % (benefit).
Eigen::MatrixXd small()
{
    return rowMajor(4, 3, {12, 35, 80, //
                           8, 50, 65,  //
                           15, 28, 90, //
                           10, 42, 70});
}

// The six cities of evaluation_reference.py (CITIES).
Eigen::MatrixXd cities()
{
    return rowMajor(6, 4, {19.0, 30.0, 110.0, 47.0, //
                           12.5, 42.0, 95.0, 38.0,  //
                           8.6, 55.0, 80.0, 33.0,   //
                           15.2, 36.0, 120.0, 41.0, //
                           10.1, 48.0, 88.0, 36.0,  //
                           13.8, 25.0, 102.0, 44.0});
}

NormalisationOptions method(NormalisationMethod m, RankScale scale = RankScale::Fraction, Values targets = {})
{
    NormalisationOptions o;
    o.method = m;
    o.rankScale = scale;
    o.targets = targets;
    return o;
}

} // namespace

class TestNormalisation : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void columnStatistics();
    void warnings_data();
    void warnings();
    void errors_data();
    void errors();
};

void TestNormalisation::values_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<Directions>("directions");
    QTest::addColumn<NormalisationOptions>("options");
    QTest::addColumn<Values>("expected"); // row-major

    // Hand, min–max. Column 0 (benefit): min 8, max 15, range 7 → (12−8)/7, 0, 1, (10−8)/7.
    // Column 1 (cost): min 28, max 50, range 22 → (50−35)/22, 0, 1, (50−42)/22.
    // Column 2 (benefit): min 65, max 90, range 25 → 15/25, 0, 1, 5/25.
    QTest::newRow("min-max small") << small() << Directions{B, C, B} << method(NormalisationMethod::MinMax)
                                   << Values{4.0 / 7, 15.0 / 22, 0.6, //
                                             0, 0, 0,                 //
                                             1, 1, 1,                 //
                                             2.0 / 7, 8.0 / 22, 0.2};

    // Hand, z-score with population sd. Column 0: mean 45/4 = 11.25, deviations 0.75, −3.25,
    // 3.75, −1.25, Σd² = 26.75, var = 6.6875. Column 1 (cost, negated): mean 38.75,
    // deviations −3.75, 11.25, −10.75, 3.25, Σd² = 266.75, var = 66.6875. Column 2: mean
    // 76.25, deviations 3.75, −11.25, 13.75, −6.25, Σd² = 368.75, var = 92.1875.
    const double s0 = std::sqrt(6.6875), s1 = std::sqrt(66.6875), s2 = std::sqrt(92.1875);
    QTest::newRow("z-score small") << small() << Directions{B, C, B} << method(NormalisationMethod::ZScore)
                                   << Values{0.75 / s0, 3.75 / s1, 3.75 / s2,     //
                                             -3.25 / s0, -11.25 / s1, -11.25 / s2, //
                                             3.75 / s0, 10.75 / s1, 13.75 / s2,    //
                                             -1.25 / s0, -3.25 / s1, -6.25 / s2};

    // Hand, ranks with ties. Column [3, 1, 3, 2] as benefit: ascending ranks 1 → 1, 2 → 2,
    // the two 3s share (3 + 4)/2 = 3.5. As cost (descending): the 3s share (1 + 2)/2 = 1.5,
    // 2 → 3, 1 → 4. Fraction divides by n = 4.
    const Eigen::MatrixXd tied = rowMajor(4, 2, {3, 3, 1, 1, 3, 3, 2, 2});
    QTest::newRow("rank fraction ties") << tied << Directions{B, C}
                                        << method(NormalisationMethod::Rank, RankScale::Fraction)
                                        << Values{3.5 / 4, 1.5 / 4, //
                                                  1.0 / 4, 4.0 / 4, //
                                                  3.5 / 4, 1.5 / 4, //
                                                  2.0 / 4, 3.0 / 4};
    QTest::newRow("rank ordinal ties") << tied << Directions{B, C}
                                       << method(NormalisationMethod::Rank, RankScale::Ordinal)
                                       << Values{3.5, 1.5, 1, 4, 3.5, 1.5, 2, 3};

    // Hand, distance to target. Column [20, 30, 45, 25], target 30: d = 10, 0, 15, 5, max 15,
    // y = 1 − d/15 = 1/3, 1, 0, 2/3. Column [1, 2, 3, 4], target 0 (below every value):
    // d = x, y = 1 − x/4 = 0.75, 0.5, 0.25, 0. Directions are ignored.
    QTest::newRow("distance to target") << rowMajor(4, 2, {20, 1, 30, 2, 45, 3, 25, 4}) << Directions{C, B}
                                        << method(NormalisationMethod::DistanceToTarget, RankScale::Fraction,
                                                  {30, 0})
                                        << Values{1.0 / 3, 0.75, 1, 0.5, 0, 0.25, 2.0 / 3, 0};

    // python min_max(CITIES) and z_score(CITIES).
    QTest::newRow("min-max cities (python)")
        << cities() << Directions{B, C, B, C} << method(NormalisationMethod::MinMax)
        << Values{1, 0.83333333333333337, 0.75, 0, 0.375, 0.43333333333333335, 0.375, 0.6428571428571429,
                  0, 0, 0, 1, 0.63461538461538458, 0.6333333333333333, 1, 0.42857142857142855,
                  0.14423076923076922, 0.23333333333333334, 0.20000000000000001, 0.7857142857142857,
                  0.50000000000000011, 1, 0.55000000000000004, 0.21428571428571427};
    QTest::newRow("z-score cities (python)")
        << cities() << Directions{B, C, B, C} << method(NormalisationMethod::ZScore)
        << Values{1.7071134149134382,   0.90987774339179606,  0.81167605969679835,  -1.5117994909594539,
                  -0.20603092938610379, -0.25996506954051285, -0.3121830998833845,  0.38673940466404699,
                  -1.3539175359658291,  -1.5272947835505142,  -1.4360422594635673,  1.4414832355659919,
                  0.58865979824601344,  0.32495633692564158,  1.5609154994169203,   -0.24610689387711998,
                  -0.91242268728131937, -0.84488647600666722, -0.83665070768746985, 0.80863693702482498,
                  0.17659793947380481,  1.3973122487802581,   0.21228450792070086,  -0.87895319241828695};
}

void TestNormalisation::values()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(Directions, directions);
    QFETCH(NormalisationOptions, options);
    QFETCH(Values, expected);

    const NormalisationResult result = normalise(x, sp(directions), options);
    EVAL_VERIFY_OK(result);
    QVERIFY2(result.issues.isEmpty(), describe(result.issues).constData());
    QCOMPARE(result.method, options.method);
    EVAL_COMPARE_ALL(result.values, expected, Tolerance);
}

void TestNormalisation::columnStatistics()
{
    // Hand: small() column means 11.25, 38.75, 76.25; population sd sqrt(Σd²/4) as in values().
    const NormalisationResult result = normalise(small(), std::vector<Direction>{B, C, B});
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.minimum, (Values{8, 28, 65}), Tolerance);
    EVAL_COMPARE_ALL(result.maximum, (Values{15, 50, 90}), Tolerance);
    EVAL_COMPARE_ALL(result.mean, (Values{11.25, 38.75, 76.25}), Tolerance);
    EVAL_COMPARE_ALL(result.standardDeviation,
                     (Values{std::sqrt(6.6875), std::sqrt(66.6875), std::sqrt(92.1875)}), Tolerance);
}

void TestNormalisation::warnings_data()
{
    QTest::addColumn<NormalisationOptions>("options");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<Values>("expectedColumn1");

    // Column 1 is constant (7, 7, 7). Rank: every unit gets the mean rank (1+2+3)/3 = 2 → 2/3.
    QTest::newRow("rank constant") << method(NormalisationMethod::Rank) << u"does not discriminate"_s
                                   << Values{2.0 / 3, 2.0 / 3, 2.0 / 3};
    // Distance to target with every unit on the target 7: all 1.
    QTest::newRow("all on target") << method(NormalisationMethod::DistanceToTarget, RankScale::Fraction, {0, 7})
                                   << u"on the target"_s << Values{1, 1, 1};
}

void TestNormalisation::warnings()
{
    QFETCH(NormalisationOptions, options);
    QFETCH(QString, fragment);
    QFETCH(Values, expectedColumn1);

    const Eigen::MatrixXd x = rowMajor(3, 2, {1, 7, 2, 7, 3, 7});
    const EvaluationLabels labels{{u"green ratio"_s, u"water"_s}, {}};
    const NormalisationResult result = normalise(x, std::vector<Direction>{B, B}, options, labels);
    EVAL_VERIFY_OK(result);
    const Issue *issue = findIssue(result.issues, Issue::Severity::Warning, {fragment, u"indicator 1 “water”"_s});
    QVERIFY2(issue, describe(result.issues).constData());
    QCOMPARE(issue->field, u"water"_s);
    const Eigen::VectorXd column = result.values.col(1);
    EVAL_COMPARE_ALL(column, expectedColumn1, Tolerance);
}

void TestNormalisation::errors_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<Directions>("directions");
    QTest::addColumn<NormalisationOptions>("options");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("field");

    const Eigen::MatrixXd constant = rowMajor(3, 3, {1, 5, 2, 2, 5, 3, 3, 5, 1});
    QTest::newRow("min-max constant column")
        << constant << Directions{B, C, B} << method(NormalisationMethod::MinMax)
        << QStringList{u"indicator 1 “PM2.5”"_s, u"min–max normalisation is undefined"_s, u"(5)"_s} << qint64(-1)
        << u"PM2.5"_s;
    QTest::newRow("z-score constant column")
        << constant << Directions{B, C, B} << method(NormalisationMethod::ZScore)
        << QStringList{u"indicator 1 “PM2.5”"_s, u"standard deviation is 0"_s} << qint64(-1) << u"PM2.5"_s;

    Eigen::MatrixXd withNaN = small();
    withNaN(2, 1) = NaN;
    QTest::newRow("NaN cell") << withNaN << Directions{B, C, B} << method(NormalisationMethod::MinMax)
                              << QStringList{u"unit 2 “Hefei”"_s, u"indicator 1 “PM2.5”"_s, u"not a finite number"_s}
                              << qint64(2) << u"PM2.5"_s;
    Eigen::MatrixXd withInf = small();
    withInf(0, 2) = std::numeric_limits<double>::infinity();
    QTest::newRow("infinite cell") << withInf << Directions{B, C, B} << method(NormalisationMethod::Rank)
                                   << QStringList{u"unit 0 “Wuhu”"_s, u"indicator 2 “broadband”"_s} << qint64(0)
                                   << u"broadband"_s;
    QTest::newRow("direction count") << small() << Directions{B, C} << method(NormalisationMethod::MinMax)
                                     << QStringList{u"2 indicator direction(s)"_s, u"3 indicator(s)"_s} << qint64(-1)
                                     << QString();
    QTest::newRow("one unit") << rowMajor(1, 3, {1, 2, 3}) << Directions{B, C, B}
                              << method(NormalisationMethod::MinMax)
                              << QStringList{u"1 unit(s)"_s, u"at least 2"_s} << qint64(-1) << QString();
    QTest::newRow("missing targets") << small() << Directions{B, C, B}
                                     << method(NormalisationMethod::DistanceToTarget, RankScale::Fraction, {1, 2})
                                     << QStringList{u"one target per indicator"_s, u"2 target(s)"_s} << qint64(-1)
                                     << QString();
    QTest::newRow("NaN target") << small() << Directions{B, C, B}
                                << method(NormalisationMethod::DistanceToTarget, RankScale::Fraction, {1, NaN, 3})
                                << QStringList{u"target of indicator 1 “PM2.5”"_s} << qint64(-1) << u"PM2.5"_s;
}

void TestNormalisation::errors()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(Directions, directions);
    QFETCH(NormalisationOptions, options);
    QFETCH(QStringList, fragments);
    QFETCH(qint64, row);
    QFETCH(QString, field);

    EvaluationLabels labels;
    labels.indicators = QStringList{u"GDP per capita"_s, u"PM2.5"_s, u"broadband"_s};
    if (x.rows() == 4)
        labels.units = QStringList{u"Wuhu"_s, u"Anqing"_s, u"Hefei"_s, u"Bengbu"_s};
    const NormalisationResult result = normalise(x, sp(directions), options, labels);
    QVERIFY(!result.ok());
    QCOMPARE(result.values.size(), Eigen::Index(0));
    const Issue *issue = findIssue(result.issues, Issue::Severity::Error, fragments);
    QVERIFY2(issue, describe(result.issues).constData());
    QCOMPARE(issue->row, row);
    QCOMPARE(issue->field, field);
}

QTEST_APPLESS_MAIN(TestNormalisation)
#include "tst_normalisation.moc"
