// Tests for analysis/evaluation/weighting.h: equal, normalised scores, entropy, CRITIC,
// PCA (OECD/JRC Handbook) and AHP weights, with their error paths.
//
// Where the reference numbers come from:
//   - "hand": derived in the comment next to the row;
//   - "python": tests/analysis/reference/evaluation_reference.py (stdlib + NumPy), which
//     implements every method independently (np.corrcoef, np.linalg.eigh/eig, Kaiser's
//     pairwise varimax instead of the SVD iteration used in C++, power iteration for AHP);
//     its output is pasted here with 17 significant digits.
// Tolerances: 1e-12 for closed forms and entropy/CRITIC; 1e-9 for PCA (two different varimax
// algorithms, both converged to ~1e-13) and AHP (different eigen solvers).

#include "analysis/evaluation/weighting.h"

#include "evaluationtestutil.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace CityAtlas;
using namespace EvaluationTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(QList<CityAtlas::Direction>)
Q_DECLARE_METATYPE(CityAtlas::PcaWeightOptions)

namespace {

constexpr Direction B = Direction::Benefit;
constexpr Direction C = Direction::Cost;
constexpr double Tight = 1e-12;
constexpr double Loose = 1e-9;

// evaluation_reference.py CITIES: GDP per capita (B), PM2.5 (C), broadband (B), commute (C).
Eigen::MatrixXd cities()
{
    return rowMajor(6, 4, {19.0, 30.0, 110.0, 47.0, //
                           12.5, 42.0, 95.0, 38.0,  //
                           8.6, 55.0, 80.0, 33.0,   //
                           15.2, 36.0, 120.0, 41.0, //
                           10.1, 48.0, 88.0, 36.0,  //
                           13.8, 25.0, 102.0, 44.0});
}
const std::vector<Direction> CityDirections{B, C, B, C};

// evaluation_reference.py PCA_DATA (12 × 6, two latent blocks).
Eigen::MatrixXd pcaData()
{
    return rowMajor(12, 6, {12.0, 56.2, 4.8, 20.1, 70.2, 1.9, //
                            14.1, 58.3, 6.8, 38.2, 76.6, 3.1, //
                            12.8, 65.2, 6.2, 28.3, 71.6, 2.0, //
                            7.9, 40.0, 4.4, 33.7, 75.1, 2.0,  //
                            5.7, 36.9, 3.6, 18.6, 66.8, 1.6,  //
                            10.5, 43.6, 5.6, 30.5, 67.6, 1.8, //
                            12.4, 46.4, 5.8, 18.1, 63.0, 1.9, //
                            11.9, 57.2, 5.5, 27.3, 66.6, 1.6, //
                            15.2, 58.7, 6.1, 37.8, 73.2, 2.5, //
                            14.0, 59.9, 5.1, 19.8, 65.7, 1.8, //
                            10.9, 64.4, 5.6, 23.5, 68.2, 1.5, //
                            9.5, 43.6, 4.4, 29.7, 71.3, 1.7});
}

Eigen::MatrixXd fromWeights(const Values &w)
{
    // Perfectly consistent AHP matrix a_ij = w_i / w_j.
    Eigen::MatrixXd a(w.size(), w.size());
    for (qsizetype i = 0; i < w.size(); ++i)
        for (qsizetype j = 0; j < w.size(); ++j)
            a(i, j) = w.at(i) / w.at(j);
    return a;
}

} // namespace

class TestWeighting : public QObject
{
    Q_OBJECT

private slots:
    void equalAndNormalised();
    void normaliseErrors_data();
    void normaliseErrors();
    void entropy_data();
    void entropy();
    void critic();
    void objectiveErrors_data();
    void objectiveErrors();
    void pcaHandbook();
    void pcaRetention_data();
    void pcaRetention();
    void pcaSingleComponent();
    void pcaErrors();
    void ahp_data();
    void ahp();
    void ahpRandomIndex();
    void ahpErrors_data();
    void ahpErrors();
};

void TestWeighting::equalAndNormalised()
{
    const WeightResult equal = equalWeights(4);
    EVAL_VERIFY_OK(equal);
    EVAL_COMPARE_ALL(equal.weights, (Values{0.25, 0.25, 0.25, 0.25}), Tight);
    QVERIFY(!equalWeights(0).ok());

    // Hand: scores 20, 30, 50 (percent) → 0.2, 0.3, 0.5.
    const Values scores{20, 30, 50};
    const WeightResult normalised = normaliseWeights(sp(scores));
    EVAL_VERIFY_OK(normalised);
    EVAL_COMPARE_ALL(normalised.weights, (Values{0.2, 0.3, 0.5}), Tight);
}

void TestWeighting::normaliseErrors_data()
{
    QTest::addColumn<Values>("scores");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("negative") << Values{1, -2, 3} << u"indicator 1 “PM2.5” is -2"_s;
    QTest::newRow("NaN") << Values{1, 2, NaN} << u"indicator 2 “broadband” is nan"_s;
    QTest::newRow("all zero") << Values{0, 0, 0} << u"All 3 importance scores are 0"_s;
    QTest::newRow("empty") << Values{} << u"No importance scores"_s;
}

void TestWeighting::normaliseErrors()
{
    QFETCH(Values, scores);
    QFETCH(QString, fragment);
    const EvaluationLabels labels{{u"GDP"_s, u"PM2.5"_s, u"broadband"_s}, {}};
    const WeightResult result = normaliseWeights(sp(scores), labels);
    QVERIFY(!result.ok());
    QCOMPARE(result.weights.size(), Eigen::Index(0));
    QVERIFY2(findIssue(result.issues, Issue::Severity::Error, {fragment}), describe(result.issues).constData());
}

void TestWeighting::entropy_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<QList<Direction>>("directions");
    QTest::addColumn<Values>("expectedEntropy");
    QTest::addColumn<Values>("expectedWeights");

    // Hand, 3 units × 2 benefit indicators, already on [0, 1] so min–max changes nothing.
    // Column 0 = (0, 0.5, 1): p = (0, 1/3, 2/3), e0 = −(1/3 ln 1/3 + 2/3 ln 2/3) / ln 3.
    // Column 1 = (0, 1, 1):   p = (0, 1/2, 1/2), e1 = −(ln 1/2) / ln 3 = ln 2 / ln 3.
    // w_j = (1 − e_j) / (2 − e0 − e1).
    const double e0 = -(std::log(1.0 / 3) / 3 + 2 * std::log(2.0 / 3) / 3) / std::log(3.0);
    const double e1 = std::log(2.0) / std::log(3.0);
    QTest::newRow("hand 3x2") << rowMajor(3, 2, {0, 0, 0.5, 1, 1, 1}) << QList<Direction>{B, B} << Values{e0, e1}
                              << Values{(1 - e0) / (2 - e0 - e1), (1 - e1) / (2 - e0 - e1)};

    // Hand: with n = 2 every min–max column is (0, 1) or (1, 0), p = (0, 1), e = 0, d = 1:
    // equal weights whatever the values.
    QTest::newRow("hand n=2 equal") << rowMajor(2, 3, {1, 50, 3, 9, 20, 4}) << QList<Direction>{B, C, B}
                                    << Values{0, 0, 0} << Values{1.0 / 3, 1.0 / 3, 1.0 / 3};

    // python entropy_weights(CITIES).
    QTest::newRow("cities (python)")
        << cities() << QList<Direction>{B, C, B, C}
        << Values{0.81438136038227393, 0.84103613521038967, 0.8289975094902472, 0.83828916318818592}
        << Values{0.27405844082032149, 0.23470373999472322, 0.25247828570455288, 0.23875953348040241};
}

void TestWeighting::entropy()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(QList<Direction>, directions);
    QFETCH(Values, expectedEntropy);
    QFETCH(Values, expectedWeights);

    const EntropyWeights result = entropyWeights(x, {directions.constData(), size_t(directions.size())});
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.entropy, expectedEntropy, Tight);
    EVAL_COMPARE_ALL(result.weights, expectedWeights, Tight);
    const Eigen::VectorXd oneMinus = (1.0 - result.entropy.array()).matrix();
    EVAL_COMPARE_ALL(result.divergence, (Values(oneMinus.begin(), oneMinus.end())), Tight);
    EVAL_COMPARE_NEAR(result.weights.sum(), 1.0, Tight);
}

void TestWeighting::critic()
{
    // python critic_weights(CITIES): sample sd (ddof = 1) of the min–max matrix, np.corrcoef.
    const CriticWeights result = criticWeights(cities(), CityDirections);
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.standardDeviation,
                     (Values{0.35786802962435599, 0.37456147198596962, 0.36551903735190955, 0.37092456647356947}),
                     Tight);
    EVAL_COMPARE_ALL(result.conflict,
                     (Values{2.2754188776315036, 2.3769563150819986, 2.1712544320217071, 5.6640354275357119}), Tight);
    EVAL_COMPARE_ALL(result.information,
                     (Values{0.81429967030804984, 0.89031625622345956, 0.79363482983864153, 2.1009298854496228}),
                     Tight);
    EVAL_COMPARE_ALL(result.weights,
                     (Values{0.17705320441291758, 0.19358149321814527, 0.17256004746198036, 0.45680525490695678}),
                     Tight);
    EVAL_COMPARE_ALL(result.correlation,
                     (Values{1, 0.81393355352566554, 0.8523235930711125, -0.94167602422828156, //
                             0.81393355352566554, 1, 0.75394575480347359, -0.94483562341113769, //
                             0.85232359307111238, 0.75394575480347359, 1, -0.77752377989629307, //
                             -0.94167602422828156, -0.94483562341113769, -0.77752377989629307, 1}),
                     Tight);

    // Hand: the weights do not depend on the sd convention. Scaling every σ_j by the same
    // factor leaves w = C / ΣC unchanged, so w_j ∝ σ_j · conflict_j reproduces them.
    const Eigen::VectorXd c = (result.standardDeviation.array() * result.conflict.array()).matrix();
    const Eigen::VectorXd w = c / c.sum();
    EVAL_COMPARE_ALL(result.weights, (Values(w.begin(), w.end())), Tight);
}

void TestWeighting::objectiveErrors_data()
{
    QTest::addColumn<Eigen::MatrixXd>("x");
    QTest::addColumn<bool>("critic");
    QTest::addColumn<QStringList>("fragments");

    const Eigen::MatrixXd constant = rowMajor(3, 3, {1, 4, 2, 2, 4, 3, 3, 4, 1});
    QTest::newRow("entropy constant") << constant << false
                                      << QStringList{u"indicator 1 “PM2.5”"_s, u"min–max normalisation is undefined"_s};
    QTest::newRow("critic constant") << constant << true
                                     << QStringList{u"indicator 1 “PM2.5”"_s, u"min–max normalisation is undefined"_s};
    Eigen::MatrixXd nan = rowMajor(3, 3, {1, 4, 2, 2, 5, 3, 3, 6, 1});
    nan(1, 2) = NaN;
    QTest::newRow("entropy NaN") << nan << false << QStringList{u"unit 1"_s, u"indicator 2 “broadband”"_s};
    // Columns 0 and 1 are the same benefit indicator, column 2 is its cost mirror: after
    // orientation every r = 1, so every C_j = 0.
    QTest::newRow("critic all correlated") << rowMajor(3, 3, {1, 1, 9, 2, 2, 8, 4, 4, 6}) << true
                                           << QStringList{u"perfectly correlated"_s};
    QTest::newRow("critic two units") << rowMajor(2, 3, {1, 2, 3, 4, 5, 6}) << true
                                      << QStringList{u"2 unit(s)"_s, u"at least 3"_s};
}

void TestWeighting::objectiveErrors()
{
    QFETCH(Eigen::MatrixXd, x);
    QFETCH(bool, critic);
    QFETCH(QStringList, fragments);
    const EvaluationLabels labels{{u"GDP"_s, u"PM2.5"_s, u"broadband"_s}, {}};
    const std::vector<Direction> dirs{B, B, C};
    IssueList issues;
    if (critic) {
        const CriticWeights r = criticWeights(x, dirs, labels);
        QVERIFY(!r.ok());
        QCOMPARE(r.weights.size(), Eigen::Index(0));
        issues = r.issues;
    } else {
        const EntropyWeights r = entropyWeights(x, dirs, labels);
        QVERIFY(!r.ok());
        QCOMPARE(r.weights.size(), Eigen::Index(0));
        issues = r.issues;
    }
    QVERIFY2(findIssue(issues, Issue::Severity::Error, fragments), describe(issues).constData());
}

void TestWeighting::pcaHandbook()
{
    // python pca_weights(PCA_DATA): eigenvalues of np.corrcoef by eigh; λ1, λ2 > 1 → 2 factors;
    // Kaiser pairwise varimax (cross-checked against the SVD iteration to 1e-9); factors sorted
    // by explained variance and oriented to a non-negative loading sum, as in weighting.h.
    const PcaWeights result = pcaWeights(pcaData());
    EVAL_VERIFY_OK(result);
    QVERIFY2(result.issues.isEmpty(), describe(result.issues).constData());
    EVAL_COMPARE_ALL(result.eigenvalues,
                     (Values{3.4306303685593997, 1.705428891890068, 0.43545218311370099, 0.26810754101888856,
                             0.13748735736928044, 0.022893658048659782}),
                     Loose);
    QCOMPARE(result.retainedComponents, 2);
    QVERIFY(result.varimaxIterations > 0);
    EVAL_COMPARE_ALL(result.loadings,
                     (Values{0.93989557815212355, 0.16337854020239787,   //
                             0.89181780271499012, -0.022029030667684968, //
                             0.86885204911117142, 0.33526660238747752,   //
                             0.13335009104052745, 0.9247465254417262,    //
                             -0.012157901248284838, 0.93492343925450838, //
                             0.40069052538949468, 0.80938880261836821}),
                     Loose);
    EVAL_COMPARE_ALL(result.explainedVariance, (Values{2.6121295327941785, 2.5239297276552866}), Loose);
    EVAL_COMPARE_ALL(result.scaledSquaredLoadings,
                     (Values{0.3381929137660119, 0.010575788662493282, 0.30447915513156959, 0.00019227088093638206,
                             0.28899940595103851, 0.04453519186560919, 0.0068075669897944922, 0.33881931297309903,
                             5.6587761405893872e-05, 0.34631781847567306, 0.061464370400179533,
                             0.25955961714218911}),
                     Loose);
    QCOMPARE(result.factorOfIndicator, (QList<int>{0, 0, 0, 1, 1, 1}));
    EVAL_COMPARE_ALL(result.weights,
                     (Values{0.18335505492553539, 0.16507676518454656, 0.15668424675586792, 0.17749212588695501,
                             0.18142025404159937, 0.13597155320549581}),
                     Loose);

    // Hand identities: rotation keeps the communalities, so Σ V_f = λ1 + λ2; each column of q
    // sums to 1; Σλ = m = 6 (trace of a correlation matrix).
    EVAL_COMPARE_NEAR(result.explainedVariance.sum(), result.eigenvalues(0) + result.eigenvalues(1), Tight);
    EVAL_COMPARE_NEAR(result.scaledSquaredLoadings.col(0).sum(), 1.0, Tight);
    EVAL_COMPARE_NEAR(result.scaledSquaredLoadings.col(1).sum(), 1.0, Tight);
    EVAL_COMPARE_NEAR(result.eigenvalues.sum(), 6.0, Tight);
}

void TestWeighting::pcaRetention_data()
{
    QTest::addColumn<PcaWeightOptions>("options");
    QTest::addColumn<int>("retained");
    // λ/m from python: 3.4306/6 = 0.5718, (3.4306 + 1.7054)/6 = 0.8560, + 0.4355/6 → 0.9286.
    QTest::newRow("cumulative 0.5") << PcaWeightOptions{ComponentRetention::CumulativeVariance, 0.5, 2, true} << 1;
    QTest::newRow("cumulative 0.6") << PcaWeightOptions{ComponentRetention::CumulativeVariance, 0.6, 2, true} << 2;
    QTest::newRow("cumulative 0.9") << PcaWeightOptions{ComponentRetention::CumulativeVariance, 0.9, 2, true} << 3;
    QTest::newRow("cumulative 1.0") << PcaWeightOptions{ComponentRetention::CumulativeVariance, 1.0, 2, true} << 6;
    QTest::newRow("fixed 4") << PcaWeightOptions{ComponentRetention::FixedCount, 0.6, 4, true} << 4;
}

void TestWeighting::pcaRetention()
{
    QFETCH(PcaWeightOptions, options);
    QFETCH(int, retained);
    const PcaWeights result = pcaWeights(pcaData(), options);
    EVAL_VERIFY_OK(result);
    QCOMPARE(result.retainedComponents, retained);
    QCOMPARE(result.loadings.cols(), Eigen::Index(retained));
    EVAL_COMPARE_NEAR(result.weights.sum(), 1.0, Tight);
    QVERIFY((result.weights.array() >= 0.0).all());
}

void TestWeighting::pcaSingleComponent()
{
    // Hand: with one component and no rotation, L_i = v_i sqrt(λ1), V = λ1, q_i = v_i² (v has
    // unit length), every indicator belongs to factor 0 and u_i = q_i · V/V = v_i²; Σ v_i² = 1,
    // so w_i = v_i², the squared entries of the first eigenvector.
    const PcaWeights result = pcaWeights(pcaData(), {ComponentRetention::FixedCount, 0.6, 1, true});
    EVAL_VERIFY_OK(result);
    const Eigen::VectorXd v2 = result.eigenvectors.col(0).array().square();
    EVAL_COMPARE_ALL(result.weights, (Values(v2.begin(), v2.end())), Tight);
    QCOMPARE(result.varimaxIterations, 0);
}

void TestWeighting::pcaErrors()
{
    const EvaluationLabels labels{{u"a"_s, u"b"_s, u"c"_s}, {}};
    PcaWeights constant = pcaWeights(rowMajor(4, 3, {1, 2, 3, 2, 2, 5, 3, 2, 4, 4, 2, 1}), {}, labels);
    QVERIFY(!constant.ok());
    QVERIFY2(findIssue(constant.issues, Issue::Severity::Error, {u"indicator 1 “b”"_s, u"cannot be standardised"_s}),
             describe(constant.issues).constData());

    PcaWeights oneIndicator = pcaWeights(rowMajor(4, 1, {1, 2, 3, 4}));
    QVERIFY(!oneIndicator.ok());

    PcaWeights badCount = pcaWeights(pcaData(), {ComponentRetention::FixedCount, 0.6, 7, true});
    QVERIFY(!badCount.ok());
    QVERIFY2(findIssue(badCount.issues, Issue::Severity::Error, {u"(7)"_s, u"(6)"_s}), describe(badCount.issues).constData());

    // Fewer units than indicators: a Warning, still weights.
    PcaWeights few = pcaWeights(rowMajor(3, 4, {1, 2, 3, 5, 2, 1, 4, 4, 3, 3, 1, 2}));
    EVAL_VERIFY_OK(few);
    QVERIFY2(findIssue(few.issues, Issue::Severity::Warning, {u"singular"_s}), describe(few.issues).constData());
}

void TestWeighting::ahp_data()
{
    QTest::addColumn<Eigen::MatrixXd>("a");
    QTest::addColumn<Values>("expectedWeights");
    QTest::addColumn<double>("lambdaMax");
    QTest::addColumn<double>("cr");
    QTest::addColumn<bool>("warning");

    // Hand + python, a textbook 3 × 3 matrix on Saaty's 1–9 scale, a12 = 3, a13 = 5, a23 = 3.
    // For any reciprocal 3 × 3 matrix the principal eigenvector is the vector of row geometric
    // means and λ_max = 1 + t + 1/t with t = (a12 a23 / a13)^(1/3):
    //   t = (9/5)^(1/3) = 1.21644039911468, λ_max = 3.03851109055817,
    //   CI = (λ − 3)/2 = 0.0192555452790863, RI(3) = 0.58, CR = 0.0331992159984247 < 0.1;
    //   row GMs 15^(1/3), 1, 15^(−1/3) → w = (0.636985571744757, 0.258284994374495, 0.104729433880748).
    const double t = std::cbrt(9.0 / 5.0);
    const double g = std::cbrt(15.0);
    QTest::newRow("textbook 3x3") << rowMajor(3, 3, {1, 3, 5, 1.0 / 3, 1, 3, 1.0 / 5, 1.0 / 3, 1})
                                  << Values{g / (g + 1 + 1 / g), 1 / (g + 1 + 1 / g), (1 / g) / (g + 1 + 1 / g)}
                                  << 1 + t + 1 / t << (t + 1 / t - 2) / 2 / 0.58 << false;

    // Hand: a perfectly consistent 4 × 4 matrix a_ij = w_i/w_j, w = (0.4, 0.3, 0.2, 0.1):
    // A = w (1/w)ᵀ has rank 1, A w = 4 w, so λ_max = 4, CI = CR = 0.
    QTest::newRow("consistent 4x4") << fromWeights({0.4, 0.3, 0.2, 0.1}) << Values{0.4, 0.3, 0.2, 0.1} << 4.0 << 0.0
                                    << false;

    // python ahp(AHP_FOUR): a 4 × 4 matrix with mild inconsistency.
    QTest::newRow("four (python)") << rowMajor(4, 4, {1, 3, 5, 9, 1.0 / 3, 1, 3, 7, 1.0 / 5, 1.0 / 3, 1, 3, 1.0 / 9,
                                                      1.0 / 7, 1.0 / 3, 1})
                                   << Values{0.57345458793254489, 0.27122717405897889, 0.11023250023615139,
                                             0.045085737772324892}
                                   << 4.0876301289909556 << 0.032455603329983547 << false;

    // Hand: a cyclic, inconsistent 3 × 3 (1 ≻ 2 ≻ 3 ≻ 1, each by 9): t = (9 · 9 / (1/9))^(1/3)
    // = 9, λ_max = 1 + 9 + 1/9 = 10.111…, CI = (λ − 3)/2 = 3.5556, CR = CI/0.58 = 6.1303 ≥ 0.1
    // → Warning. Row GMs are all (9 · 1/9)^(1/3) = 1: equal weights.
    QTest::newRow("cyclic 3x3") << rowMajor(3, 3, {1, 9, 1.0 / 9, 1.0 / 9, 1, 9, 9, 1.0 / 9, 1})
                                << Values{1.0 / 3, 1.0 / 3, 1.0 / 3} << 10.0 + 1.0 / 9
                                << (7.0 + 1.0 / 9) / 2 / 0.58 << true;

    // Hand: 2 × 2 is always consistent; w = (a, 1)/(a + 1) for a12 = a = 4.
    QTest::newRow("2x2") << rowMajor(2, 2, {1, 4, 0.25, 1}) << Values{0.8, 0.2} << 2.0 << 0.0 << false;
}

void TestWeighting::ahp()
{
    QFETCH(Eigen::MatrixXd, a);
    QFETCH(Values, expectedWeights);
    QFETCH(double, lambdaMax);
    QFETCH(double, cr);
    QFETCH(bool, warning);

    const AhpWeights result = ahpWeights(a);
    EVAL_VERIFY_OK(result);
    EVAL_COMPARE_ALL(result.weights, expectedWeights, Loose);
    EVAL_COMPARE_NEAR(result.lambdaMax, lambdaMax, Loose);
    QVERIFY(result.consistencyRatio.has_value());
    EVAL_COMPARE_NEAR(*result.consistencyRatio, cr, Loose);
    const Issue *issue = findIssue(result.issues, Issue::Severity::Warning, {u"inconsistent"_s, u"CR ="_s});
    QCOMPARE(issue != nullptr, warning);
    QCOMPARE(result.isConsistent(), !warning);
}

void TestWeighting::ahpRandomIndex()
{
    // Saaty (1980) random index table.
    const Values ri{0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    for (int m = 1; m <= 15; ++m)
        QCOMPARE(saatyRandomIndex(m).value(), ri.at(m - 1));
    QVERIFY(!saatyRandomIndex(0));
    QVERIFY(!saatyRandomIndex(16));

    // m = 16: consistent (all ones, λ = 16, equal weights) but no RI: CR empty, Warning.
    const AhpWeights big = ahpWeights(Eigen::MatrixXd::Ones(16, 16));
    EVAL_VERIFY_OK(big);
    QVERIFY(!big.consistencyRatio);
    EVAL_COMPARE_NEAR(big.lambdaMax, 16.0, Loose);
    EVAL_COMPARE_NEAR(big.weights(7), 1.0 / 16, Loose);
    QVERIFY2(findIssue(big.issues, Issue::Severity::Warning, {u"up to 15"_s}), describe(big.issues).constData());

    // Two-decimal reciprocals are accepted with the default tolerance 0.02.
    const AhpWeights rounded = ahpWeights(rowMajor(3, 3, {1, 3, 5, 0.33, 1, 3, 0.2, 0.33, 1}));
    EVAL_VERIFY_OK(rounded);
}

void TestWeighting::ahpErrors_data()
{
    QTest::addColumn<Eigen::MatrixXd>("a");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<qint64>("row");

    QTest::newRow("not reciprocal") << rowMajor(3, 3, {1, 3, 5, 0.5, 1, 3, 0.2, 1.0 / 3, 1})
                                    << QStringList{u"not reciprocal"_s, u"indicator 0 “economy”"_s,
                                                   u"indicator 1 “environment”"_s, u"but it is 0.5"_s}
                                    << qint64(0);
    QTest::newRow("negative") << rowMajor(3, 3, {1, 3, -5, 1.0 / 3, 1, 3, 0.2, 1.0 / 3, 1})
                              << QStringList{u"indicator 0 “economy” with indicator 2 “governance” is -5"_s}
                              << qint64(0);
    QTest::newRow("diagonal") << rowMajor(3, 3, {1, 3, 5, 1.0 / 3, 2, 3, 0.2, 1.0 / 3, 1})
                              << QStringList{u"diagonal entry of indicator 1 “environment” is 2"_s} << qint64(1);
    QTest::newRow("not square") << Eigen::MatrixXd(Eigen::MatrixXd::Ones(3, 2)) << QStringList{u"must be square"_s, u"3 × 2"_s}
                                << qint64(-1);
    Eigen::MatrixXd nan = Eigen::MatrixXd::Ones(3, 3);
    nan(2, 1) = NaN;
    QTest::newRow("NaN") << nan << QStringList{u"indicator 2 “governance” with indicator 1 “environment” is nan"_s}
                         << qint64(2);
}

void TestWeighting::ahpErrors()
{
    QFETCH(Eigen::MatrixXd, a);
    QFETCH(QStringList, fragments);
    QFETCH(qint64, row);
    const EvaluationLabels labels{{u"economy"_s, u"environment"_s, u"governance"_s}, {}};
    const AhpWeights result = ahpWeights(a, {}, labels);
    QVERIFY(!result.ok());
    QCOMPARE(result.weights.size(), Eigen::Index(0));
    const Issue *issue = findIssue(result.issues, Issue::Severity::Error, fragments);
    QVERIFY2(issue, describe(result.issues).constData());
    QCOMPARE(issue->row, row);
}

QTEST_APPLESS_MAIN(TestWeighting)
#include "tst_weighting.moc"
