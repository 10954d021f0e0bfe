#include "analysis/feedback.h"
#include "analysis/moran.h"
#include "analysis/spatialweights.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace CityAtlas;
using namespace TestUtil;

namespace {

// A smooth north-west to south-east gradient: as clustered as a 5 x 5 pattern gets.
QList<double> gradient5x5()
{
    QList<double> values;
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 5; ++c)
            values.append(r + c + 0.1 * c);
    return values;
}

class RecordingFeedback : public Feedback
{
public:
    bool isCanceled() const override { return false; }
    void setProgress(double percent) override { m_values.append(percent); }
    QList<double> values() const { return m_values; }

private:
    QList<double> m_values;
};

} // namespace

class TestMoran : public QObject
{
    Q_OBJECT

private slots:
    void checkerboardIsMinusOne();
    void handCalculationLine4();
    void analytical_data();
    void analytical();
    void pseudoPValue_data();
    void pseudoPValue();
    void permutationDeterministic_data();
    void permutationDeterministic();
    void permutationSeedMatters();
    void permutationRange_data();
    void permutationRange();
    void clusteredPatternMinimalP();
    void cancelBeforeStart_data();
    void cancelBeforeStart();
    void cancelMidway_data();
    void cancelMidway();
    void progressReported();
    void invalidInput_data();
    void invalidInput();
    void scatter();
    void normalTail_data();
    void normalTail();
    void benjaminiHochberg();
};

void TestMoran::handCalculationLine4()
{
    // Line 1-2-3-4, x = 1, 2, 3, 4, row-standardised, by hand:
    // z = (−1.5, −0.5, 0.5, 1.5), Σz² = 5, lag z = (−0.5, −0.5, 0.5, 0.5), Σ z·lag = 2,
    // I = (4/4)·2/5 = 2/5; E[I] = −1/3; S0 = 4, S1 = 11/2, S2 = 17 (see tst_spatialweights);
    // Var_N = (16·5.5 − 4·17 + 3·16)/(15·16) − 1/9 = 68/240 − 1/9 = 31/180;
    // b2 = 4·(2·1.5⁴ + 2·0.5⁴)/25 = 41/25;
    // Var_R = [4(7·5.5 − 68 + 48) − (41/25)(12·5.5 − 136 + 96)] / (3·2·1·16) − 1/9
    //       = (74 − 42.64)/96 − 1/9 = 49/150 − 1/9 = 97/450.
    MoranOptions options;
    options.permutation.permutations = 0;
    const MoranResult r = globalMoran(Line4Values, make(Line4), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.unitCount, 4);
    COMPARE_NEAR(r.moranI, 2.0 / 5.0);
    COMPARE_NEAR(r.expectedI, -1.0 / 3.0);
    COMPARE_NEAR(r.kurtosis, 41.0 / 25.0);
    COMPARE_NEAR(r.sums.s0, 4.0);
    COMPARE_NEAR(r.sums.s1, 5.5);
    COMPARE_NEAR(r.sums.s2, 17.0);
    QVERIFY(r.normality && r.randomisation);
    COMPARE_NEAR(r.normality->variance, 31.0 / 180.0);
    COMPARE_NEAR(r.randomisation->variance, 97.0 / 450.0);
    COMPARE_NEAR(r.normality->zScore, (2.0 / 5.0 + 1.0 / 3.0) / std::sqrt(31.0 / 180.0));
    COMPARE_NEAR(r.randomisation->zScore, (2.0 / 5.0 + 1.0 / 3.0) / std::sqrt(97.0 / 450.0));
    QVERIFY(!r.permutation);
    QVERIFY(!r.cancelled);
}

void TestMoran::analytical_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("rowStandardise");
    // I, E[I], Var_N, z_N, p_N greater, p_N two-sided, Var_R, z_R, p_R greater, p_R two-sided, S0, S1, S2
    QTest::addColumn<QList<double>>("expected");

    // Reference numbers: tests/analysis/reference/moran_reference.py, the formulas of R spdep
    // moran.test (randomisation = TRUE / FALSE; alternative "greater" and "two.sided")
    // re-implemented with dense numpy matrices. Not computed with R itself.
    // "W": row-standardised weights (spdep style "W"); "B": binary weights (style "B").
    QTest::newRow("line4 W") << Line4 << Line4Values << true
        << QList<double>{0.4, -0.3333333333333333, 0.17222222222222222, 1.7670825235854977, 0.038607204437151876, 0.07721440887430375, 0.21555555555555556, 1.579507948959024, 0.05710979734868102, 0.11421959469736204, 4.0, 5.5, 17.0};
    QTest::newRow("line4 B") << Line4 << Line4Values << false
        << QList<double>{0.3333333333333333, -0.3333333333333333, 0.14814814814814814, 1.7320508075688772, 0.04163225833177522, 0.08326451666355043, 0.1777777777777778, 1.5811388300841893, 0.05692314900332908, 0.11384629800665816, 6.0, 12.0, 40.0};
    QTest::newRow("lattice5 W") << rookLattice(5, 5) << LatticeValues << true
        << QList<double>{0.5884728202937702, -0.041666666666666664, 0.02257122507122507, 4.194296512574197, 1.3685987100156955e-05, 2.737197420031391e-05, 0.02352766064166839, 4.10815973207941, 1.9941212309518813e-05, 3.9882424619037626e-05, 25.0, 16.194444444444443, 100.66666666666663};
    QTest::newRow("lattice5 B") << rookLattice(5, 5) << LatticeValues << false
        << QList<double>{0.5660337129564424, -0.041666666666666664, 0.02140090811965812, 4.154066134581411, 1.633093534196598e-05, 3.266187068393196e-05, 0.022295794414878986, 4.069846523902602, 2.3522059321919612e-05, 4.7044118643839225e-05, 80.0, 160.0, 1072.0};
    QTest::newRow("asym6 W") << Asym6 << Asym6Values << true
        << QList<double>{0.3747412008281573, -0.2, 0.10047619047619047, 1.8131792933982482, 0.034902086220754275, 0.06980417244150855, 0.12185525249797463, 1.6464562842518058, 0.04983492665728033, 0.09966985331456066, 6.0, 6.166666666666667, 25.5};
    QTest::newRow("asym6 B") << Asym6 << Asym6Values << false
        << QList<double>{0.375494071146245, -0.2, 0.08255017709563163, 2.003004150227854, 0.02258842150636379, 0.04517684301272758, 0.09861934594019145, 1.8325667178137632, 0.03343351572249227, 0.06686703144498454, 11.0, 19.0, 88.0};
}

void TestMoran::analytical()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(QList<double>, values);
    QFETCH(bool, rowStandardise);
    QFETCH(QList<double>, expected);

    MoranOptions options;
    options.rowStandardise = rowStandardise;
    options.permutation.permutations = 0;
    const MoranResult r = globalMoran(values, make(neighbours), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.normality && r.randomisation);
    COMPARE_NEAR(r.moranI, expected[0]);
    COMPARE_NEAR(r.expectedI, expected[1]);
    COMPARE_NEAR(r.normality->variance, expected[2]);
    COMPARE_NEAR(r.normality->zScore, expected[3]);
    COMPARE_NEAR(r.normality->pGreater, expected[4]);
    COMPARE_NEAR(r.normality->pTwoSided, expected[5]);
    COMPARE_NEAR(r.randomisation->variance, expected[6]);
    COMPARE_NEAR(r.randomisation->zScore, expected[7]);
    COMPARE_NEAR(r.randomisation->pGreater, expected[8]);
    COMPARE_NEAR(r.randomisation->pTwoSided, expected[9]);
    COMPARE_NEAR(r.sums.s0, expected[10]);
    COMPARE_NEAR(r.sums.s1, expected[11]);
    COMPARE_NEAR(r.sums.s2, expected[12]);
    COMPARE_NEAR(r.randomisation->pLess, 1.0 - expected[8]);
}

void TestMoran::pseudoPValue_data()
{
    QTest::addColumn<double>("observed");
    QTest::addColumn<QList<double>>("reference");
    QTest::addColumn<double>("directed");
    QTest::addColumn<double>("greater");
    QTest::addColumn<double>("less");
    QTest::addColumn<double>("twoSided");

    const QList<double> ref = {0.1, 0.2, 0.3, 0.4};
    // Hand counts, R = 4. Observed 0.35: M>= = 1, M<= = 3 → directed M = 1 → 2/5.
    QTest::newRow("upper") << 0.35 << ref << 2.0 / 5 << 2.0 / 5 << 4.0 / 5 << 4.0 / 5;
    // Observed 0.05: M>= = 4 > R/2 → folded M = R − 4 = 0 → 1/5 (PySAL p_sim).
    QTest::newRow("below all") << 0.05 << ref << 1.0 / 5 << 5.0 / 5 << 1.0 / 5 << 2.0 / 5;
    // Observed 0.5: M>= = 0 → 1/5.
    QTest::newRow("above all") << 0.5 << ref << 1.0 / 5 << 1.0 / 5 << 5.0 / 5 << 2.0 / 5;
    // A tie counts in both tails: observed 0.2 → M>= = 3, M<= = 2; directed folds 3 → 1.
    QTest::newRow("tie") << 0.2 << ref << 2.0 / 5 << 4.0 / 5 << 3.0 / 5 << 1.0;
    // A constant statistic is no evidence at all (PySAL's folding would give 1/(R+1)).
    QTest::newRow("constant") << 0.3 << QList<double>{0.3, 0.3, 0.3, 0.3} << 1.0 << 1.0 << 1.0 << 1.0;
}

void TestMoran::pseudoPValue()
{
    QFETCH(double, observed);
    QFETCH(QList<double>, reference);
    QFETCH(double, directed);
    QFETCH(double, greater);
    QFETCH(double, less);
    QFETCH(double, twoSided);
    COMPARE_NEAR(Permutation::pseudoPValue(observed, reference, PermutationAlternative::Directed), directed);
    COMPARE_NEAR(Permutation::pseudoPValue(observed, reference, PermutationAlternative::Greater), greater);
    COMPARE_NEAR(Permutation::pseudoPValue(observed, reference, PermutationAlternative::Less), less);
    COMPARE_NEAR(Permutation::pseudoPValue(observed, reference, PermutationAlternative::TwoSided), twoSided);
}

void TestMoran::permutationDeterministic_data()
{
    QTest::addColumn<int>("permutations");
    QTest::addColumn<int>("threads");
    QTest::newRow("R=999, 2 threads") << 999 << 2;
    QTest::newRow("R=999, 3 threads") << 999 << 3;
    QTest::newRow("R=999, ideal threads") << 999 << 0;
    QTest::newRow("R=99 (one chunk), 4 threads") << 99 << 4;
    QTest::newRow("R=1000, 8 threads") << 1000 << 8;
}

void TestMoran::permutationDeterministic()
{
    QFETCH(int, permutations);
    QFETCH(int, threads);
    const SpatialWeights w = make(rookLattice(5, 5));
    MoranOptions options;
    options.permutation.permutations = permutations;
    options.permutation.seed = 20240601;
    options.permutation.threadCount = 1;
    const MoranResult sequential = globalMoran(LatticeValues, w, options);
    options.permutation.threadCount = threads;
    const MoranResult parallel = globalMoran(LatticeValues, w, options);
    QVERIFY(sequential.permutation && parallel.permutation);
    QCOMPARE(sequential.permutation->reference.size(), permutations);
    QCOMPARE(parallel.permutation->reference, sequential.permutation->reference); // bit for bit
    QCOMPARE(parallel.permutation->pseudoP, sequential.permutation->pseudoP);
    QCOMPARE(parallel.permutation->greaterOrEqual, sequential.permutation->greaterOrEqual);
    QCOMPARE(parallel.permutation->seed, quint64(20240601));
}

void TestMoran::permutationSeedMatters()
{
    const SpatialWeights w = make(rookLattice(5, 5));
    MoranOptions options;
    options.permutation.permutations = 199;
    options.permutation.seed = 1;
    const MoranResult a = globalMoran(LatticeValues, w, options);
    const MoranResult again = globalMoran(LatticeValues, w, options);
    options.permutation.seed = 2;
    const MoranResult b = globalMoran(LatticeValues, w, options);
    QCOMPARE(again.permutation->reference, a.permutation->reference);
    QVERIFY(b.permutation->reference != a.permutation->reference);
}

void TestMoran::permutationRange_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("alternative");
    const QList<double> mixed = {3.0, 7.0, 1.0, 8.0, 2.0, 9.0, 4.0, 6.0, 5.0, 7.5, 1.5, 8.5, 3.5,
                                 6.5, 2.5, 9.5, 4.5, 5.5, 0.5, 7.25, 2.25, 6.25, 3.25, 8.25, 1.25};
    for (int alt = 0; alt < 4; ++alt) {
        QTest::addRow("lattice alt %d", alt) << LatticeValues << alt;
        QTest::addRow("checkerboard-ish alt %d", alt) << mixed << alt;
    }
}

void TestMoran::permutationRange()
{
    QFETCH(QList<double>, values);
    QFETCH(int, alternative);
    MoranOptions options;
    options.permutation.permutations = 499;
    options.permutation.alternative = PermutationAlternative(alternative);
    const MoranResult r = globalMoran(values, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.permutation);
    const double p = r.permutation->pseudoP;
    QVERIFY2(p >= 1.0 / 500 && p <= 1.0, qPrintable(QString::number(p)));
    if (options.permutation.alternative == PermutationAlternative::Directed)
        QVERIFY(p <= 0.5 + 1.0 / 500);
    QCOMPARE(r.permutation->reference.size(), 499);
    // The mean of the permutation distribution estimates E[I] = −1/24 (sd of the mean ≈ 0.007).
    QVERIFY2(std::abs(r.permutation->mean - r.expectedI) < 0.03, qPrintable(QString::number(r.permutation->mean)));
    QVERIFY(r.permutation->zScore.has_value());
}

void TestMoran::clusteredPatternMinimalP()
{
    const QList<double> values = gradient5x5();
    MoranOptions options; // defaults: R = 999, directed (PySAL p_sim)
    const MoranResult r = globalMoran(values, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.moranI > 0.7);
    QVERIFY(r.permutation);
    QCOMPARE(r.permutation->permutations, 999);
    QCOMPARE(r.permutation->greaterOrEqual, 0);
    QCOMPARE(r.permutation->pseudoP, 1.0 / 1000.0);
    QVERIFY(*r.permutation->zScore > 5.0);
}

void TestMoran::cancelBeforeStart_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("sequential") << 1;
    QTest::newRow("3 threads") << 3;
}

void TestMoran::cancelBeforeStart()
{
    QFETCH(int, threads);
    SimpleFeedback feedback;
    feedback.cancel();
    MoranOptions options;
    options.permutation.threadCount = threads;
    const MoranResult r = globalMoran(LatticeValues, make(rookLattice(5, 5)), options, &feedback);
    QVERIFY(r.cancelled);
    QVERIFY(!r.permutation);
    QVERIFY(r.isValid()); // the analytical part is complete and correct
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.first().severity, Issue::Severity::Warning);
    QVERIFY(r.issues.first().message.contains(u"cancelled"_s));
    COMPARE_NEAR(r.moranI, 0.5884728202937702); // moran_reference.py, lattice5 W
    QVERIFY(r.randomisation);
}

void TestMoran::cancelMidway_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("sequential") << 1;
    QTest::newRow("2 threads") << 2;
}

void TestMoran::cancelMidway()
{
    QFETCH(int, threads);
    CancelAfterFirstProgress feedback;
    MoranOptions options;
    // Long enough to be cancelled in flight: a million permutations of 25 units took under the
    // 20 ms between two progress reports once the permutations got fast; of 3,600 units, seconds.
    options.permutation.permutations = 1000000;
    options.permutation.threadCount = threads;
    QList<double> values;
    for (int i = 0; i < 60 * 60; ++i)
        values << double((i * 37) % 101);
    const MoranResult r = globalMoran(values, make(rookLattice(60, 60)), options, &feedback);
    QVERIFY(r.cancelled);
    QVERIFY(!r.permutation);
    QVERIFY(feedback.progress() < 100.0);
    QVERIFY(r.normality && r.randomisation);
}

void TestMoran::progressReported()
{
    RecordingFeedback feedback;
    MoranOptions options;
    options.permutation.permutations = 999;
    const MoranResult r = globalMoran(LatticeValues, make(rookLattice(5, 5)), options, &feedback);
    QVERIFY(!r.cancelled);
    const QList<double> progress = feedback.values();
    QCOMPARE(progress.size(), 8); // ceil(999 / 128) chunks
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), 100.0);
}

void TestMoran::invalidInput_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("permutations");
    QTest::addColumn<QString>("message");

    QTest::newRow("NaN") << Line4 << QList<double>{1.0, std::nan(""), 3.0, 4.0} << 0 << u"Unit '2' (row 1)"_s;
    QTest::newRow("size") << Line4 << QList<double>{1.0, 2.0, 3.0} << 0 << u"3 values"_s;
    QTest::newRow("too few") << NeighbourLists{{1}, {0, 2}, {1}} << QList<double>{1.0, 2.0, 3.0} << 0 << u"at least 4 units"_s;
    QTest::newRow("constant") << Line4 << QList<double>{2.0, 2.0, 2.0, 2.0} << 0 << u"all 4 values are equal"_s;
    QTest::newRow("isolate") << NeighbourLists{{1}, {0, 3}, {}, {1}, {1}} << QList<double>{1.0, 2.0, 3.0, 4.0, 5.0} << 0
                             << u"isolates): '3'"_s;
    QTest::newRow("permutations") << Line4 << Line4Values << -5 << u"permutations (-5)"_s;
}

void TestMoran::invalidInput()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(QList<double>, values);
    QFETCH(int, permutations);
    QFETCH(QString, message);
    MoranOptions options;
    options.permutation.permutations = permutations;
    const MoranResult r = globalMoran(values, make(neighbours), options);
    QVERIFY(!r.isValid());
    QVERIFY(!r.normality && !r.randomisation && !r.permutation);
    QVERIFY2(messages(r.issues).contains(message), qPrintable(messages(r.issues)));
    QCOMPARE(r.moranI, 0.0); // no NaN leaks out
}

void TestMoran::scatter()
{
    const SpatialWeights w = make(rookLattice(5, 5));
    const MoranScatter s = moranScatter(LatticeValues, w);
    QVERIFY2(s.isValid(), qPrintable(messages(s.issues)));
    QCOMPARE(s.z.size(), 25);
    QCOMPARE(s.lag.size(), 25);
    double sum = 0.0;
    double sumSquares = 0.0;
    for (double z : s.z) {
        sum += z;
        sumSquares += z * z;
    }
    QVERIFY(std::abs(sum) < 1e-12);
    COMPARE_NEAR(sumSquares / 25.0, 1.0);
    // With row-standardised weights the regression slope of lag on z is Moran's I.
    COMPARE_NEAR(s.slope, 0.5884728202937702); // moran_reference.py, lattice5 W
    // Corner unit 0 has neighbours 1 and 5: lag = (z1 + z5) / 2.
    COMPARE_NEAR(s.lag[0], (s.z[1] + s.z[5]) / 2.0);

    const MoranScatter bad = moranScatter(QList<double>{1.0, 2.0}, w);
    QVERIFY(!bad.isValid());
}

void TestMoran::normalTail_data()
{
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("upper");
    QTest::newRow("0") << 0.0 << 0.5;
    // Standard normal quantiles: Φ⁻¹(0.975) = 1.959963984540054, Φ⁻¹(0.95) = 1.6448536269514722
    QTest::newRow("1.96") << 1.959963984540054 << 0.025;
    QTest::newRow("1.645") << 1.6448536269514722 << 0.05;
    QTest::newRow("-1.96") << -1.959963984540054 << 0.975;
}

void TestMoran::normalTail()
{
    QFETCH(double, z);
    QFETCH(double, upper);
    COMPARE_NEAR(normalUpperTail(z), upper);
    COMPARE_NEAR(analyticalPValue(z, Alternative::Greater), upper);
    COMPARE_NEAR(analyticalPValue(z, Alternative::Less), 1.0 - upper);
    COMPARE_NEAR(analyticalPValue(z, Alternative::TwoSided), 2.0 * std::min(upper, 1.0 - upper));
}

void TestMoran::benjaminiHochberg()
{
    // Hand calculation, m = 4: sorted 0.01, 0.03, 0.04, 0.20 → m p / rank = 0.04, 0.06, 0.0533…, 0.20;
    // running minimum from the largest rank: 0.20, 0.0533…, 0.0533…, 0.04.
    const QList<double> p = {0.01, 0.04, 0.03, 0.20};
    const QList<double> adjusted = CityAtlas::benjaminiHochberg(p);
    QCOMPARE(adjusted.size(), 4);
    COMPARE_NEAR(adjusted[0], 0.04);
    COMPARE_NEAR(adjusted[1], 0.16 / 3.0);
    COMPARE_NEAR(adjusted[2], 0.16 / 3.0);
    COMPARE_NEAR(adjusted[3], 0.20);
    QCOMPARE(CityAtlas::benjaminiHochberg(QList<double>{0.9, 0.8}), (QList<double>{0.9, 0.9}));
}

void TestMoran::checkerboardIsMinusOne()
{
    // A checkerboard on a rook lattice: every neighbour of a unit has the other value, so with
    // row-standardised weights the lag of z_i is exactly −z_i and I = (n/S0) Σ z_i(−z_i) / Σ z_i² = −1.
    for (const auto &[rows, cols] : {std::pair{4, 4}, std::pair{5, 6}, std::pair{7, 7}}) {
        QList<double> values;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                values << double((r + c) % 2);
        MoranOptions options;
        options.permutation.permutations = 0;
        const MoranResult result = globalMoran(values, make(rookLattice(rows, cols)), options);
        QVERIFY(result.isValid());
        QVERIFY2(qAbs(result.moranI + 1.0) < 1e-12, qPrintable(QString::number(result.moranI, 'g', 17)));
    }
}

QTEST_APPLESS_MAIN(TestMoran)
#include "tst_moran.moc"
