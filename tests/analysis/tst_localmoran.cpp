#include "analysis/feedback.h"
#include "analysis/getisord.h"
#include "analysis/localmoran.h"
#include "analysis/spatialweights.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace CityAtlas;
using namespace TestUtil;
using Clusters = QList<LisaCluster>;

namespace {

QString clusterKeys(const Clusters &clusters)
{
    QStringList keys;
    for (LisaCluster c : clusters)
        keys.append(lisaClusterKey(c));
    return keys.join(u' ');
}

Clusters allNotSignificantExcept(const QList<std::pair<int, LisaCluster>> &significant, int n = 25)
{
    Clusters clusters(n, LisaCluster::NotSignificant);
    for (const auto &[unit, cluster] : significant)
        clusters[unit] = cluster;
    return clusters;
}

} // namespace

class TestLocalMoran : public QObject
{
    Q_OBJECT

private slots:
    void analytical_data();
    void analytical();
    void lagAndDeviations();
    void clusters_data();
    void clusters();
    void permutationDeterministic_data();
    void permutationDeterministic();
    void permutationRange_data();
    void permutationRange();
    void permutationClusters();
    void conditionalMatchesEnumeration_data();
    void conditionalMatchesEnumeration();
    void degenerateUnit();
    void cancel_data();
    void cancel();
    void invalidInput();
    void getisOrd();
    void getisOrdHotSpots();
    void getisOrdPermutation();
    void getisOrdDegenerateAndWarnings();
};

void TestLocalMoran::analytical_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("rowStandardise");
    QTest::addColumn<LocalMoranVariance>("variance");
    QTest::addColumn<QList<double>>("localI");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<QList<double>>("varianceI");
    QTest::addColumn<QList<double>>("zScore");
    QTest::addColumn<QList<double>>("pTwoSided");

    // Reference numbers: tests/analysis/reference/moran_reference.py, the formulas of R spdep
    // localmoran (mlvar = TRUE; conditional = TRUE is the default since spdep 1.1-7,
    // conditional = FALSE the total randomisation of Anselin 1995; alternative "two.sided")
    // re-implemented with dense numpy matrices. Not computed with R itself.
    // lattice5 W: spdep localmoran(conditional = TRUE, alternative = "two.sided"), numpy
    QTest::newRow("lattice5 W conditional") << rookLattice(5, 5) << LatticeValues << true << LocalMoranVariance::Conditional
        << QList<double>{2.9635307835282436, 2.3361809876742736, 0.2343282806709687, -0.24210064534004455, 0.41528901767469784, 2.3152324494060332, 1.740314127059258, 0.34364068759307786, 0.08374412671292189, 0.26492132392837775, 0.5310952309486152, 0.42401957954768454, 0.0030225060897472737, 0.21962702462451383, 0.5815545114156307, 0.017074381501021703, 0.03081960494568295, 0.253124242389259, 0.8526649138199746, 0.29068008912388466, 0.6358980501264128, 0.6123880660194025, 0.716890246014246, 0.2988574749002361, -1.2109765530298655} // Ii
        << QList<double>{-0.15793369968021614, -0.09123088415819099, -0.05414403454897389, -0.07773519123538172, -0.007758415010986558, -0.10200579247526581, -0.11338197915824873, -0.010536321061482399, -0.001300685361132599, -0.013016594320853685, -0.029584819693453855, -0.018858013645651737, -0.0006062088485086364, -0.009360821856131893, -0.02759158191046822, -0.005004560095127046, -0.0003506655429976571, -0.015069959940430156, -0.04031463213308552, -0.05143527551055749, -0.03365246783882277, -0.047578074793256445, -0.022131974348021846, -0.06836727429453211, -0.04271673920488871} // E
        << QList<double>{1.5901055522183585, 0.6308202929753696, 0.3896600070675367, 0.5454858901661549, 0.0920439587853722, 0.6969611689535996, 0.5463397063065608, 0.05665927717375956, 0.007059747710456167, 0.09775015016519568, 0.21844229017404102, 0.10055646177713125, 0.003292616083372969, 0.050397809077769876, 0.20414348437719887, 0.03788761012355341, 0.0019051226993185395, 0.0806676969990434, 0.21026827483184515, 0.3712258865282323, 0.3888258388249755, 0.3447834903756154, 0.16466853306126353, 0.48462209858747635, 0.4889263188722745} // Var
        << QList<double>{2.4754001947607427, 3.0562624368010476, 0.4621268722527473, -0.22254548269350155, 1.394412987704343, 2.8954439701917574, 2.5078823284682863, 1.4879380531378623, 1.0121694737727545, 0.8889740500583281, 1.1996284128706534, 1.3966214776018515, 0.06323860846897686, 1.0200151078368451, 1.3481980718507254, 0.11343044733892105, 0.7141329884206955, 0.9442773142286153, 1.9473976229822936, 0.5615047733539441, 1.0737564646443927, 1.1239537067563115, 1.821177131804966, 0.5275095614771113, -1.6707740833831548} // Z
        << QList<double>{0.013308695350927503, 0.0022411499988241814, 0.6439903406004116, 0.8238892707717742, 0.16319292836705743, 0.0037862261463746786, 0.012145710662458207, 0.13676723107696961, 0.31145702912761475, 0.3740170263106372, 0.23028368669749028, 0.16252742817711516, 0.9495765011775509, 0.3077212956989931, 0.17759468461667133, 0.9096893019927675, 0.4751449490409146, 0.34502795552232074, 0.05148708282618124, 0.5744534771902724, 0.2829318468833334, 0.2610326654420838, 0.06857993548059554, 0.5978397783701141, 0.09476630944439401}; // p
    // lattice5 W: spdep localmoran(conditional = FALSE, alternative = "two.sided"), numpy
    QTest::newRow("lattice5 W total") << rookLattice(5, 5) << LatticeValues << true << LocalMoranVariance::Total
        << QList<double>{2.9635307835282436, 2.3361809876742736, 0.2343282806709687, -0.24210064534004455, 0.41528901767469784, 2.3152324494060332, 1.740314127059258, 0.34364068759307786, 0.08374412671292189, 0.26492132392837775, 0.5310952309486152, 0.42401957954768454, 0.0030225060897472737, 0.21962702462451383, 0.5815545114156307, 0.017074381501021703, 0.03081960494568295, 0.253124242389259, 0.8526649138199746, 0.29068008912388466, 0.6358980501264128, 0.6123880660194025, 0.716890246014246, 0.2988574749002361, -1.2109765530298655} // Ii
        << QList<double>{-0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664, -0.041666666666666664} // E
        << QList<double>{0.46015047052614666, 0.2933965360140073, 0.2933965360140073, 0.2933965360140073, 0.46015047052614666, 0.2933965360140073, 0.21001956875793767, 0.21001956875793767, 0.21001956875793767, 0.2933965360140073, 0.2933965360140073, 0.21001956875793767, 0.21001956875793767, 0.21001956875793767, 0.2933965360140073, 0.2933965360140073, 0.21001956875793767, 0.21001956875793767, 0.21001956875793767, 0.2933965360140073, 0.46015047052614666, 0.2933965360140073, 0.2933965360140073, 0.2933965360140073, 0.46015047052614666} // Var
        << QList<double>{4.430197385551377, 4.389919287798956, 0.509534553418796, -0.37003589666572734, 0.673634232569529, 4.351244651925183, 3.888419726355903, 0.8407704068913928, 0.2736560374792338, 0.5660146186672956, 1.057417827869447, 1.016163357342571, 0.09751522660198395, 0.5701630158788589, 1.150574413475855, 0.10844616553381979, 0.1581706432638481, 0.6432565322585353, 1.9515005839070596, 0.6135697679449232, 0.9988513189653724, 1.2074985043945463, 1.4004276580932316, 0.6286666407314718, -1.7237714617153164} // Z
        << QList<double>{9.414687525630704e-06, 1.1339274055764254e-05, 0.6103775848035332, 0.7113557440915579, 0.5005438837578086, 1.3536690530464468e-05, 0.00010089902996412729, 0.40047656869471226, 0.7843489654371211, 0.5713838429142829, 0.29032093865867775, 0.30955160239447066, 0.9223172427788692, 0.5685671379338713, 0.24990736427543292, 0.9136417822413438, 0.8743223358103422, 0.5200576563550301, 0.050997526816840104, 0.5394996662729188, 0.31786672149988127, 0.22724022069810945, 0.16138529247629915, 0.5295673220523986, 0.08474910843960871}; // p
    // asym6 B: spdep localmoran(conditional = TRUE, alternative = "two.sided"), numpy
    QTest::newRow("asym6 B conditional") << Asym6 << Asym6Values << false << LocalMoranVariance::Conditional
        << QList<double>{1.6894409937888195, 0.527950310559006, -0.5465838509316772, 0.7267080745341621, 0.08074534161490698, 1.6521739130434787} // Ii
        << QList<double>{-0.7180124223602484, -0.03105590062111799, -0.30062111801242225, -0.6298136645962734, -0.0012422360248447249, -0.8968944099378885} // E
        << QList<double>{2.071086763627947, 0.1805485899463754, 1.1494556537170633, 1.4927757416766334, 0.007444157247019817, 2.2260807839203736} // Var
        << QList<double>{1.672856722018685, 1.3155870289605436, -0.22941573387056202, 1.110272220005402, 0.9502552681394962, 1.7084843923544986} // Z
        << QList<double>{0.09435550530891154, 0.18831268948891663, 0.8185458083820432, 0.2668817401637777, 0.34198256197897037, 0.0875464999714297}; // p
    // asym6 W: spdep localmoran(conditional = FALSE, alternative = "two.sided"), numpy
    QTest::newRow("asym6 W total") << Asym6 << Asym6Values << true << LocalMoranVariance::Total
        << QList<double>{0.8447204968944098, 0.527950310559006, -0.2732919254658386, 0.2422360248447207, 0.08074534161490698, 0.8260869565217394} // Ii
        << QList<double>{-0.2, -0.2, -0.2, -0.2, -0.2, -0.2} // E
        << QList<double>{0.3271617607345396, 0.8286470429381583, 0.3271617607345396, 0.15999999999999998, 0.8286470429381583, 0.3271617607345396} // Var
        << QList<double>{1.826496511257055, 0.7996813050533523, -0.1281370917528732, 1.1055900621118018, 0.30840951355299967, 1.7939192845402239} // Z
        << QList<double>{0.06777550629029176, 0.4238954671719294, 0.898040483009026, 0.2689039931721406, 0.7577707437928398, 0.07282605292190823}; // p
}

void TestLocalMoran::analytical()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(QList<double>, values);
    QFETCH(bool, rowStandardise);
    QFETCH(LocalMoranVariance, variance);
    QFETCH(QList<double>, localI);
    QFETCH(QList<double>, expected);
    QFETCH(QList<double>, varianceI);
    QFETCH(QList<double>, zScore);
    QFETCH(QList<double>, pTwoSided);

    LocalMoranOptions options;
    options.rowStandardise = rowStandardise;
    options.variance = variance;
    options.permutation.permutations = 0;
    const LocalMoranResult r = localMoran(values, make(neighbours), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.unitCount, values.size());
    COMPARE_LIST_NEAR(r.localI, localI);
    COMPARE_LIST_NEAR(r.expectedI, expected);
    COMPARE_LIST_NEAR(r.varianceI, varianceI);
    COMPARE_LIST_NEAR(r.zScore, zScore);
    COMPARE_LIST_NEAR(r.pValue, pTwoSided);
    QVERIFY(r.pseudoP.isEmpty());
    QCOMPARE(r.significanceP, r.pValue);
    QVERIFY(std::none_of(r.degenerate.cbegin(), r.degenerate.cend(), [](bool d) { return d; }));

    // One-sided alternatives follow from the same z.
    options.alternative = Alternative::Greater;
    const LocalMoranResult greater = localMoran(values, make(neighbours), options);
    for (qsizetype i = 0; i < zScore.size(); ++i)
        COMPARE_NEAR(greater.pValue[i], normalUpperTail(zScore[i]));
}

void TestLocalMoran::lagAndDeviations()
{
    // Hand calculation: line 1-2-3-4 with x = 1, 2, 3, 4 → z = (−1.5, −0.5, 0.5, 1.5),
    // m2 = 5/4, lag (W) = (−0.5, −0.5, 0.5, 0.5), I_i = z_i lag_i / m2 = (0.6, 0.2, 0.2, 0.6).
    LocalMoranOptions options;
    options.permutation.permutations = 0;
    const LocalMoranResult r = localMoran(QList<double>{1, 2, 3, 4}, make({{1}, {0, 2}, {1, 3}, {2}}), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    COMPARE_LIST_NEAR(r.deviations, (QList<double>{-1.5, -0.5, 0.5, 1.5}));
    COMPARE_LIST_NEAR(r.lag, (QList<double>{-0.5, -0.5, 0.5, 0.5}));
    COMPARE_LIST_NEAR(r.localI, (QList<double>{0.6, 0.2, 0.2, 0.6}));
    // Σ I_i / S0 = I (global Moran, 2/5 by hand): (0.6 + 0.2 + 0.2 + 0.6) / 4 = 0.4.
    double sum = 0.0;
    for (double v : r.localI)
        sum += v;
    COMPARE_NEAR(sum / 4.0, 0.4);
}

void TestLocalMoran::clusters_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<bool>("fdr");
    QTest::addColumn<Clusters>("expected");

    // From the conditional two-sided p-values of moran_reference.py (lattice5 W):
    // p ≤ 0.05 for units 0 (0.0133), 1 (0.0022), 5 (0.0038), 6 (0.0121), all high among high.
    QTest::newRow("alpha 0.05") << 0.05 << false
                                << allNotSignificantExcept({{0, LisaCluster::HighHigh}, {1, LisaCluster::HighHigh},
                                                            {5, LisaCluster::HighHigh}, {6, LisaCluster::HighHigh}});
    // p ≤ 0.1 adds 18 (0.0515, low among low), 22 (0.0686, LL) and the outlier 24 (0.0948,
    // x = 7.6 among low neighbours: HL).
    QTest::newRow("alpha 0.1") << 0.1 << false
                               << allNotSignificantExcept({{0, LisaCluster::HighHigh}, {1, LisaCluster::HighHigh},
                                                           {5, LisaCluster::HighHigh}, {6, LisaCluster::HighHigh},
                                                           {18, LisaCluster::LowLow}, {22, LisaCluster::LowLow},
                                                           {24, LisaCluster::HighLow}});
    // Benjamini–Hochberg at 0.05, m = 25: p(1) = 0.00224 ≤ 0.002? no, but p(2) = 0.00379 ≤ 2·0.05/25
    // = 0.004 (step-up), p(3) = 0.0121 > 0.006, p(4) = 0.0133 > 0.008, p(5) = 0.0515 > 0.01
    // → units 1 and 5 remain.
    QTest::newRow("FDR 0.05") << 0.05 << true
                              << allNotSignificantExcept({{1, LisaCluster::HighHigh}, {5, LisaCluster::HighHigh}});
}

void TestLocalMoran::clusters()
{
    QFETCH(double, alpha);
    QFETCH(bool, fdr);
    QFETCH(Clusters, expected);
    LocalMoranOptions options;
    options.permutation.permutations = 0; // classify with the analytical p-values
    options.alpha = alpha;
    options.falseDiscoveryRate = fdr;
    const LocalMoranResult r = localMoran(LatticeValues, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QCOMPARE(clusterKeys(r.clusters), clusterKeys(expected));
    QCOMPARE(r.alpha, alpha);
}

void TestLocalMoran::permutationDeterministic_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("alternative");
    QTest::newRow("2 threads, directed") << 2 << int(PermutationAlternative::Directed);
    QTest::newRow("4 threads, two-sided") << 4 << int(PermutationAlternative::TwoSided);
    QTest::newRow("ideal threads, greater") << 0 << int(PermutationAlternative::Greater);
}

void TestLocalMoran::permutationDeterministic()
{
    QFETCH(int, threads);
    QFETCH(int, alternative);
    // 80 units → three chunks of units, so the threads really share the work.
    QList<double> values;
    for (int i = 0; i < 80; ++i)
        values.append(std::sin(0.37 * i) * 10.0 + (i % 10));
    const SpatialWeights w = make(rookLattice(8, 10));
    LocalMoranOptions options;
    options.permutation.permutations = 499;
    options.permutation.seed = 987654321;
    options.permutation.alternative = PermutationAlternative(alternative);
    options.permutation.threadCount = 1;
    const LocalMoranResult sequential = localMoran(values, w, options);
    options.permutation.threadCount = threads;
    const LocalMoranResult parallel = localMoran(values, w, options);
    QVERIFY2(sequential.isValid(), qPrintable(messages(sequential.issues)));
    QCOMPARE(sequential.pseudoP.size(), 80);
    QCOMPARE(parallel.pseudoP, sequential.pseudoP); // bit for bit
    QCOMPARE(parallel.clusters, sequential.clusters);
    QCOMPARE(parallel.seed, quint64(987654321));
    QCOMPARE(parallel.permutations, 499);

    options.permutation.seed = 1;
    const LocalMoranResult otherSeed = localMoran(values, w, options);
    QVERIFY(otherSeed.pseudoP != sequential.pseudoP);
}

void TestLocalMoran::permutationRange_data()
{
    QTest::addColumn<int>("alternative");
    QTest::addColumn<double>("upperBound");
    QTest::newRow("directed") << int(PermutationAlternative::Directed) << 0.5 + 1.0 / 1000;
    QTest::newRow("greater") << int(PermutationAlternative::Greater) << 1.0;
    QTest::newRow("less") << int(PermutationAlternative::Less) << 1.0;
    QTest::newRow("two-sided") << int(PermutationAlternative::TwoSided) << 1.0;
}

void TestLocalMoran::permutationRange()
{
    QFETCH(int, alternative);
    QFETCH(double, upperBound);
    LocalMoranOptions options; // R = 999
    options.permutation.alternative = PermutationAlternative(alternative);
    const LocalMoranResult r = localMoran(LatticeValues, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QCOMPARE(r.pseudoP.size(), 25);
    for (double p : r.pseudoP) {
        QVERIFY2(p >= 1.0 / 1000 && p <= upperBound, qPrintable(QString::number(p)));
        // Every p is (M + 1) / (R + 1) for an integer M (two-sided: twice that, capped at 1).
        const double m = p * 1000.0 / (alternative == int(PermutationAlternative::TwoSided) && p < 1.0 ? 2.0 : 1.0);
        QVERIFY2(std::abs(m - std::round(m)) < 1e-9, qPrintable(QString::number(p)));
    }
    QCOMPARE(r.significanceP, r.pseudoP);
}

void TestLocalMoran::permutationClusters()
{
    LocalMoranOptions options; // R = 999, directed p (PySAL Moran_Local p_sim), α = 0.05
    const LocalMoranResult r = localMoran(LatticeValues, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    // The high north-west core (analytical p ≤ 0.013) is significant by permutation too,
    // and every significant unit lies in the quadrant of its z and lag.
    for (int unit : {0, 1, 5, 6}) {
        QVERIFY2(r.pseudoP[unit] <= 0.05, qPrintable(QString::number(r.pseudoP[unit])));
        QCOMPARE(r.clusters[unit], LisaCluster::HighHigh);
    }
    for (int i = 0; i < 25; ++i) {
        if (r.clusters[i] == LisaCluster::NotSignificant) {
            QVERIFY(r.pseudoP[i] > 0.05);
            continue;
        }
        const bool high = r.deviations[i] > 0.0;
        const bool highLag = r.lag[i] > 0.0;
        const LisaCluster quadrant = high ? (highLag ? LisaCluster::HighHigh : LisaCluster::HighLow)
                                          : (highLag ? LisaCluster::LowHigh : LisaCluster::LowLow);
        QCOMPARE(r.clusters[i], quadrant);
    }
}

void TestLocalMoran::conditionalMatchesEnumeration_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("exact");

    // Exact conditional-randomisation probabilities by enumerating every neighbour set of the
    // unit among the other 24 units (moran_reference.py, exact_conditional), folded as PySAL's
    // directed p_sim: min(P(I >= observed), P(I < observed)).
    QTest::newRow("corner 0, HH") << 0 << 3.0 / 276;
    QTest::newRow("edge 3, folded") << 3 << 791.0 / 2024;
    QTest::newRow("centre 12") << 12 << 4958.0 / 10626;
    QTest::newRow("inner 18, LL") << 18 << 194.0 / 10626;
    QTest::newRow("corner 24, HL outlier") << 24 << 3.0 / 276;
}

void TestLocalMoran::conditionalMatchesEnumeration()
{
    QFETCH(int, unit);
    QFETCH(double, exact);
    // With R = 99999 the pseudo p estimates the exact probability with a standard error of
    // √(p(1 − p)/R) ≤ 0.0016; allow 4 standard errors (the seed is fixed, so this is stable).
    LocalMoranOptions options;
    options.permutation.permutations = 99999;
    options.permutation.seed = 42;
    const LocalMoranResult r = localMoran(LatticeValues, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    const double p = r.pseudoP[unit];
    const double tolerance = 4.0 * std::sqrt(exact * (1.0 - exact) / 99999.0) + 1.0 / 100000.0;
    QVERIFY2(std::abs(p - exact) <= tolerance,
             qPrintable(u"pseudo p %1, exact %2, tolerance %3"_s.arg(p).arg(exact).arg(tolerance)));
}

void TestLocalMoran::degenerateUnit()
{
    // Line of 5 with x = 1..5: the middle unit equals the mean (z = 0), so I_i = 0 for every
    // permutation and Var[I_i] = 0.
    LocalMoranOptions options;
    options.permutation.permutations = 99;
    options.alpha = 0.5;
    const LocalMoranResult r =
        localMoran(QList<double>{1, 2, 3, 4, 5}, make({{1}, {0, 2}, {1, 3}, {2, 4}, {3}}), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.degenerate[2]);
    QCOMPARE(r.localI[2], 0.0);
    QCOMPARE(r.zScore[2], 0.0);
    QCOMPARE(r.pValue[2], 1.0);
    QCOMPARE(r.pseudoP[2], 1.0);
    QCOMPARE(r.clusters[2], LisaCluster::NotSignificant);
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.first().severity, Issue::Severity::Warning);
    QVERIFY(r.issues.first().message.contains(u"'3'"_s));
    for (int i : {0, 1, 3, 4}) {
        QVERIFY(!r.degenerate[i]);
        QVERIFY(std::isfinite(r.zScore[i]));
    }
}

void TestLocalMoran::cancel_data()
{
    QTest::addColumn<bool>("before");
    QTest::addColumn<int>("threads");
    QTest::newRow("before start") << true << 1;
    QTest::newRow("before start, 3 threads") << true << 3;
    QTest::newRow("midway") << false << 1;
    QTest::newRow("midway, 2 threads") << false << 2;
}

void TestLocalMoran::cancel()
{
    QFETCH(bool, before);
    QFETCH(int, threads);
    QList<double> values;
    for (int i = 0; i < 900; ++i)
        values.append(std::cos(0.21 * i) * 5.0 + (i % 7));
    LocalMoranOptions options;
    options.permutation.permutations = 19999; // long enough to be cancelled in flight
    options.permutation.threadCount = threads;
    SimpleFeedback cancelled;
    cancelled.cancel();
    CancelAfterFirstProgress midway;
    Feedback *feedback = before ? static_cast<Feedback *>(&cancelled) : &midway;
    const LocalMoranResult r = localMoran(values, make(rookLattice(30, 30)), options, feedback);
    QVERIFY(r.cancelled);
    QVERIFY(r.isValid());
    QVERIFY(r.pseudoP.isEmpty());
    QVERIFY(r.clusters.isEmpty());
    QCOMPARE(r.localI.size(), 900); // the analytical part is complete
    QCOMPARE(r.zScore.size(), 900);
    QCOMPARE(r.issues.last().severity, Issue::Severity::Warning);
    QVERIFY(r.issues.last().message.contains(u"cancelled"_s));
}

void TestLocalMoran::invalidInput()
{
    const LocalMoranResult isolate =
        localMoran(QList<double>{1, 2, 3, 4}, make({{1}, {0}, {}, {}}));
    QVERIFY(!isolate.isValid());
    QVERIFY(isolate.localI.isEmpty());
    QVERIFY(messages(isolate.issues).contains(u"isolates"_s));

    LocalMoranOptions options;
    options.alpha = 1.5;
    const LocalMoranResult alpha = localMoran(LatticeValues, make(rookLattice(5, 5)), options);
    QVERIFY(!alpha.isValid());

    const LocalMoranResult nan = localMoran(QList<double>{1, NAN, 3}, make({{1}, {0, 2}, {1}}));
    QVERIFY(!nan.isValid());
    QVERIFY(messages(nan.issues).contains(u"row 1"_s));
}

void TestLocalMoran::getisOrd()
{
    // Reference: moran_reference.py, R spdep localG formulas for include.self() on binary
    // weights ("B"), alternative "two.sided", re-implemented with numpy (lattice5).
    const QList<double> g = {0.21012269938650305, 0.27223926380368096, 0.19171779141104295, 0.1449386503067485, 0.07745398773006135, 0.2684049079754602, 0.3059815950920245, 0.2584355828220859, 0.16257668711656437, 0.12423312883435582, 0.2093558282208589, 0.25766871165644173, 0.20398773006134968, 0.15797546012269936, 0.10659509202453987, 0.15107361963190186, 0.174079754601227, 0.15874233128834356, 0.11963190184049077, 0.12576687116564417, 0.07822085889570551, 0.10966257668711657, 0.09355828220858894, 0.12423312883435585, 0.09509202453987729};
    const QList<double> expectedG = {0.12, 0.16, 0.16, 0.16, 0.12, 0.16, 0.2, 0.2, 0.2, 0.16, 0.16, 0.2, 0.2, 0.2, 0.16, 0.16, 0.2, 0.2, 0.2, 0.16, 0.12, 0.16, 0.16, 0.16, 0.12};
    const QList<double> varianceG = {0.0008965627234747263, 0.0011410798298769245, 0.0011410798298769245, 0.0011410798298769245, 0.0008965627234747263, 0.0011410798298769245, 0.0013584283689011005, 0.0013584283689011005, 0.0013584283689011005, 0.0011410798298769245, 0.0011410798298769245, 0.0013584283689011005, 0.0013584283689011005, 0.0013584283689011005, 0.0011410798298769245, 0.0011410798298769245, 0.0013584283689011005, 0.0013584283689011005, 0.0013584283689011005, 0.0011410798298769245, 0.0008965627234747263, 0.0011410798298769245, 0.0011410798298769245, 0.0011410798298769245, 0.0008965627234747263};
    const QList<double> zScore = {3.0098430683616706, 3.3226668233126233, 0.9389553143769478, -0.4458675622428251, -1.4209163838725791, 3.2091567514585453, 2.8754914481610965, 1.5854735770613289, -1.015368904994658, -1.0588219502548566, 1.461101644905716, 1.5646668372048806, 0.10819504725352816, -1.1402093441333447, -1.5809682807836234, -0.2642514472762973, -0.7032678071479389, -1.1194026042768965, -2.180546336955739, -1.0134179215132249, -1.3953050575590864, -1.4901602233003595, -1.966902525087495, -1.0588219502548557, -0.8318558786622451};
    const QList<double> pValue = {0.00261382703325867, 0.0008916133949661835, 0.3477536875241791, 0.6556929147960253, 0.15534106935190725, 0.0013312489329724106, 0.004033990731817502, 0.11285877570543881, 0.3099300097359269, 0.28968087505174417, 0.1439875488881758, 0.1176610482158379, 0.913840973613597, 0.2541990955050062, 0.11388529045068287, 0.7915861702801856, 0.4818888691188703, 0.2629684204486523, 0.02921698798596899, 0.31086058273773814, 0.16292386759454444, 0.13618211235051556, 0.04919444938523482, 0.2896808750517445, 0.4054902986834762};
    GetisOrdOptions options;
    options.permutation.permutations = 0;
    const GetisOrdResult r = getisOrdGiStar(LatticeValues, make(rookLattice(5, 5)), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.issues.isEmpty());
    COMPARE_LIST_NEAR(r.g, g);
    COMPARE_LIST_NEAR(r.expectedG, expectedG);
    COMPARE_LIST_NEAR(r.varianceG, varianceG);
    COMPARE_LIST_NEAR(r.zScore, zScore);
    COMPARE_LIST_NEAR(r.pValue, pValue);

    // Row-standardised or binary input: Gi* always uses the binary neighbour structure.
    const GetisOrdResult fromW = getisOrdGiStar(LatticeValues, make(rookLattice(5, 5)).rowStandardised(), options);
    COMPARE_LIST_NEAR(fromW.zScore, zScore);
}

void TestLocalMoran::getisOrdHotSpots()
{
    // Two-sided p ≤ 0.05 (moran_reference.py): 0, 1, 5, 6 with z > 0 (hot); 18 (p 0.029) and
    // 22 (p 0.049) with z < 0 (cold).
    GetisOrdOptions options;
    options.permutation.permutations = 0;
    const GetisOrdResult r = getisOrdGiStar(LatticeValues, make(rookLattice(5, 5)), options);
    QList<HotSpot> expected(25, HotSpot::NotSignificant);
    for (int i : {0, 1, 5, 6})
        expected[i] = HotSpot::Hot;
    for (int i : {18, 22})
        expected[i] = HotSpot::Cold;
    QCOMPARE(r.classes, expected);
    QCOMPARE(hotSpotKey(r.classes[0]), u"hot"_s);
    QCOMPARE(hotSpotKey(r.classes[18]), u"cold"_s);
}

void TestLocalMoran::getisOrdPermutation()
{
    GetisOrdOptions options; // R = 999
    options.permutation.threadCount = 1;
    const SpatialWeights w = make(rookLattice(5, 5));
    const GetisOrdResult sequential = getisOrdGiStar(LatticeValues, w, options);
    options.permutation.threadCount = 4;
    const GetisOrdResult parallel = getisOrdGiStar(LatticeValues, w, options);
    QVERIFY2(sequential.isValid(), qPrintable(messages(sequential.issues)));
    QCOMPARE(parallel.pseudoP, sequential.pseudoP);
    for (double p : sequential.pseudoP)
        QVERIFY(p >= 1.0 / 1000 && p <= 0.5 + 1.0 / 1000);
    QVERIFY(sequential.pseudoP[1] <= 0.01); // z = 3.3, analytical p = 0.0009

    SimpleFeedback feedback;
    feedback.cancel();
    const GetisOrdResult cancelled = getisOrdGiStar(LatticeValues, w, options, &feedback);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.pseudoP.isEmpty());
    QVERIFY(cancelled.classes.isEmpty());
    QCOMPARE(cancelled.zScore.size(), 25);
}

void TestLocalMoran::getisOrdDegenerateAndWarnings()
{
    // A star: the hub 0 is linked to every other unit, so its Gi* covers all units and
    // n·S1i − W_i² = 5·5 − 5² = 0.
    GetisOrdOptions options;
    options.permutation.permutations = 99;
    const NeighbourLists star = {{1, 2, 3, 4}, {0}, {0}, {0}, {0}};
    const GetisOrdResult r = getisOrdGiStar(QList<double>{5, 1, 2, 3, 4}, make(star), options);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(r.degenerate[0]);
    QCOMPARE(r.zScore[0], 0.0);
    QCOMPARE(r.pValue[0], 1.0);
    QCOMPARE(r.pseudoP[0], 1.0);
    QCOMPARE(r.classes[0], HotSpot::NotSignificant);
    COMPARE_NEAR(r.g[0], 1.0); // the hub's neighbourhood is everything
    QVERIFY(messages(r.issues).contains(u"'1'"_s));

    const GetisOrdResult negative = getisOrdGiStar(QList<double>{-1, 2, 3, 4, 5}, make(star), options);
    QVERIFY(negative.isValid());
    QVERIFY(messages(negative.issues).contains(u"negative"_s));

    const GetisOrdResult zeroSum = getisOrdGiStar(QList<double>{-2, -1, 0, 1, 2}, make(star), options);
    QVERIFY(!zeroSum.isValid());
    QVERIFY(messages(zeroSum.issues).contains(u"sum to zero"_s));
}

QTEST_APPLESS_MAIN(TestLocalMoran)
#include "tst_localmoran.moc"
