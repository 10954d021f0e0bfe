// UnitIndex: the unit a point lies in, with the boundary rule (east, then north, of a boundary),
// the overlap rule (first unit in the layer's order), holes and multipart units; checked on
// hand-made polygons, against Qt's odd-even polygon test, and against GEOS on the bundled prefectures.
#include "maps/data/bundleddata.h"
#include "maps/data/unitindex.h"

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <QPolygonF>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

QPolygonF rect(double x0, double y0, double x1, double y1)
{
    return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)});
}

// Four unit squares: A [0,1]², B east of it, C north of it, D north-east.
UnitRings fourSquares()
{
    UnitRings units;
    units.addUnit(u"A"_s, {rect(0, 0, 1, 1)});
    units.addUnit(u"B"_s, {rect(1, 0, 2, 1)});
    units.addUnit(u"C"_s, {rect(0, 1, 1, 2)});
    units.addUnit(u"D"_s, {rect(1, 1, 2, 2)});
    return units;
}

QString keyAt(const UnitIndex &index, double x, double y)
{
    const int unit = index.locate(x, y);
    return unit < 0 ? u"-"_s : index.keys().at(unit);
}

} // namespace

class TestUnitIndex : public QObject
{
    Q_OBJECT

private slots:
    void squares_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<QString>("unit");
        // Expected units follow the documented rule by hand: interior points lie in their
        // square; a point on a shared edge belongs to the square east of it (north of it on an
        // east–west edge); on the outer boundary, west and south sides are inside, east and north outside.
        QTest::newRow("inside A") << 0.5 << 0.5 << u"A"_s;
        QTest::newRow("inside B") << 1.5 << 0.5 << u"B"_s;
        QTest::newRow("inside C") << 0.5 << 1.5 << u"C"_s;
        QTest::newRow("inside D") << 1.5 << 1.5 << u"D"_s;
        QTest::newRow("A|B edge: east, B") << 1.0 << 0.5 << u"B"_s;
        QTest::newRow("C|D edge: east, D") << 1.0 << 1.5 << u"D"_s;
        QTest::newRow("A/C edge: north, C") << 0.5 << 1.0 << u"C"_s;
        QTest::newRow("B/D edge: north, D") << 1.5 << 1.0 << u"D"_s;
        QTest::newRow("corner of all four: north-east, D") << 1.0 << 1.0 << u"D"_s;
        QTest::newRow("west side of A") << 0.0 << 0.5 << u"A"_s;
        QTest::newRow("south side of A") << 0.5 << 0.0 << u"A"_s;
        QTest::newRow("south-west corner") << 0.0 << 0.0 << u"A"_s;
        QTest::newRow("east side of B") << 2.0 << 0.5 << u"-"_s;
        QTest::newRow("north side of C") << 0.5 << 2.0 << u"-"_s;
        QTest::newRow("south end of A|B edge: B") << 1.0 << 0.0 << u"B"_s;
        QTest::newRow("outside west") << -0.5 << 0.5 << u"-"_s;
        QTest::newRow("outside far") << 30.0 << -4.0 << u"-"_s;
    }

    void squares()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(QString, unit);
        const UnitIndex index(fourSquares());
        QCOMPARE(keyAt(index, x, y), unit);
    }

    // A shared slanted edge: the point on it goes to the unit east of it.
    void slantedEdge()
    {
        UnitRings units;
        units.addUnit(u"SW"_s, {QPolygonF({QPointF(0, 0), QPointF(2, 0), QPointF(0, 2)})});
        units.addUnit(u"NE"_s, {QPolygonF({QPointF(2, 0), QPointF(2, 2), QPointF(0, 2)})});
        const UnitIndex index(units);
        QCOMPARE(keyAt(index, 1.0, 1.0), u"NE"_s);
        QCOMPARE(keyAt(index, 0.5, 1.5), u"NE"_s);
        QCOMPARE(keyAt(index, 0.9, 1.0), u"SW"_s);
        QCOMPARE(keyAt(index, 1.1, 1.0), u"NE"_s);
    }

    // Each point of a lattice that includes every edge and corner lies in exactly one unit of a
    // tessellation (counted with one index per unit, so no tie-break hides a double count).
    void sharedBoundariesCountOnce()
    {
        UnitRings all;
        all.addUnit(u"A"_s, {rect(0, 0, 1, 1)});
        all.addUnit(u"B"_s, {rect(1, 0, 2, 1)});
        all.addUnit(u"C"_s, {QPolygonF({QPointF(0, 1), QPointF(1, 1), QPointF(0, 2)})});
        all.addUnit(u"D"_s, {QPolygonF({QPointF(1, 1), QPointF(1, 2), QPointF(0, 2)})});
        all.addUnit(u"E"_s, {rect(1, 1, 2, 2)});
        std::vector<std::unique_ptr<UnitIndex>> single;
        for (int u = 0; u < all.unitCount(); ++u) {
            UnitRings one;
            const qint64 ringBegin = u == 0 ? 0 : all.unitEnd[size_t(u - 1)];
            QList<QPolygonF> rings;
            for (qint64 r = ringBegin; r < all.unitEnd[size_t(u)]; ++r) {
                QPolygonF ring;
                for (qint64 v = r == 0 ? 0 : all.ringEnd[size_t(r - 1)]; v < all.ringEnd[size_t(r)]; ++v)
                    ring << QPointF(all.x[size_t(v)], all.y[size_t(v)]);
                rings << ring;
            }
            one.addUnit(all.keys.at(u), rings);
            single.push_back(std::make_unique<UnitIndex>(one));
        }
        for (int i = 0; i <= 8; ++i) {
            for (int j = 0; j <= 8; ++j) {
                const double x = i * 0.25, y = j * 0.25;
                int holders = 0;
                for (const auto &index : single)
                    holders += index->locate(x, y) >= 0 ? 1 : 0;
                // The square [0,2]² is covered; its east and north sides belong to no unit.
                const int expected = (x < 2.0 && y < 2.0) ? 1 : 0;
                QVERIFY2(holders == expected, qPrintable(u"(%1, %2) is in %3 units, expected %4"_s.arg(x).arg(y).arg(holders).arg(expected)));
            }
        }
    }

    void overlapGoesToFirstUnit()
    {
        UnitRings pq;
        pq.addUnit(u"P"_s, {rect(0, 0, 2, 2)});
        pq.addUnit(u"Q"_s, {rect(1, 1, 3, 3)});
        QCOMPARE(keyAt(UnitIndex(pq), 1.5, 1.5), u"P"_s);
        QCOMPARE(keyAt(UnitIndex(pq), 2.5, 2.5), u"Q"_s);
        UnitRings qp;
        qp.addUnit(u"Q"_s, {rect(1, 1, 3, 3)});
        qp.addUnit(u"P"_s, {rect(0, 0, 2, 2)});
        QCOMPARE(keyAt(UnitIndex(qp), 1.5, 1.5), u"Q"_s);
        QCOMPARE(keyAt(UnitIndex(qp), 0.5, 0.5), u"P"_s);
    }

    // A unit with a hole, a unit filling the hole, and a unit of two parts.
    void holesAndParts()
    {
        UnitRings units;
        units.addUnit(u"O"_s, {rect(0, 0, 10, 10), rect(4, 4, 6, 6)});
        units.addUnit(u"H"_s, {rect(4, 4, 6, 6)});
        units.addUnit(u"M"_s, {rect(20, 0, 21, 1), rect(30, 5, 31, 6)});
        units.addUnit(u"empty"_s);
        const UnitIndex index(units);
        QCOMPARE(index.unitCount(), 4);
        QCOMPARE(keyAt(index, 2, 2), u"O"_s);
        QCOMPARE(keyAt(index, 5, 5), u"H"_s);
        QCOMPARE(keyAt(index, 4, 5), u"H"_s); // the hole's west side: east of it is H
        QCOMPARE(keyAt(index, 6, 5), u"O"_s); // the hole's east side: east of it is O
        QCOMPARE(keyAt(index, 20.5, 0.5), u"M"_s);
        QCOMPARE(keyAt(index, 30.5, 5.5), u"M"_s);
        QCOMPARE(keyAt(index, 25, 3), u"-"_s);
    }

    // Away from boundaries the grid gives what a plain odd-even test over all rings gives
    // (QPolygonF::containsPoint), for star-shaped units with many vertices and a hole.
    void agreesWithOddEvenTest()
    {
        QRandomGenerator random(20261205);
        UnitRings units;
        QList<QList<QPolygonF>> shapes;
        for (int s = 0; s < 6; ++s) {
            const QPointF centre(double(s % 3) * 7.0, double(s / 3) * 7.0);
            QPolygonF star;
            const int n = 400 + 300 * s;
            for (int k = 0; k < n; ++k) {
                const double angle = 2.0 * M_PI * k / n;
                const double radius = 1.0 + 4.0 * random.generateDouble();
                star << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
            }
            QList<QPolygonF> rings{star};
            if (s % 2 == 0)
                rings << rect(centre.x() - 0.5, centre.y() - 0.5, centre.x() + 0.5, centre.y() + 0.5);
            units.addUnit(QString::number(s), rings);
            shapes << rings;
        }
        const UnitIndex index(units);
        for (int i = 0; i < 50000; ++i) {
            const double x = -6.0 + 26.0 * random.generateDouble();
            const double y = -6.0 + 19.0 * random.generateDouble();
            int expected = -1;
            for (int s = 0; s < shapes.size() && expected < 0; ++s) {
                int parity = 0;
                for (const QPolygonF &ring : shapes[s])
                    parity += ring.containsPoint(QPointF(x, y), Qt::OddEvenFill) ? 1 : 0;
                if (parity % 2 == 1)
                    expected = s;
            }
            QVERIFY2(index.locate(x, y) == expected,
                     qPrintable(u"(%1, %2): unit %3, expected %4"_s.arg(x, 0, 'g', 17).arg(y, 0, 'g', 17).arg(index.locate(x, y)).arg(expected)));
        }
    }

    // The bundled prefectures (545,022 vertices, multipart units, sliver overlaps) against
    // GEOS: each random point lies in the first prefecture, in the layer's order, that GEOS
    // says contains it, or in none.
    void agreesWithGeosOnPrefectures()
    {
        const UnitIndexResult read = UnitIndex::read(BundledData::prefecturesPath(), {}, u"code"_s);
        QVERIFY2(read.index, qPrintable(firstErrorOrIssue(read.issues)));
        const UnitIndex &index = *read.index;
        QCOMPARE(index.unitCount(), 367);

        GDALDatasetUniquePtr dataset(GDALDataset::Open(BundledData::prefecturesPath().toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(dataset);
        std::vector<std::unique_ptr<OGRGeometry>> shapes;
        std::vector<OGRPreparedGeometryUniquePtr> prepared;
        std::vector<OGREnvelope> envelopes;
        QStringList codes;
        for (const auto &feature : *dataset->GetLayer(0)) {
            codes << QString::fromUtf8(feature->GetFieldAsString("code"));
            shapes.emplace_back(feature->GetGeometryRef()->clone());
            prepared.emplace_back(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(shapes.back().get())));
            envelopes.emplace_back();
            shapes.back()->getEnvelope(&envelopes.back());
        }
        QCOMPARE(index.keys(), codes);

        QRandomGenerator random(7);
        int inside = 0;
        for (int i = 0; i < 20000; ++i) {
            const double x = 73.5 + (135.1 - 73.5) * random.generateDouble();
            const double y = 18.1 + (53.6 - 18.1) * random.generateDouble();
            OGRPoint point(x, y);
            int expected = -1;
            for (size_t u = 0; u < shapes.size() && expected < 0; ++u) {
                const OGREnvelope &e = envelopes[u];
                if (x >= e.MinX && x <= e.MaxX && y >= e.MinY && y <= e.MaxY && OGRPreparedGeometryContains(prepared[u].get(), OGRGeometry::ToHandle(&point)))
                    expected = int(u);
            }
            inside += expected >= 0 ? 1 : 0;
            QVERIFY2(index.locate(x, y) == expected,
                     qPrintable(u"(%1, %2): unit %3, GEOS %4"_s.arg(x, 0, 'g', 17).arg(y, 0, 'g', 17).arg(index.locate(x, y)).arg(expected)));
        }
        // China covers about 45% of its bounding box; most points must have been inside one.
        QVERIFY(inside > 6000 && inside < 12000);
    }
};

QTEST_GUILESS_MAIN(TestUnitIndex)
#include "tst_unitindex.moc"
