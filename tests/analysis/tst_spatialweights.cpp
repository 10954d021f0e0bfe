#include "analysis/spatialweights.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace Qt::StringLiterals;
using namespace CityAtlas;
using namespace TestUtil;

namespace {

const NeighbourLists WithIsolate = {{1}, {0, 3}, {}, {1}};

bool anyMessageContains(const IssueList &issues, const QString &text)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [&](const Issue &i) { return i.message.contains(text); });
}

// Equator points at the given longitudes.
QList<LonLat> equator(const QList<double> &longitudes)
{
    QList<LonLat> points;
    for (double lon : longitudes)
        points.append({lon, 0.0});
    return points;
}

QList<int> toList(std::span<const int> s)
{
    return QList<int>(s.begin(), s.end());
}

// Points with the ties a k-d tree could order differently from the great-circle distance: a
// 1° lattice (many equal distances), duplicates of some of its points, and random points in
// China's bounding box (fixed seed).
QList<LonLat> awkwardPoints()
{
    QList<LonLat> points;
    for (int lon = 100; lon < 110; ++lon)
        for (int lat = 20; lat < 30; ++lat)
            points.append({double(lon), double(lat)});
    for (int i = 0; i < 100; i += 7)
        points.append(points[i]);
    std::mt19937_64 random(20261205);
    std::uniform_real_distribution<double> lon(73.5, 135.1), lat(18.1, 53.6);
    for (int i = 0; i < 400; ++i)
        points.append({lon(random), lat(random)});
    return points;
}

// The k nearest rows of row by comparing it with every other row (the definition: nearest first,
// ties to the lower row), independent of the library's index.
QList<int> nearestByAllPairs(const QList<LonLat> &points, int row, int k)
{
    std::vector<std::pair<double, int>> all;
    for (int j = 0; j < points.size(); ++j)
        if (j != row)
            all.emplace_back(greatCircleDistanceKm(points[row], points[j]), j);
    std::sort(all.begin(), all.end());
    QList<int> rows;
    for (int t = 0; t < k; ++t)
        rows.append(all[size_t(t)].second);
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The columns of galErrors and gwtErrors: the text, a part of the first message, its row.
void addReadErrorColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("row");
}

// Reading the current row's text failed, and the first issue has its message and row.
void verifyReadError(const WeightsResult &r)
{
    QFETCH(QString, message);
    QFETCH(qint64, row);
    QVERIFY(!r.isValid());
    QVERIFY2(r.issues.first().message.contains(message), qPrintable(messages(r.issues)));
    QCOMPARE(r.issues.first().row, row);
}

} // namespace

class TestSpatialWeights : public QObject
{
    Q_OBJECT

private slots:
    void construction_data();
    void construction();
    void constructionErrors_data();
    void constructionErrors();
    void fromLinkedPairsEqualsLists_data();
    void fromLinkedPairsEqualsLists();
    void fromLinkedPairsErrors();
    void rowStandardisation_data();
    void rowStandardisation();
    void sums_data();
    void sums();
    void binarisedAndSymmetrised();
    void isolatesReported();
    void excludeIsolates();
    void attachIsolatesByDistanceMatrix_data();
    void attachIsolatesByDistanceMatrix();
    void attachIsolatesByPoints();
    void attachIsolatesRefusesRowStandardised();
    void checkValues();
    void haversine_data();
    void haversine();
    void kNearest_data();
    void kNearest();
    void kNearestMatchesAllPairs();
    void distanceBandMatchesAllPairs();
    void kNearestErrors_data();
    void kNearestErrors();
    void distanceBand();
    void galRoundTrip_data();
    void galRoundTrip();
    void gwtRoundTrip_data();
    void gwtRoundTrip();
    void galGeoDaText();
    void galExpectedIdsReorder();
    void galErrors_data();
    void galErrors();
    void gwtIsolatesNeedIds();
    void gwtErrors_data();
    void gwtErrors();
};

void TestSpatialWeights::construction_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<int>("links");
    QTest::addColumn<bool>("symmetric");
    QTest::addColumn<QList<int>>("isolates");

    QTest::newRow("line4") << Line4 << 6 << true << QList<int>{};
    QTest::newRow("rook 5x5") << rookLattice(5, 5) << 80 << true << QList<int>{};
    QTest::newRow("asym6") << Asym6 << 11 << false << QList<int>{};
    QTest::newRow("with isolate") << WithIsolate << 4 << true << QList<int>{2};
    QTest::newRow("empty") << NeighbourLists{} << 0 << true << QList<int>{};
}

void TestSpatialWeights::construction()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(int, links);
    QFETCH(bool, symmetric);
    QFETCH(QList<int>, isolates);

    const WeightsResult r = SpatialWeights::fromNeighbourLists(neighbours);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    const SpatialWeights &w = *r.weights;
    QCOMPARE(w.unitCount(), neighbours.size());
    QCOMPARE(w.linkCount(), links);
    QCOMPARE(w.isSymmetric(), symmetric);
    QCOMPARE(w.isolates(), isolates);
    QCOMPARE(w.hasIsolates(), !isolates.isEmpty());
    QCOMPARE(w.style(), SpatialWeights::Style::Binary);
    // Default ids are GeoDa's record numbers 1..n.
    if (w.unitCount() > 0) {
        QCOMPARE(w.id(0), u"1"_s);
        QCOMPARE(w.indexOf(QString::number(w.unitCount())), w.unitCount() - 1);
    }
    for (int i = 0; i < w.unitCount(); ++i) {
        QList<int> expected = neighbours[i];
        std::sort(expected.begin(), expected.end());
        QCOMPARE(toList(w.neighbours(i)), expected);
        for (int j : expected)
            QCOMPARE(w.weight(i, j), 1.0);
    }
}

void TestSpatialWeights::constructionErrors_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("row");

    QTest::newRow("out of range") << NeighbourLists{{1}, {0, 5}} << QStringList{} << u"outside 0..1"_s << qint64(1);
    QTest::newRow("negative") << NeighbourLists{{-1}, {0}} << QStringList{} << u"outside 0..1"_s << qint64(0);
    QTest::newRow("self link") << NeighbourLists{{0, 1}, {0}} << QStringList{} << u"lists itself"_s << qint64(0);
    QTest::newRow("duplicate") << NeighbourLists{{1, 1}, {0}} << QStringList{} << u"more than once"_s << qint64(0);
    QTest::newRow("id count") << Line4 << QStringList{u"a"_s} << u"1 unit ids were given for 4 units"_s << qint64(-1);
    QTest::newRow("duplicate id") << NeighbourLists{{1}, {0}} << QStringList{u"a"_s, u"a"_s} << u"used by more than one"_s << qint64(1);
    QTest::newRow("whitespace id") << NeighbourLists{{1}, {0}} << QStringList{u"a"_s, u"Hong Kong"_s} << u"whitespace"_s << qint64(1);
}

void TestSpatialWeights::constructionErrors()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(QStringList, ids);
    QFETCH(QString, message);
    QFETCH(qint64, row);

    const WeightsResult r = SpatialWeights::fromNeighbourLists(neighbours, ids);
    QVERIFY(!r.isValid());
    QVERIFY(!r.weights.has_value());
    QVERIFY(hasErrors(r.issues));
    QVERIFY2(r.issues.first().message.contains(message), qPrintable(messages(r.issues)));
    QCOMPARE(r.issues.first().row, row);
}

// The pairs of a symmetric list, a < b, as contiguity finds them.
static std::vector<std::pair<int, int>> linkedPairs(const NeighbourLists &neighbours)
{
    std::vector<std::pair<int, int>> pairs;
    for (int a = 0; a < neighbours.size(); ++a)
        for (int b : neighbours[a])
            if (a < b)
                pairs.emplace_back(a, b);
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

void TestSpatialWeights::fromLinkedPairsEqualsLists_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("line4") << Line4 << QStringList{};
    QTest::newRow("rook 5x5") << rookLattice(5, 5) << QStringList{};
    QTest::newRow("with isolate, ids") << WithIsolate << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("empty") << NeighbourLists{} << QStringList{};
}

void TestSpatialWeights::fromLinkedPairsEqualsLists()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(QStringList, ids);
    const WeightsResult lists = SpatialWeights::fromNeighbourLists(neighbours, ids);
    const WeightsResult pairs = SpatialWeights::fromLinkedPairs(int(neighbours.size()), linkedPairs(neighbours), ids);
    QVERIFY2(lists.isValid() && pairs.isValid(), qPrintable(messages(lists.issues + pairs.issues)));
    QVERIFY(*pairs.weights == *lists.weights); // same rows, order, weights, ids and style
}

void TestSpatialWeights::fromLinkedPairsErrors()
{
    const std::vector<std::pair<int, int>> unordered{{0, 2}, {0, 1}};
    const std::vector<std::pair<int, int>> reversed{{1, 0}};
    const std::vector<std::pair<int, int>> outside{{0, 3}};
    for (const auto &pairs : {unordered, reversed, outside}) {
        const WeightsResult r = SpatialWeights::fromLinkedPairs(3, pairs);
        QVERIFY(!r.isValid());
        QVERIFY2(r.issues.first().message.contains(u"out of range, not ordered or repeated"_s), qPrintable(messages(r.issues)));
    }
    const WeightsResult r = SpatialWeights::fromLinkedPairs(2, std::vector<std::pair<int, int>>{{0, 1}}, {u"a"_s, u"a"_s});
    QVERIFY(!r.isValid());
    QVERIFY2(r.issues.first().message.contains(u"used by more than one"_s), qPrintable(messages(r.issues)));
}

void TestSpatialWeights::rowStandardisation_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::newRow("line4") << Line4;
    QTest::newRow("rook 5x5") << rookLattice(5, 5);
    QTest::newRow("asym6") << Asym6;
    QTest::newRow("with isolate") << WithIsolate;
}

void TestSpatialWeights::rowStandardisation()
{
    QFETCH(NeighbourLists, neighbours);
    const SpatialWeights binary = make(neighbours);
    QVERIFY(!binary.isRowStandardised() || binary.unitCount() == 0);
    const SpatialWeights w = binary.rowStandardised();
    QCOMPARE(w.style(), SpatialWeights::Style::RowStandardised);
    QVERIFY(w.isRowStandardised());
    for (int i = 0; i < w.unitCount(); ++i) {
        if (w.neighbourCount(i) == 0) {
            QCOMPARE(w.rowSum(i), 0.0); // isolates stay empty, never NaN
            continue;
        }
        QVERIFY2(std::abs(w.rowSum(i) - 1.0) <= 1e-15, qPrintable(QString::number(w.rowSum(i), 'g', 17)));
        for (double x : w.weights(i))
            QCOMPARE(x, 1.0 / w.neighbourCount(i));
    }
}

void TestSpatialWeights::sums_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<bool>("rowStandardise");
    QTest::addColumn<double>("s0");
    QTest::addColumn<double>("s1");
    QTest::addColumn<double>("s2");

    // Hand calculation, line 1-2-3-4, binary: S0 = 2·3 links = 6; S1 = ½·6·(1+1)² = 12;
    // S2 = Σ (2 d_i)² = 4 (1 + 4 + 4 + 1) = 40.
    QTest::newRow("line4 B") << Line4 << false << 6.0 << 12.0 << 40.0;
    // Hand calculation, row-standardised: w12 = 1, w21 = ½ → pairs (1,2), (3,4) give 1.5² each,
    // (2,3) gives 1² → S1 = 5.5; column sums ½, 1½, 1½, ½ → S2 = 1.5² + 2.5² + 2.5² + 1.5² = 17.
    QTest::newRow("line4 W") << Line4 << true << 4.0 << 5.5 << 17.0;
    // Rook 5x5 binary: 80 links, S1 = 2·80, S2 = 4 Σ d_i² = 4 (4·4 + 12·9 + 9·16) = 1072.
    QTest::newRow("rook 5x5 B") << rookLattice(5, 5) << false << 80.0 << 160.0 << 1072.0;
    // tests/analysis/reference/moran_reference.py (dense numpy, spdep spweights.constants).
    QTest::newRow("rook 5x5 W") << rookLattice(5, 5) << true << 25.0 << 16.194444444444443 << 100.66666666666663;
    QTest::newRow("asym6 B") << Asym6 << false << 11.0 << 19.0 << 88.0;
    QTest::newRow("asym6 W") << Asym6 << true << 6.0 << 6.166666666666667 << 25.5;
}

void TestSpatialWeights::sums()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(bool, rowStandardise);
    QFETCH(double, s0);
    QFETCH(double, s1);
    QFETCH(double, s2);

    SpatialWeights w = make(neighbours);
    if (rowStandardise)
        w = w.rowStandardised();
    const SpatialWeights::Sums s = w.sums();
    QVERIFY2(std::abs(s.s0 - s0) <= 1e-12 * s0, qPrintable(QString::number(s.s0, 'g', 17)));
    QVERIFY2(std::abs(s.s1 - s1) <= 1e-12 * s1, qPrintable(QString::number(s.s1, 'g', 17)));
    QVERIFY2(std::abs(s.s2 - s2) <= 1e-12 * s2, qPrintable(QString::number(s.s2, 'g', 17)));
}

void TestSpatialWeights::binarisedAndSymmetrised()
{
    const SpatialWeights asym = make(Asym6);
    QVERIFY(!asym.isSymmetric());
    const SpatialWeights sym = asym.rowStandardised().symmetrised();
    QVERIFY(sym.isSymmetric());
    QCOMPARE(sym.style(), SpatialWeights::Style::Binary);
    QCOMPARE(toList(sym.neighbours(0)), (QList<int>{1, 2}));
    QCOMPARE(toList(sym.neighbours(2)), (QList<int>{0, 1, 3}));
    QCOMPARE(toList(sym.neighbours(5)), (QList<int>{3, 4}));
    QCOMPARE(sym.linkCount(), 14);

    const SpatialWeights binary = asym.rowStandardised().binarised();
    QCOMPARE(binary, asym);
}

void TestSpatialWeights::isolatesReported()
{
    const SpatialWeights w = make(WithIsolate, {u"110101"_s, u"110102"_s, u"110105"_s, u"110106"_s});
    QCOMPARE(w.isolates(), QList<int>{2});
    const IssueList issues = w.isolateIssues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Error);
    QVERIFY2(issues.first().message.contains(u"'110105'"_s), qPrintable(issues.first().message));
    QVERIFY(make(Line4).isolateIssues().isEmpty());
}

void TestSpatialWeights::excludeIsolates()
{
    const SpatialWeights w = make(WithIsolate, {u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    const WeightsSubset subset = w.withoutIsolates();
    QVERIFY(!hasErrors(subset.issues));
    QCOMPARE(subset.kept, (QList<int>{0, 1, 3}));
    QCOMPARE(subset.removed, QList<int>{2});
    QCOMPARE(subset.weights.unitCount(), 3);
    QCOMPARE(subset.weights.ids(), (QStringList{u"a"_s, u"b"_s, u"d"_s}));
    QCOMPARE(toList(subset.weights.neighbours(1)), (QList<int>{0, 2})); // b ~ a, d
    QVERIFY(!subset.weights.hasIsolates());
    QVERIFY(anyMessageContains(subset.issues, u"'c'"_s));

    const QList<double> values = {10.0, 20.0, 30.0, 40.0};
    QCOMPARE(subset.select(values), (QList<double>{10.0, 20.0, 40.0}));

    // A link into an excluded unit (asymmetric weights) is dropped, and an orphan is reported.
    const SpatialWeights oneWay = make({{1}, {}, {0}});
    const WeightsSubset s2 = oneWay.withoutIsolates();
    QCOMPARE(s2.kept, (QList<int>{0, 2}));
    QCOMPARE(s2.weights.neighbourCount(0), 0);
    QVERIFY(anyMessageContains(s2.issues, u"lost all their neighbours"_s));
}

void TestSpatialWeights::attachIsolatesByDistanceMatrix_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("symmetric");
    QTest::addColumn<QList<int>>("isolateNeighbours");
    QTest::addColumn<bool>("resultSymmetric");

    QTest::newRow("k=1 symmetric") << 1 << true << QList<int>{3} << true;
    QTest::newRow("k=1 one way") << 1 << false << QList<int>{3} << false;
    // distance ties (units 0 and 1 both at 5) are broken by the lower row
    QTest::newRow("k=2 tie") << 2 << true << QList<int>{0, 3} << true;
}

void TestSpatialWeights::attachIsolatesByDistanceMatrix()
{
    QFETCH(int, k);
    QFETCH(bool, symmetric);
    QFETCH(QList<int>, isolateNeighbours);
    QFETCH(bool, resultSymmetric);

    const SpatialWeights w = make(WithIsolate);
    Eigen::MatrixXd d(4, 4);
    d << 0, 1, 5, 2,
         1, 0, 5, 1,
         5, 5, 0, 3,
         2, 1, 3, 0;
    const WeightsResult r = w.withIsolatesAttached(d, k, symmetric);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QVERIFY(!r.weights->hasIsolates());
    QCOMPARE(toList(r.weights->neighbours(2)), isolateNeighbours);
    QCOMPARE(r.weights->isSymmetric(), resultSymmetric);
    QCOMPARE(r.weights->style(), SpatialWeights::Style::Binary);
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.first().severity, Issue::Severity::Info);
    QCOMPARE(r.issues.first().row, qint64(2));
}

void TestSpatialWeights::attachIsolatesByPoints()
{
    const SpatialWeights w = make(WithIsolate);
    const QList<LonLat> points = equator({0.0, 1.0, 2.4, 1.5});
    const WeightsResult r = w.withIsolatesAttached(points, 1);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QCOMPARE(toList(r.weights->neighbours(2)), QList<int>{3});
    QCOMPARE(toList(r.weights->neighbours(3)), (QList<int>{1, 2}));

    const WeightsResult wrongSize = w.withIsolatesAttached(equator({0.0, 1.0}), 1);
    QVERIFY(!wrongSize.isValid());
}

void TestSpatialWeights::attachIsolatesRefusesRowStandardised()
{
    const SpatialWeights w = make(WithIsolate).rowStandardised();
    const WeightsResult r = w.withIsolatesAttached(Eigen::MatrixXd::Ones(4, 4), 1);
    QVERIFY(!r.isValid());
    QVERIFY(anyMessageContains(r.issues, u"before row standardisation"_s));
}

void TestSpatialWeights::checkValues()
{
    const SpatialWeights w = make(Line4, {u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    QVERIFY(w.checkValues(QList<double>{1, 2, 3, 4}).isEmpty());

    const IssueList missing = w.checkValues(QList<double>{1, std::nan(""), 3, INFINITY}, u"gdp"_s);
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing[0].row, qint64(1));
    QCOMPARE(missing[0].field, u"gdp"_s);
    QVERIFY2(missing[0].message.contains(u"'b'"_s) && missing[0].message.contains(u"NaN"_s),
             qPrintable(missing[0].message));
    QVERIFY(missing[1].message.contains(u"infinite"_s));

    const IssueList size = w.checkValues(QList<double>{1, 2, 3});
    QCOMPARE(size.size(), 1);
    QVERIFY(size.first().message.contains(u"3 values"_s));
}

void TestSpatialWeights::haversine_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("km");

    const double R = EarthMeanRadiusKm;
    const double degree = R * std::numbers::pi / 180.0; // arc of 1° on the sphere
    QTest::newRow("same point") << 116.4 << 39.9 << 116.4 << 39.9 << 0.0;
    QTest::newRow("1 deg equator") << 0.0 << 0.0 << 1.0 << 0.0 << degree;
    QTest::newRow("1 deg meridian") << 113.0 << 22.0 << 113.0 << 23.0 << degree;
    QTest::newRow("across antimeridian") << 179.5 << 0.0 << -179.5 << 0.0 << degree;
    QTest::newRow("pole to pole") << 0.0 << 90.0 << 0.0 << -90.0 << std::numbers::pi * R;
    QTest::newRow("antipodes") << 120.0 << 0.0 << -60.0 << 0.0 << std::numbers::pi * R;
    // 90° of longitude along latitude 60°: the great circle is shorter than the parallel;
    // central angle = 2 asin(cos 60° · sin 45°) = 2 asin(√2/4).
    QTest::newRow("lat 60") << 0.0 << 60.0 << 90.0 << 60.0 << 2.0 * R * std::asin(std::sqrt(2.0) / 4.0);
}

void TestSpatialWeights::haversine()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, km);
    const double d = greatCircleDistanceKm({lon1, lat1}, {lon2, lat2});
    QVERIFY2(std::abs(d - km) <= 1e-9 * std::max(1.0, km),
             qPrintable(u"%1 km, expected %2"_s.arg(d, 0, 'g', 17).arg(km, 0, 'g', 17)));
    QCOMPARE(greatCircleDistanceKm({lon2, lat2}, {lon1, lat1}), d);

    const QList<LonLat> points = {{lon1, lat1}, {lon2, lat2}};
    const Eigen::MatrixXd m = greatCircleDistanceMatrix(points);
    QCOMPARE(m(0, 1), d);
    QCOMPARE(m(1, 0), d);
    QCOMPARE(m(0, 0), 0.0);
}

void TestSpatialWeights::kNearest_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<NeighbourLists>("expected");

    // Equator points at longitudes 0, 1, 3, 6, 10.
    QTest::newRow("k=1") << 1 << NeighbourLists{{1}, {0}, {1}, {2}, {3}};
    // Unit 2 (lon 3) has units 0 and 3 both 3° away: the lower row (0) wins the tie.
    QTest::newRow("k=2") << 2 << NeighbourLists{{1, 2}, {0, 2}, {0, 1}, {2, 4}, {2, 3}};
    QTest::newRow("k=4") << 4 << NeighbourLists{{1, 2, 3, 4}, {0, 2, 3, 4}, {0, 1, 3, 4}, {0, 1, 2, 4}, {0, 1, 2, 3}};
}

void TestSpatialWeights::kNearest()
{
    QFETCH(int, k);
    QFETCH(NeighbourLists, expected);
    const QList<LonLat> points = equator({0.0, 1.0, 3.0, 6.0, 10.0});
    const WeightsResult r = SpatialWeights::kNearest(points, k);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QCOMPARE(r.weights->style(), SpatialWeights::Style::Binary);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(toList(r.weights->neighbours(i)), expected[i]);
}

void TestSpatialWeights::kNearestMatchesAllPairs()
{
    const QList<LonLat> points = awkwardPoints();
    for (int k : {1, 4, 6, 8}) {
        const WeightsResult r = SpatialWeights::kNearest(points, k);
        QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
        for (int i = 0; i < points.size(); ++i)
            QCOMPARE(toList(r.weights->neighbours(i)), nearestByAllPairs(points, i, k));
    }
}

void TestSpatialWeights::distanceBandMatchesAllPairs()
{
    const QList<LonLat> points = awkwardPoints();
    // 111.19508 km is 1° of the sphere: lattice neighbours sit right at the threshold.
    for (double km : {50.0, EarthMeanRadiusKm * std::numbers::pi / 180.0, 400.0}) {
        const WeightsResult r = SpatialWeights::distanceBand(points, km);
        QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
        for (int i = 0; i < points.size(); ++i) {
            QList<int> expected;
            for (int j = 0; j < points.size(); ++j)
                if (j != i && greatCircleDistanceKm(points[i], points[j]) <= km)
                    expected.append(j);
            QCOMPARE(toList(r.weights->neighbours(i)), expected);
        }
    }
}

void TestSpatialWeights::kNearestErrors_data()
{
    QTest::addColumn<QList<LonLat>>("points");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("message");

    const QList<LonLat> good = equator({0.0, 1.0, 3.0});
    QTest::newRow("k=0") << good << 0 << u"k = 0"_s;
    QTest::newRow("k=n") << good << 3 << u"outside 1..2"_s;
    QTest::newRow("latitude") << QList<LonLat>{{0.0, 0.0}, {1.0, 95.0}, {2.0, 0.0}} << 1 << u"row 1"_s;
    QTest::newRow("nan") << QList<LonLat>{{0.0, 0.0}, {std::nan(""), 0.0}, {2.0, 0.0}} << 1 << u"row 1"_s;
}

void TestSpatialWeights::kNearestErrors()
{
    QFETCH(QList<LonLat>, points);
    QFETCH(int, k);
    QFETCH(QString, message);
    const WeightsResult r = SpatialWeights::kNearest(points, k);
    QVERIFY(!r.isValid());
    QVERIFY2(anyMessageContains(r.issues, message), qPrintable(messages(r.issues)));
}

void TestSpatialWeights::distanceBand()
{
    const double degree = EarthMeanRadiusKm * std::numbers::pi / 180.0;
    const QList<LonLat> points = equator({0.0, 1.0, 3.0, 6.0, 10.0});

    const WeightsResult band = SpatialWeights::distanceBand(points, 3.0 * degree * (1 + 1e-12));
    QVERIFY2(band.isValid(), qPrintable(messages(band.issues)));
    QVERIFY(band.weights->isSymmetric());
    QCOMPARE(toList(band.weights->neighbours(0)), (QList<int>{1, 2}));
    QCOMPARE(toList(band.weights->neighbours(2)), (QList<int>{0, 1, 3}));
    QCOMPARE(toList(band.weights->neighbours(4)), QList<int>{});
    // unit 4 (lon 10) is 4° from its nearest neighbour: an isolate, reported as a Warning
    QCOMPARE(band.weights->isolates(), QList<int>{4});
    QVERIFY(anyMessageContains(band.issues, u"'5'"_s));
    QCOMPARE(band.issues.last().severity, Issue::Severity::Warning);

    const WeightsResult wide = SpatialWeights::distanceBand(points, 4.5 * degree);
    QVERIFY(wide.isValid());
    QVERIFY(wide.issues.isEmpty());
    QVERIFY(!wide.weights->hasIsolates());

    QVERIFY(!SpatialWeights::distanceBand(points, -1.0).isValid());
    QVERIFY(!SpatialWeights::distanceBand(points, std::nan("")).isValid());
}

void TestSpatialWeights::galRoundTrip_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("key");

    QStringList codes;
    for (int i = 0; i < 25; ++i)
        codes.append(QString::number(440300 + i + 1)); // Shenzhen-style 6-digit admin codes
    QTest::newRow("rook 5x5 codes, GeoDa header") << rookLattice(5, 5) << codes << u"shenzhen districts"_s << u"adcode"_s;
    QTest::newRow("asym6 record numbers, short header") << Asym6 << QStringList{} << QString() << QString();
    QTest::newRow("isolate") << WithIsolate << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << u"x"_s << u"id"_s;
}

void TestSpatialWeights::galRoundTrip()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(QStringList, ids);
    QFETCH(QString, layer);
    QFETCH(QString, key);

    const SpatialWeights w = make(neighbours, ids);
    const QString text = w.toGal(layer, key);
    const QString header = text.section(u'\n', 0, 0);
    if (key.isEmpty())
        QCOMPARE(header, QString::number(w.unitCount()));
    else
        QCOMPARE(header, u"0 %1 %2 %3"_s.arg(w.unitCount()).arg(QString(layer).replace(u' ', u'_'), key));

    const WeightsResult back = SpatialWeights::fromGal(text);
    QVERIFY2(back.isValid(), qPrintable(messages(back.issues)));
    QCOMPARE(*back.weights, w);
    QCOMPARE(back.weights->toGal(layer, key), text);
}

void TestSpatialWeights::gwtRoundTrip_data()
{
    QTest::addColumn<NeighbourLists>("neighbours");
    QTest::addColumn<bool>("rowStandardise");
    QTest::addColumn<SpatialWeights::Style>("style");

    QTest::newRow("rook 5x5 binary") << rookLattice(5, 5) << false << SpatialWeights::Style::Binary;
    QTest::newRow("rook 5x5 W") << rookLattice(5, 5) << true << SpatialWeights::Style::RowStandardised;
    QTest::newRow("asym6 W") << Asym6 << true << SpatialWeights::Style::RowStandardised;
}

void TestSpatialWeights::gwtRoundTrip()
{
    QFETCH(NeighbourLists, neighbours);
    QFETCH(bool, rowStandardise);
    QFETCH(SpatialWeights::Style, style);

    SpatialWeights w = make(neighbours);
    if (rowStandardise)
        w = w.rowStandardised();
    const QString text = w.toGwt(u"grid"_s, u"id"_s);
    QVERIFY(text.startsWith(u"0 %1 grid id\n"_s.arg(w.unitCount())));
    const WeightsResult back = SpatialWeights::fromGwt(text);
    QVERIFY2(back.isValid(), qPrintable(messages(back.issues)));
    QCOMPARE(back.weights->style(), style);
    QCOMPARE(*back.weights, w); // exact: weights are written in shortest round-trip form

    // General (non-binary, non-standardised) weights survive too.
    QList<QList<SpatialWeights::Link>> links = {{{1, 0.25}, {2, 1.0 / 3.0}}, {{0, 2.5}}, {{0, 1e-7}}};
    const WeightsResult general = SpatialWeights::fromLinks(links, {u"a"_s, u"b"_s, u"c"_s});
    QVERIFY(general.isValid());
    QCOMPARE(general.weights->style(), SpatialWeights::Style::General);
    const WeightsResult generalBack = SpatialWeights::fromGwt(general.weights->toGwt(), general.weights->ids());
    QVERIFY2(generalBack.isValid(), qPrintable(messages(generalBack.issues)));
    QCOMPARE(*generalBack.weights, *general.weights);
}

void TestSpatialWeights::galGeoDaText()
{
    // As GeoDa writes it: "0 n layer key", then "id k" and the neighbour line (empty for an
    // isolate). Windows line ends and trailing blanks are tolerated.
    const QString text = u"0 4 guangdong_cities adcode\r\n"
                         "440100 2\r\n"
                         "440300 440600\r\n"
                         "440300 1\r\n"
                         "440100\r\n"
                         "441900 0\r\n"
                         "\r\n"
                         "440600 1\r\n"
                         "440100  \r\n"_s;
    const WeightsResult r = SpatialWeights::fromGal(text);
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    const SpatialWeights &w = *r.weights;
    QCOMPARE(w.ids(), (QStringList{u"440100"_s, u"440300"_s, u"441900"_s, u"440600"_s}));
    QCOMPARE(toList(w.neighbours(0)), (QList<int>{1, 3}));
    QCOMPARE(toList(w.neighbours(1)), QList<int>{0});
    QCOMPARE(w.isolates(), QList<int>{2});
    QVERIFY(w.isSymmetric());
}

void TestSpatialWeights::galExpectedIdsReorder()
{
    const QString text = u"3\nb 1\na\na 2\nb c\nc 1\na\n"_s;
    const WeightsResult r = SpatialWeights::fromGal(text, {u"a"_s, u"b"_s, u"c"_s});
    QVERIFY2(r.isValid(), qPrintable(messages(r.issues)));
    QCOMPARE(r.weights->ids(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(toList(r.weights->neighbours(0)), (QList<int>{1, 2}));
    QCOMPARE(toList(r.weights->neighbours(1)), QList<int>{0});

    const WeightsResult wrong = SpatialWeights::fromGal(text, {u"a"_s, u"b"_s, u"x"_s});
    QVERIFY(!wrong.isValid());
    QVERIFY(anyMessageContains(wrong.issues, u"'c' is not an id of the layer"_s));
}

void TestSpatialWeights::galErrors_data()
{
    addReadErrorColumns();

    QTest::newRow("empty") << QString() << u"empty"_s << qint64(-1);
    QTest::newRow("bad header") << u"four units\n"_s << u"line 1"_s << qint64(0);
    QTest::newRow("unknown neighbour") << u"2\n1 1\n2\n2 1\n7\n"_s << u"line 5: neighbour '7'"_s << qint64(4);
    QTest::newRow("truncated") << u"3\n1 1\n2\n2 1\n1\n"_s << u"2 of the 3 units"_s << qint64(-1);
    QTest::newRow("missing neighbours") << u"2\n1 1\n2\n2 3\n1\n"_s << u"line 4"_s << qint64(3);
    QTest::newRow("bad count") << u"2\n1 x\n2\n2 1\n1\n"_s << u"line 2"_s << qint64(1);
    QTest::newRow("duplicate unit") << u"2\n1 1\n2\n1 1\n2\n"_s << u"line 4: unit '1' appears a second time"_s << qint64(3);
    QTest::newRow("trailing text") << u"2\n1 1\n2\n2 1\n1\n3 0\n"_s << u"line 6"_s << qint64(5);
    QTest::newRow("self link") << u"2\n1 1\n1\n2 1\n1\n"_s << u"lists itself"_s << qint64(0);
}

void TestSpatialWeights::galErrors()
{
    QFETCH(QString, text);
    verifyReadError(SpatialWeights::fromGal(text));
}

void TestSpatialWeights::gwtIsolatesNeedIds()
{
    // Unit 'c' has no links and so does not appear in the file.
    const SpatialWeights w = make(WithIsolate, {u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    const QString text = w.toGwt();
    QVERIFY(text.startsWith(u"4\n"_s));
    const WeightsResult blind = SpatialWeights::fromGwt(text);
    QVERIFY(!blind.isValid());
    QVERIFY(anyMessageContains(blind.issues, u"cannot be placed"_s));

    const WeightsResult withIds = SpatialWeights::fromGwt(text, w.ids());
    QVERIFY2(withIds.isValid(), qPrintable(messages(withIds.issues)));
    QCOMPARE(*withIds.weights, w);

    // Record numbers 1..n place isolates without help (GeoDa files written without a key).
    const SpatialWeights numbered = make(WithIsolate);
    const WeightsResult back = SpatialWeights::fromGwt(numbered.toGwt());
    QVERIFY2(back.isValid(), qPrintable(messages(back.issues)));
    QCOMPARE(*back.weights, numbered);
}

void TestSpatialWeights::gwtErrors_data()
{
    addReadErrorColumns();

    QTest::newRow("two columns") << u"0 2 layer id\n1 2\n"_s << u"line 2"_s << qint64(1);
    QTest::newRow("bad weight") << u"0 2 layer id\n1 2 abc\n"_s << u"line 2"_s << qint64(1);
    QTest::newRow("negative weight") << u"0 2 layer id\n1 2 -0.5\n2 1 1\n"_s << u"line 2: weight -0.5"_s << qint64(1);
    QTest::newRow("self link") << u"0 2 layer id\n1 2 1\n2 2 1\n"_s << u"line 3"_s << qint64(2);
    QTest::newRow("duplicate link") << u"0 2 layer id\n1 2 1\n2 1 1\n1 2 1\n"_s << u"line 4"_s << qint64(3);
    QTest::newRow("header") << u"0 two layer id\n"_s << u"header"_s << qint64(0);
}

void TestSpatialWeights::gwtErrors()
{
    QFETCH(QString, text);
    verifyReadError(SpatialWeights::fromGwt(text));
}

QTEST_APPLESS_MAIN(TestSpatialWeights)
#include "tst_spatialweights.moc"
