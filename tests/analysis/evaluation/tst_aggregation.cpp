// Tests for analysis/evaluation/aggregation.h: weighted arithmetic and geometric means (zero
// handling), TOPSIS, ranking with ties, one level of a hierarchy, and the error paths
// (weights not summing to 1, zeros/negatives in the geometric mean, degenerate TOPSIS input).
//
// Where the reference numbers come from:
//   - "hand": derived in the comment next to the row;
//   - "python": tests/analysis/reference/evaluation_reference.py (stdlib + NumPy; topsis(),
//     min_max(), explicit loops), pasted with 17 significant digits.
// Tolerance 1e-12 (relative, absolute below 1).

#include "analysis/evaluation/aggregation.h"

#include "evaluationtestutil.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace CityAtlas;
using namespace EvaluationTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(CityAtlas::TieMethod)
Q_DECLARE_METATYPE(CityAtlas::RankOrder)
Q_DECLARE_METATYPE(CityAtlas::AggregationMethod)
Q_DECLARE_METATYPE(CityAtlas::GeometricOptions)
Q_DECLARE_METATYPE(QList<CityAtlas::Direction>)

namespace {

constexpr Direction B = Direction::Benefit;
constexpr Direction C = Direction::Cost;
constexpr double Tolerance = 1e-12;

// python min_max(CITIES): the six cities of evaluation_reference.py, min–max by direction.
Eigen::MatrixXd citiesMinMax()
{
    return rowMajor(6, 4, {1, 0.83333333333333337, 0.75, 0, //
                           0.375, 0.43333333333333335, 0.375, 0.6428571428571429, //
                           0, 0, 0, 1, //
                           0.63461538461538458, 0.6333333333333333, 1, 0.42857142857142855, //
                           0.14423076923076922, 0.23333333333333334, 0.20000000000000001, 0.7857142857142857, //
                           0.50000000000000011, 1, 0.55000000000000004, 0.21428571428571427});
}

// Hwang & Yoon (1981) fighter-aircraft example as commonly reproduced: speed, range, payload,
// cost (C), reliability, manoeuvrability; weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3.
Eigen::MatrixXd aircraft()
{
    return rowMajor(4, 6, {2.0, 1500, 20000, 5.5, 5, 9, //
                           2.5, 2700, 18000, 6.5, 3, 5, //
                           1.8, 2000, 21000, 4.5, 7, 7, //
                           2.2, 1800, 20000, 5.0, 5, 5});
}

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private slots:
    void arithmetic_data();
    void arithmetic();
    void geometric_data();
    void geometric();
    void geometricErrors_data();
    void geometricErrors();
    void topsisReference_data();
    void topsisReference();
    void topsisErrors_data();
    void topsisErrors();
    void weightErrors_data();
    void weightErrors();
    void ranks_data();
    void ranks();
    void groups_data();
    void groups();
    void groupErrors_data();
    void groupErrors();
};

void TestAggregation::arithmetic_data()
{
    QTest::addColumn<Eigen::MatrixXd>("y");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<Values>("expected");

    // Hand: (1·0.25 + 0.5·0.75, 0·0.25 + 1·0.75) = (0.625, 0.75).
    QTest::newRow("hand") << rowMajor(2, 2, {1, 0.5, 0, 1}) << Values{0.25, 0.75} << Values{0.625, 0.75};
    // python: y @ (0.25, 0.25, 0.25, 0.25) for min_max(CITIES).
    QTest::newRow("cities equal (python)")
        << citiesMinMax() << Values{0.25, 0.25, 0.25, 0.25}
        << Values{0.64583333333333337, 0.45654761904761909, 0.25, 0.67413003663003657, 0.34081959706959708,
                  0.56607142857142856};
}

void TestAggregation::arithmetic()
{
    QFETCH(Eigen::MatrixXd, y);
    QFETCH(Values, weights);
    QFETCH(Values, expected);
    const ScoreResult result = weightedArithmeticMean(y, sp(weights));
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.scores, expected, Tolerance);
}

void TestAggregation::geometric_data()
{
    QTest::addColumn<Eigen::MatrixXd>("y");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<GeometricOptions>("options");
    QTest::addColumn<Values>("expected");
    QTest::addColumn<bool>("zeroWarning");

    // Hand: sqrt(1 · 0.25) = 0.5, sqrt(0.5 · 0.5) = 0.5; 0.8^0.5 · 0.2^0.5 = 0.4.
    QTest::newRow("hand") << rowMajor(3, 2, {1, 0.25, 0.5, 0.5, 0.8, 0.2}) << Values{0.5, 0.5} << GeometricOptions{}
                          << Values{0.5, 0.5, 0.4} << false;
    // Hand: weight 0 leaves its indicator out, even where it is 0: 0.64^1 = 0.64.
    QTest::newRow("zero weight skips zero") << rowMajor(1, 2, {0.64, 0}) << Values{1, 0} << GeometricOptions{}
                                            << Values{0.64} << false;
    // Hand, shifted: a unit whose values all equal c scores (c + ε) − ε = c; all zeros → 0.
    QTest::newRow("shift constant rows") << rowMajor(2, 3, {0.3, 0.3, 0.3, 0, 0, 0}) << Values{0.2, 0.3, 0.5}
                                         << GeometricOptions{ZeroHandling::Shift, 0.01} << Values{0.3, 0} << true;
    // python: exp(log(y + 0.01) @ w) − 0.01 for min_max(CITIES), equal weights.
    QTest::newRow("cities shifted (python)")
        << citiesMinMax() << Values{0.25, 0.25, 0.25, 0.25} << GeometricOptions{ZeroHandling::Shift, 0.01}
        << Values{0.27365050305888916, 0.44511117692287888, 0.021701538797227013, 0.64467326731465113,
                  0.2714085380598964, 0.49433638053575124}
        << true;
}

void TestAggregation::geometric()
{
    QFETCH(Eigen::MatrixXd, y);
    QFETCH(Values, weights);
    QFETCH(GeometricOptions, options);
    QFETCH(Values, expected);
    QFETCH(bool, zeroWarning);
    const ScoreResult result = weightedGeometricMean(y, sp(weights), options);
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.scores, expected, Tolerance);
    QCOMPARE(findIssue(result.issues, Issue::Severity::Warning, {u"ε = 0.01"_s}) != nullptr, zeroWarning);
}

void TestAggregation::geometricErrors_data()
{
    QTest::addColumn<Eigen::MatrixXd>("y");
    QTest::addColumn<GeometricOptions>("options");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<qint64>("row");

    QTest::newRow("zero") << rowMajor(2, 2, {0.5, 0.5, 0.2, 0}) << GeometricOptions{}
                          << QStringList{u"unit 1 “Bengbu”"_s, u"indicator 1 “PM2.5”"_s, u"the value is 0"_s}
                          << qint64(1);
    QTest::newRow("negative z-score") << rowMajor(2, 2, {-0.7, 0.5, 0.7, 0.5})
                                      << GeometricOptions{ZeroHandling::Shift, 0.01}
                                      << QStringList{u"unit 0 “Wuhu”"_s, u"is negative"_s, u"not z-scores"_s}
                                      << qint64(0);
    QTest::newRow("bad shift") << rowMajor(2, 2, {0.5, 0.5, 0.2, 0.1}) << GeometricOptions{ZeroHandling::Shift, 0.0}
                               << QStringList{u"shift ε"_s} << qint64(-1);
}

void TestAggregation::geometricErrors()
{
    QFETCH(Eigen::MatrixXd, y);
    QFETCH(GeometricOptions, options);
    QFETCH(QStringList, fragments);
    QFETCH(qint64, row);
    const EvaluationLabels labels{{u"GDP"_s, u"PM2.5"_s}, {u"Wuhu"_s, u"Bengbu"_s}};
    const ScoreResult result = weightedGeometricMean(y, std::vector<double>{0.5, 0.5}, options, labels);
    QVERIFY(!result.ok());
    QCOMPARE(result.scores.size(), Eigen::Index(0));
    const Issue *issue = findIssue(result.issues, Issue::Severity::Error, fragments);
    QVERIFY2(issue, describe(result.issues).constData());
    QCOMPARE(issue->row, row);
}

void TestAggregation::topsisReference_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<QList<Direction>>("directions");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<Values>("closeness");
    QTest::addColumn<Values>("dPlus");
    QTest::addColumn<Values>("dMinus");

    // python topsis(AIRCRAFT, AIRCRAFT_COST, AIRCRAFT_WEIGHTS); ranks A1 > A3 > A4 > A2.
    QTest::newRow("aircraft (python)")
        << aircraft() << QList<Direction>{B, B, B, C, B, B} << Values{0.2, 0.1, 0.1, 0.1, 0.2, 0.3}
        << Values{0.64327700055327008, 0.26838356771941185, 0.61354229000723093, 0.31229106558175435}
        << Values{0.05455744831303299, 0.11967930762346222, 0.057976716251835397, 0.10093671059896048}
        << Values{0.098383204231519722, 0.043902731192149082, 0.092044139207149184, 0.045835718182041151};

    // Hand, one benefit indicator x = (1, 2, 3), w = 1: v = x/sqrt(14), A+ = 3/sqrt(14),
    // A− = 1/sqrt(14), D+ = (3 − x)/sqrt(14), D− = (x − 1)/sqrt(14), C = (x − 1)/2.
    const double s = std::sqrt(14.0);
    QTest::newRow("hand 3x1") << rowMajor(3, 1, {1, 2, 3}) << QList<Direction>{B} << Values{1}
                              << Values{0, 0.5, 1} << Values{2 / s, 1 / s, 0} << Values{0, 1 / s, 2 / s};
    // Hand, same as cost: the order reverses, C = (3 − x)/2.
    QTest::newRow("hand 3x1 cost") << rowMajor(3, 1, {1, 2, 3}) << QList<Direction>{C} << Values{1}
                                   << Values{1, 0.5, 0} << Values{0, 1 / s, 2 / s} << Values{2 / s, 1 / s, 0};
}

void TestAggregation::topsisReference()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(QList<Direction>, directions);
    QFETCH(Values, weights);
    QFETCH(Values, closeness);
    QFETCH(Values, dPlus);
    QFETCH(Values, dMinus);
    const TopsisResult result = topsis(x, {directions.constData(), size_t(directions.size())}, sp(weights));
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.closeness, closeness, Tolerance);
    EVAL_COMPARE_ALL(result.distanceToIdeal, dPlus, Tolerance);
    EVAL_COMPARE_ALL(result.distanceToAntiIdeal, dMinus, Tolerance);
    QCOMPARE(result.weightedNormalised.rows(), x.rows());
    QCOMPARE(result.ideal.size(), x.cols());
}

void TestAggregation::topsisErrors_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("zero column") << rowMajor(3, 2, {1, 0, 2, 0, 3, 0}) << Values{0.5, 0.5}
                                 << QStringList{u"indicator 1 “PM2.5” is 0 for every unit"_s};
    QTest::newRow("identical units") << rowMajor(3, 2, {1, 5, 1, 5, 1, 5}) << Values{0.5, 0.5}
                                     << QStringList{u"ideal and anti-ideal"_s};
    QTest::newRow("NaN") << rowMajor(3, 2, {1, 5, NaN, 4, 2, 3}) << Values{0.5, 0.5}
                         << QStringList{u"unit 1"_s, u"indicator 0 “GDP”"_s};
}

void TestAggregation::topsisErrors()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(Values, weights);
    QFETCH(QStringList, fragments);
    const EvaluationLabels labels{{u"GDP"_s, u"PM2.5"_s}, {}};
    const TopsisResult result = topsis(x, std::vector<Direction>{B, C}, sp(weights), labels);
    QVERIFY(!result.ok());
    QCOMPARE(result.closeness.size(), Eigen::Index(0));
    QVERIFY2(findIssue(result.issues, Issue::Severity::Error, fragments), describe(result.issues).constData());

    // A zero column with weight 0 is harmless.
    const TopsisResult harmless = topsis(rowMajor(3, 2, {1, 0, 2, 0, 3, 0}), std::vector<Direction>{B, C},
                                         std::vector<double>{1.0, 0.0});
    EVAL_VERIFY_OK(harmless);
}

void TestAggregation::weightErrors_data()
{
    QTest::addColumn<AggregationMethod>("method");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<QString>("fragment");

    // A weight file that does not sum to 1 is bad input: an error naming the sum.
    QTest::newRow("arithmetic sum 0.9") << AggregationMethod::Arithmetic << Values{0.3, 0.3, 0.3}
                                        << u"The weights sum to 0.9, not 1"_s;
    QTest::newRow("geometric sum 1.2") << AggregationMethod::Geometric << Values{0.4, 0.4, 0.4}
                                       << u"The weights sum to 1.2, not 1"_s;
    QTest::newRow("topsis percent") << AggregationMethod::Topsis << Values{30, 30, 40}
                                    << u"The weights sum to 100, not 1"_s;
    QTest::newRow("negative") << AggregationMethod::Arithmetic << Values{0.6, -0.1, 0.5}
                              << u"weight of indicator 1 is -0.1"_s;
    QTest::newRow("count") << AggregationMethod::Topsis << Values{0.5, 0.5} << u"2 weight(s) were given for 3"_s;
}

void TestAggregation::weightErrors()
{
    QFETCH(AggregationMethod, method);
    QFETCH(Values, weights);
    QFETCH(QString, fragment);
    const Eigen::MatrixXd y = rowMajor(2, 3, {0.1, 0.2, 0.3, 0.4, 0.5, 0.6});
    IssueList issues;
    switch (method) {
    case AggregationMethod::Arithmetic:
        issues = weightedArithmeticMean(y, sp(weights)).issues;
        break;
    case AggregationMethod::Geometric:
        issues = weightedGeometricMean(y, sp(weights)).issues;
        break;
    case AggregationMethod::Topsis:
        issues = topsis(y, std::vector<Direction>{B, B, B}, sp(weights)).issues;
        break;
    }
    QVERIFY2(findIssue(issues, Issue::Severity::Error, {fragment}), describe(issues).constData());
}

void TestAggregation::ranks_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<RankOrder>("order");
    QTest::addColumn<TieMethod>("ties");
    QTest::addColumn<Values>("expected");

    // Hand. Scores (0.9, 0.7, 0.7, 0.2): highest first, the two 0.7 occupy ranks 2 and 3.
    QTest::newRow("min 1,2,2,4") << Values{0.9, 0.7, 0.7, 0.2} << RankOrder::HighestFirst << TieMethod::Min
                                 << Values{1, 2, 2, 4};
    QTest::newRow("average 1,2.5,2.5,4") << Values{0.9, 0.7, 0.7, 0.2} << RankOrder::HighestFirst
                                         << TieMethod::Average << Values{1, 2.5, 2.5, 4};
    // Order does not depend on the input position: (3, 5, 5, 1) highest first.
    QTest::newRow("min unsorted") << Values{3, 5, 5, 1} << RankOrder::HighestFirst << TieMethod::Min
                                  << Values{3, 1, 1, 4};
    QTest::newRow("lowest first average") << Values{3, 5, 5, 1} << RankOrder::LowestFirst << TieMethod::Average
                                          << Values{2, 3.5, 3.5, 1};
    // Three-way tie at the top: min ranks 1, 1, 1, 4; average (1 + 2 + 3)/3 = 2.
    QTest::newRow("triple min") << Values{7, 7, 7, 2} << RankOrder::HighestFirst << TieMethod::Min
                                << Values{1, 1, 1, 4};
    QTest::newRow("triple average") << Values{7, 7, 7, 2} << RankOrder::HighestFirst << TieMethod::Average
                                    << Values{2, 2, 2, 4};
    QTest::newRow("empty") << Values{} << RankOrder::HighestFirst << TieMethod::Min << Values{};
}

void TestAggregation::ranks()
{
    QFETCH(Values, values);
    QFETCH(RankOrder, order);
    QFETCH(TieMethod, ties);
    QFETCH(Values, expected);
    EVAL_COMPARE_ALL(rankValues(sp(values), order, ties), expected, 0.0);
}

void TestAggregation::groups_data()
{
    QTest::addColumn<AggregationMethod>("method");
    QTest::addColumn<Values>("expected"); // row-major n × G

    // Leaves (n = 2 units × 4): parent (0, 0, 1, 1), within-group weights (0.5, 0.5, 0.3, 0.7).
    // Hand, arithmetic: unit 0: g0 = 0.5·0.2 + 0.5·0.6 = 0.4, g1 = 0.3·1 + 0.7·0.5 = 0.65;
    //                   unit 1: g0 = 0.5·0.8 + 0.5·0.4 = 0.6, g1 = 0.3·0.1 + 0.7·0.1 = 0.1.
    QTest::newRow("arithmetic") << AggregationMethod::Arithmetic << Values{0.4, 0.65, 0.6, 0.1};
    // Hand, geometric: unit 0: g0 = sqrt(0.2·0.6) = sqrt(0.12), g1 = 1^0.3 · 0.5^0.7;
    //                  unit 1: g0 = sqrt(0.32), g1 = 0.1.
    QTest::newRow("geometric") << AggregationMethod::Geometric
                               << Values{std::sqrt(0.12), std::pow(0.5, 0.7), std::sqrt(0.32), 0.1};
}

void TestAggregation::groups()
{
    QFETCH(AggregationMethod, method);
    QFETCH(Values, expected);
    const Eigen::MatrixXd leaves = rowMajor(2, 4, {0.2, 0.6, 1.0, 0.5, 0.8, 0.4, 0.1, 0.1});
    const GroupScores result = aggregateGroups(leaves, std::vector<int>{0, 0, 1, 1},
                                               std::vector<double>{0.5, 0.5, 0.3, 0.7}, method);
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.scores, expected, Tolerance);
}

void TestAggregation::groupErrors_data()
{
    QTest::addColumn<QList<int>>("parent");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<AggregationMethod>("method");
    QTest::addColumn<QStringList>("groupNames");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("group sum") << QList<int>{0, 0, 1} << Values{0.5, 0.4, 1.0} << AggregationMethod::Arithmetic
                               << QStringList{u"economy"_s, u"environment"_s}
                               << u"within group 0 “economy” sum to 0.9"_s;
    QTest::newRow("empty group") << QList<int>{0, 0, 2} << Values{0.5, 0.5, 1.0} << AggregationMethod::Arithmetic
                                 << QStringList{} << u"group 1 has no indicators"_s;
    QTest::newRow("named empty group") << QList<int>{0, 0, 1} << Values{0.5, 0.5, 1.0}
                                       << AggregationMethod::Arithmetic
                                       << QStringList{u"economy"_s, u"environment"_s, u"governance"_s}
                                       << u"group 2 “governance” has no indicators"_s;
    QTest::newRow("parent out of range") << QList<int>{0, -1, 1} << Values{1.0, 0.5, 1.0}
                                         << AggregationMethod::Arithmetic << QStringList{}
                                         << u"parent of indicator 1 is -1"_s;
    QTest::newRow("counts") << QList<int>{0, 1} << Values{1.0, 1.0} << AggregationMethod::Arithmetic
                            << QStringList{} << u"2 parent(s) and 2 weight(s) for 3"_s;
    QTest::newRow("topsis") << QList<int>{0, 0, 1} << Values{0.5, 0.5, 1.0} << AggregationMethod::Topsis
                            << QStringList{} << u"TOPSIS cannot aggregate"_s;
}

void TestAggregation::groupErrors()
{
    QFETCH(QList<int>, parent);
    QFETCH(Values, weights);
    QFETCH(AggregationMethod, method);
    QFETCH(QStringList, groupNames);
    QFETCH(QString, fragment);
    const Eigen::MatrixXd leaves = rowMajor(2, 3, {0.2, 0.6, 1.0, 0.8, 0.4, 0.1});
    const GroupScores result = aggregateGroups(leaves, {parent.constData(), size_t(parent.size())}, sp(weights),
                                               method, {}, {}, groupNames);
    QVERIFY(!result.ok());
    QCOMPARE(result.scores.size(), Eigen::Index(0));
    QVERIFY2(findIssue(result.issues, Issue::Severity::Error, {fragment}), describe(result.issues).constData());
}

QTEST_APPLESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
