// Tests for analysis/evaluation/uncertainty.h: Monte Carlo over weights, normalisation and
// aggregation.
//
// What is checked, and where the expectations come from:
//   - reproducibility: the same seed gives bit-identical draws, ranks and summaries, twice
//     and with 1, 2, 3 or 4 threads (one generator stream per draw); another seed differs;
//   - each stored draw is recomputed with the public normalise()/aggregation functions from
//     its stored weights and methods;
//   - summaries: 5th <= median <= 95th percentile rank, all within [1, n], and equal to
//     percentileType7 (hand-checked on small lists) of the stored ranks;
//   - without perturbation every draw is the nominal configuration, whose mean score is the
//     python arithmetic mean of evaluation_reference.py (min–max CITIES, weights below);
//   - Dirichlet draws: mean w and variance w(1 − w)/(κ + 1) (Dirichlet moments, hand), within
//     sampling error; Uniform draws: w'_j / w_j within [(1 − r)/(1 + r), (1 + r)/(1 − r)] (hand);
//   - the z-score × geometric pair is never drawn; cancel, progress, and the error paths.

#include "analysis/evaluation/normalisation.h"
#include "analysis/evaluation/uncertainty.h"
#include "analysis/feedback.h"

#include "evaluationtestutil.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <vector>

using namespace CityAtlas;
using namespace EvaluationTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CityAtlas::UncertaintyOptions)

namespace {

constexpr Direction B = Direction::Benefit;
constexpr Direction C = Direction::Cost;
const std::vector<Direction> Directions{B, C, B, C};
const std::vector<double> Weights{0.3, 0.2, 0.3, 0.2};

// evaluation_reference.py CITIES.
Eigen::MatrixXd cities()
{
    return rowMajor(6, 4, {19.0, 30.0, 110.0, 47.0, //
                           12.5, 42.0, 95.0, 38.0,  //
                           8.6, 55.0, 80.0, 33.0,   //
                           15.2, 36.0, 120.0, 41.0, //
                           10.1, 48.0, 88.0, 36.0,  //
                           13.8, 25.0, 102.0, 44.0});
}

UncertaintyOptions options(WeightPerturbation perturbation, QList<NormalisationMethod> normalisations,
                           QList<AggregationMethod> aggregations, int draws = 200, quint64 seed = 2024)
{
    UncertaintyOptions o;
    o.draws = draws;
    o.seed = seed;
    o.weightPerturbation = perturbation;
    o.concentration = 50.0;
    o.relativeRange = 0.25;
    o.normalisations = normalisations;
    o.aggregations = aggregations;
    return o;
}

UncertaintyOptions mixed(int draws = 300)
{
    return options(WeightPerturbation::Dirichlet,
                   {NormalisationMethod::MinMax, NormalisationMethod::ZScore, NormalisationMethod::Rank},
                   {AggregationMethod::Arithmetic, AggregationMethod::Geometric, AggregationMethod::Topsis}, draws);
}

class CancelOnFirstProgress : public Feedback
{
public:
    bool isCanceled() const override { return m_cancel; }
    void setProgress(double) override { m_cancel = true; }

private:
    bool m_cancel = false;
};

class RecordingFeedback : public Feedback
{
public:
    bool isCanceled() const override { return false; }
    void setProgress(double percent) override { progress.append(percent); }
    QList<double> progress;
};

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void percentile_data();
    void percentile();
    void reproducible_data();
    void reproducible();
    void differentSeed();
    void drawsRecomputed();
    void intervals();
    void noPerturbation();
    void dirichletMoments();
    void uniformBounds();
    void methodPairs();
    void cancel();
    void progress();
    void errors_data();
    void errors();
};

void TestUncertainty::percentile_data()
{
    QTest::addColumn<Values>("sorted");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Hand, type 7: h = (D − 1) p, Q = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) (0-based).
    QTest::newRow("1..5 p05") << Values{1, 2, 3, 4, 5} << 0.05 << 1.2;   // h = 0.2
    QTest::newRow("1..5 median") << Values{1, 2, 3, 4, 5} << 0.5 << 3.0; // h = 2
    QTest::newRow("1..5 p95") << Values{1, 2, 3, 4, 5} << 0.95 << 4.8;   // h = 3.8
    QTest::newRow("even median") << Values{2, 2, 3, 7} << 0.5 << 2.5;    // h = 1.5
    QTest::newRow("p0") << Values{2, 2, 3, 7} << 0.0 << 2.0;
    QTest::newRow("p1") << Values{2, 2, 3, 7} << 1.0 << 7.0;
    QTest::newRow("single") << Values{4} << 0.95 << 4.0;
}

void TestUncertainty::percentile()
{
    QFETCH(Values, sorted);
    QFETCH(double, p);
    QFETCH(double, expected);
    EVAL_COMPARE_NEAR(percentileType7(sp(sorted), p), expected, 1e-14);
}

void TestUncertainty::reproducible_data()
{
    QTest::addColumn<UncertaintyOptions>("opts");
    QTest::newRow("dirichlet min-max arithmetic")
        << options(WeightPerturbation::Dirichlet, {NormalisationMethod::MinMax}, {AggregationMethod::Arithmetic});
    QTest::newRow("uniform rank topsis")
        << options(WeightPerturbation::Uniform, {NormalisationMethod::Rank}, {AggregationMethod::Topsis});
    QTest::newRow("dirichlet mixed methods") << mixed();
    UncertaintyOptions average = mixed(97); // not a multiple of the chunk size
    average.ties = TieMethod::Average;
    QTest::newRow("average ties, 97 draws") << average;
}

void TestUncertainty::reproducible()
{
    QFETCH(UncertaintyOptions, opts);
    opts.threadCount = 1;
    const UncertaintyResult reference = analyseUncertainty(cities(), Directions, Weights, opts);
    QVERIFY(reference.isComplete());
    QCOMPARE(reference.ranks.rows(), Eigen::Index(opts.draws));
    QCOMPARE(reference.ranks.cols(), Eigen::Index(6));

    const UncertaintyResult again = analyseUncertainty(cities(), Directions, Weights, opts);
    QVERIFY(again.ranks == reference.ranks);
    QVERIFY(again.scores == reference.scores);

    for (int threads : {2, 3, 4}) {
        opts.threadCount = threads;
        const UncertaintyResult parallel = analyseUncertainty(cities(), Directions, Weights, opts);
        QVERIFY(parallel.isComplete());
        QVERIFY2(parallel.ranks == reference.ranks, QByteArray::number(threads).constData());
        QVERIFY(parallel.scores == reference.scores);
        QVERIFY(parallel.drawWeights == reference.drawWeights);
        QCOMPARE(parallel.drawNormalisations, reference.drawNormalisations);
        QCOMPARE(parallel.drawAggregations, reference.drawAggregations);
        QVERIFY(parallel.medianRank == reference.medianRank);
        QVERIFY(parallel.lowerRank == reference.lowerRank);
        QVERIFY(parallel.upperRank == reference.upperRank);
        QVERIFY(parallel.meanScore == reference.meanScore);
    }
}

void TestUncertainty::differentSeed()
{
    UncertaintyOptions a = mixed();
    UncertaintyOptions b = mixed();
    b.seed = a.seed + 1;
    const UncertaintyResult ra = analyseUncertainty(cities(), Directions, Weights, a);
    const UncertaintyResult rb = analyseUncertainty(cities(), Directions, Weights, b);
    QVERIFY(ra.isComplete() && rb.isComplete());
    QVERIFY(ra.drawWeights != rb.drawWeights);
    QCOMPARE(rb.seed, a.seed + 1);
}

void TestUncertainty::drawsRecomputed()
{
    const UncertaintyOptions opts = mixed(64);
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, opts);
    QVERIFY(result.isComplete());
    for (int d : {0, 1, 17, 40, 63}) {
        const Eigen::VectorXd w = result.drawWeights.row(d).transpose();
        EVAL_COMPARE_NEAR(w.sum(), 1.0, 1e-14);
        NormalisationOptions norm;
        norm.method = result.drawNormalisations.at(d);
        const NormalisationResult y = normalise(cities(), Directions, norm);
        EVAL_VERIFY_OK(y);
        Eigen::VectorXd s;
        switch (result.drawAggregations.at(d)) {
        case AggregationMethod::Arithmetic:
            s = weightedArithmeticMean(y.values, asSpan(w)).scores;
            break;
        case AggregationMethod::Geometric:
            s = weightedGeometricMean(y.values, asSpan(w), {ZeroHandling::Shift, opts.geometricShift}).scores;
            break;
        case AggregationMethod::Topsis:
            s = topsis(y.values, std::vector<Direction>(4, B), asSpan(w)).closeness;
            break;
        }
        QCOMPARE(s.size(), Eigen::Index(6));
        for (Eigen::Index i = 0; i < 6; ++i)
            EVAL_COMPARE_NEAR(result.scores(d, i), s(i), 1e-14);
        const Eigen::VectorXd r = rankValues(asSpan(s), RankOrder::HighestFirst, opts.ties);
        QVERIFY(result.ranks.row(d) == r.transpose());
    }
}

void TestUncertainty::intervals()
{
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, mixed(500));
    QVERIFY(result.isComplete());
    for (Eigen::Index i = 0; i < 6; ++i) {
        QVERIFY(result.lowerRank(i) >= 1.0);
        QVERIFY(result.lowerRank(i) <= result.medianRank(i));
        QVERIFY(result.medianRank(i) <= result.upperRank(i));
        QVERIFY(result.upperRank(i) <= 6.0);
        std::vector<double> column(result.ranks.col(i).begin(), result.ranks.col(i).end());
        std::sort(column.begin(), column.end());
        QCOMPARE(result.medianRank(i), percentileType7(column, 0.5));
        QCOMPARE(result.lowerRank(i), percentileType7(column, 0.05));
        QCOMPARE(result.upperRank(i), percentileType7(column, 0.95));
        EVAL_COMPARE_NEAR(result.meanScore(i), result.scores.col(i).mean(), 1e-14);
    }
    // Every draw is a permutation of 1..6 with min ties (no exact ties in these data).
    for (Eigen::Index d = 0; d < result.ranks.rows(); ++d)
        EVAL_COMPARE_NEAR(result.ranks.row(d).sum(), 21.0, 0.0);
}

void TestUncertainty::noPerturbation()
{
    // Hand: no perturbation and one pair → every draw is the nominal configuration, so all
    // percentiles equal the nominal rank. python: min_max(CITIES) @ (0.3, 0.2, 0.3, 0.2):
    // row 0: 0.3·1 + 0.2·0.8333… + 0.3·0.75 + 0.2·0 = 0.69166666666666665, etc.
    const UncertaintyOptions opts =
        options(WeightPerturbation::None, {NormalisationMethod::MinMax}, {AggregationMethod::Arithmetic}, 40);
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, opts);
    QVERIFY(result.isComplete());
    const NormalisationResult y = normalise(cities(), Directions);
    const Eigen::VectorXd expected = y.values * Eigen::Map<const Eigen::VectorXd>(Weights.data(), 4);
    EVAL_COMPARE_NEAR(expected(0), 0.3 + 0.2 * (25.0 / 30) + 0.3 * 0.75, 1e-14);
    for (Eigen::Index i = 0; i < 6; ++i) {
        EVAL_COMPARE_NEAR(result.nominalScores(i), expected(i), 1e-14);
        EVAL_COMPARE_NEAR(result.meanScore(i), expected(i), 1e-14);
        QCOMPARE(result.medianRank(i), result.nominalRanks(i));
        QCOMPARE(result.lowerRank(i), result.nominalRanks(i));
        QCOMPARE(result.upperRank(i), result.nominalRanks(i));
    }
    QCOMPARE(result.nominalNormalisation, NormalisationMethod::MinMax);
    QCOMPARE(result.nominalAggregation, AggregationMethod::Arithmetic);
}

void TestUncertainty::dirichletMoments()
{
    // Hand: for w' ~ Dirichlet(κ w), E[w'_j] = w_j and Var[w'_j] = w_j (1 − w_j) / (κ + 1).
    // With D = 4000 draws the sample mean is within 5 standard errors sqrt(Var / D), and the
    // sample variance within 15 % (its relative standard error is about sqrt(2 / D) ≈ 2.2 %).
    UncertaintyOptions opts =
        options(WeightPerturbation::Dirichlet, {NormalisationMethod::MinMax}, {AggregationMethod::Arithmetic}, 4000);
    opts.threadCount = 2;
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, opts);
    QVERIFY(result.isComplete());
    for (int j = 0; j < 4; ++j) {
        const double w = Weights[size_t(j)];
        const double variance = w * (1 - w) / (opts.concentration + 1);
        const Eigen::VectorXd col = result.drawWeights.col(j);
        const double mean = col.mean();
        const double sampleVariance = (col.array() - mean).square().sum() / double(col.size() - 1);
        QVERIFY2(std::abs(mean - w) < 5 * std::sqrt(variance / 4000), nearMessage("mean", mean, w).constData());
        QVERIFY2(std::abs(sampleVariance / variance - 1) < 0.15,
                 nearMessage("variance", sampleVariance, variance).constData());
    }
}

void TestUncertainty::uniformBounds()
{
    // Hand: w'_j = w_j (1 + u_j)/Σ_k w_k (1 + u_k) with u in [−r, r); the denominator is in
    // [1 − r, 1 + r], so w'_j / w_j lies in [(1 − r)/(1 + r), (1 + r)/(1 − r)].
    const UncertaintyOptions opts =
        options(WeightPerturbation::Uniform, {NormalisationMethod::MinMax}, {AggregationMethod::Arithmetic}, 500);
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, opts);
    QVERIFY(result.isComplete());
    const double r = opts.relativeRange;
    for (Eigen::Index d = 0; d < result.drawWeights.rows(); ++d) {
        for (int j = 0; j < 4; ++j) {
            const double ratio = result.drawWeights(d, j) / Weights[size_t(j)];
            QVERIFY(ratio >= (1 - r) / (1 + r) && ratio <= (1 + r) / (1 - r));
        }
    }
    QVERIFY(result.drawWeights.col(0).maxCoeff() > result.drawWeights.col(0).minCoeff());
}

void TestUncertainty::methodPairs()
{
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, mixed(400));
    QVERIFY(result.isComplete());
    QVERIFY2(findIssue(result.issues, Issue::Severity::Warning, {u"z-score"_s, u"geometric"_s}),
             describe(result.issues).constData());
    QSet<int> seen;
    for (int d = 0; d < result.draws; ++d) {
        const NormalisationMethod n = result.drawNormalisations.at(d);
        const AggregationMethod a = result.drawAggregations.at(d);
        QVERIFY(!(n == NormalisationMethod::ZScore && a == AggregationMethod::Geometric));
        seen.insert(int(n) * 10 + int(a));
    }
    QCOMPARE(seen.size(), 8); // 3 × 3 pairs minus z-score × geometric
}

void TestUncertainty::cancel()
{
    CancelOnFirstProgress feedback;
    UncertaintyOptions opts = mixed(2000);
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, opts, {}, &feedback);
    QVERIFY(result.cancelled);
    QVERIFY(result.ok());
    QVERIFY(!result.isComplete());
    QCOMPARE(result.ranks.size(), Eigen::Index(0));
    QCOMPARE(result.medianRank.size(), Eigen::Index(0));
    QCOMPARE(result.nominalRanks.size(), Eigen::Index(6));
    QVERIFY2(findIssue(result.issues, Issue::Severity::Warning, {u"cancelled"_s}), describe(result.issues).constData());
}

void TestUncertainty::progress()
{
    RecordingFeedback feedback;
    const UncertaintyResult result = analyseUncertainty(cities(), Directions, Weights, mixed(100), {}, &feedback);
    QVERIFY(result.isComplete());
    QVERIFY(!feedback.progress.isEmpty());
    QCOMPARE(feedback.progress.last(), 100.0);
    QVERIFY(std::is_sorted(feedback.progress.cbegin(), feedback.progress.cend()));
}

void TestUncertainty::errors_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<Values>("weights");
    QTest::addColumn<UncertaintyOptions>("opts");
    QTest::addColumn<QStringList>("fragments");

    const Values w{0.3, 0.2, 0.3, 0.2};
    QTest::newRow("weights sum 0.9") << cities() << Values{0.3, 0.2, 0.2, 0.2} << mixed()
                                     << QStringList{u"The weights sum to 0.9, not 1"_s};
    QTest::newRow("weights in percent") << cities() << Values{30, 20, 30, 20} << mixed()
                                        << QStringList{u"The weights sum to 100, not 1"_s};
    UncertaintyOptions noDraws = mixed(0);
    QTest::newRow("no draws") << cities() << w << noDraws << QStringList{u"draws (0)"_s};
    UncertaintyOptions kappa = mixed();
    kappa.concentration = 0;
    QTest::newRow("kappa 0") << cities() << w << kappa << QStringList{u"concentration κ (0)"_s};
    UncertaintyOptions range =
        options(WeightPerturbation::Uniform, {NormalisationMethod::MinMax}, {AggregationMethod::Arithmetic});
    range.relativeRange = 1.0;
    QTest::newRow("range 1") << cities() << w << range << QStringList{u"relative weight range (1)"_s};
    UncertaintyOptions threads = mixed();
    threads.threadCount = -1;
    QTest::newRow("threads") << cities() << w << threads << QStringList{u"thread count (-1)"_s};
    QTest::newRow("no valid pair") << cities() << w
                                   << options(WeightPerturbation::Dirichlet, {NormalisationMethod::ZScore},
                                              {AggregationMethod::Geometric})
                                   << QStringList{u"No valid pair"_s};
    QTest::newRow("empty list") << cities() << w
                                << options(WeightPerturbation::Dirichlet, {}, {AggregationMethod::Geometric})
                                << QStringList{u"At least one normalisation method"_s};

    Eigen::MatrixXd constant = cities();
    constant.col(2).setConstant(100.0);
    QTest::newRow("constant column") << constant << w << mixed()
                                     << QStringList{u"min–max normalisation fails"_s};
    QTest::newRow("constant column detail") << constant << w << mixed()
                                            << QStringList{u"indicator 2 “broadband”"_s, u"min–max"_s};
    Eigen::MatrixXd nan = cities();
    nan(3, 1) = NaN;
    QTest::newRow("NaN") << nan << w << mixed() << QStringList{u"unit 3"_s, u"indicator 1 “PM2.5”"_s};
}

void TestUncertainty::errors()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(Values, weights);
    QFETCH(UncertaintyOptions, opts);
    QFETCH(QStringList, fragments);
    const EvaluationLabels labels{{u"GDP"_s, u"PM2.5"_s, u"broadband"_s, u"commute"_s}, {}};
    const UncertaintyResult result = analyseUncertainty(x, Directions, sp(weights), opts, labels);
    QVERIFY(!result.ok());
    QCOMPARE(result.ranks.size(), Eigen::Index(0));
    QVERIFY2(findIssue(result.issues, Issue::Severity::Error, fragments), describe(result.issues).constData());
}

QTEST_APPLESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
