#include "maps/data/bundleddata.h"
#include "maps/data/contiguity.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestContiguity : public QObject
{
    Q_OBJECT

private:
    static QStringList neighbourIds(const SpatialWeights &w, const QString &id)
    {
        QStringList ids;
        for (int j : w.neighbours(w.indexOf(id)))
            ids << w.id(j);
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    void grid_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("expected");
        // A 3 × 3 grid of 1° squares, ids c<row><col>; hand-worked neighbours.
        QTest::newRow("queen centre") << int(Contiguity::Rule::Queen) << u"c11"_s
            << QStringList{u"c00"_s, u"c01"_s, u"c02"_s, u"c10"_s, u"c12"_s, u"c20"_s, u"c21"_s, u"c22"_s};
        QTest::newRow("rook centre") << int(Contiguity::Rule::Rook) << u"c11"_s
            << QStringList{u"c01"_s, u"c10"_s, u"c12"_s, u"c21"_s};
        QTest::newRow("queen corner") << int(Contiguity::Rule::Queen) << u"c00"_s
            << QStringList{u"c01"_s, u"c10"_s, u"c11"_s};
        QTest::newRow("rook corner") << int(Contiguity::Rule::Rook) << u"c00"_s << QStringList{u"c01"_s, u"c10"_s};
    }
    void grid()
    {
        QFETCH(int, rule);
        QFETCH(QString, cell);
        QFETCH(QStringList, expected);
        const LoadResult grid = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"));
        QVERIFY(grid.table);
        const WeightsResult w = Contiguity::fromPolygons(*grid.table, Contiguity::Rule(rule), 1.0, u"id"_s);
        QVERIFY(w.isValid());
        QCOMPARE(neighbourIds(*w.weights, cell), expected);
        QVERIFY(w.weights->isSymmetric());
    }

    void snapBridgesGaps()
    {
        // Shift nothing, but ask for neighbours with no tolerance vs. a small one: the grid's
        // shared corners coincide exactly after projection, so both agree.
        const LoadResult grid = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"));
        const WeightsResult exact = Contiguity::fromPolygons(*grid.table, Contiguity::Rule::Queen, 0.0);
        const WeightsResult snapped = Contiguity::fromPolygons(*grid.table, Contiguity::Rule::Queen, 50.0);
        QCOMPARE(exact.weights->linkCount(), 40); // 2·(12 rook + 8 diagonal) pairs
        QCOMPARE(snapped.weights->linkCount(), 40);
        QVERIFY(!Contiguity::fromPolygons(*grid.table, Contiguity::Rule::Queen, -1.0).isValid());
    }

    void provinces()
    {
        const LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        QVERIFY(provinces.table);
        const WeightsResult queen = Contiguity::fromPolygons(*provinces.table, Contiguity::Rule::Queen,
                                                             Contiguity::DefaultSnapMetres, u"code"_s);
        QVERIFY(queen.isValid());
        const SpatialWeights &w = *queen.weights;
        // Borders as on any administrative map of China.
        QCOMPARE(neighbourIds(w, u"110000"_s), (QStringList{u"120000"_s, u"130000"_s}));  // Beijing: Tianjin, Hebei
        QCOMPARE(neighbourIds(w, u"310000"_s), (QStringList{u"320000"_s, u"330000"_s}));  // Shanghai: Jiangsu, Zhejiang
        QCOMPARE(neighbourIds(w, u"130000"_s).size(), 7); // Hebei: BJ, TJ, SX, NM, LN, SD, HA
        QCOMPARE(neighbourIds(w, u"150000"_s).size(), 8); // Inner Mongolia: HE, SX, LN, JL, HL, SN, GS, NX
        QCOMPARE(neighbourIds(w, u"650000"_s), (QStringList{u"540000"_s, u"620000"_s, u"630000"_s})); // Xinjiang
        // Islands have no contiguity neighbour; Hong Kong and Macao touch Guangdong.
        QStringList isolates;
        for (int i : w.isolates())
            isolates << w.id(i);
        QCOMPARE(isolates, (QStringList{u"460000"_s, u"710000"_s})); // Hainan, Taiwan
        QCOMPARE(neighbourIds(w, u"810000"_s), QStringList{u"440000"_s});
        QVERIFY(w.isSymmetric());
    }

    void centroids()
    {
        const LoadResult grid = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"));
        const QList<LonLat> points = Contiguity::centroids(*grid.table);
        QCOMPARE(points.size(), 9);
        QVERIFY(qAbs(points[4].lon - 111.5) < 1e-9 && qAbs(points[4].lat - 31.5) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestContiguity)
#include "tst_contiguity.moc"
