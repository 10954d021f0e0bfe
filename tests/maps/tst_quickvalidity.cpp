#include "maps/data/quickvalidity.h"

#include <ogr_geometry.h>

#include <QtTest>

#include <cmath>
#include <memory>
#include <random>

using namespace CityAtlas;

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const char *wkt)
{
    OGRGeometry *g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    return std::unique_ptr<OGRGeometry>(g);
}

// A closed ring through the points, as a one-ring polygon.
std::unique_ptr<OGRGeometry> polygon(const std::vector<std::pair<double, double>> &points)
{
    auto ring = std::make_unique<OGRLinearRing>();
    for (const auto &[x, y] : points)
        ring->addPoint(x, y);
    ring->addPoint(points.front().first, points.front().second);
    auto result = std::make_unique<OGRPolygon>();
    result->addRingDirectly(ring.release());
    return result;
}

} // namespace

class TestQuickValidity : public QObject
{
    Q_OBJECT

private slots:
    void provenShapes_data()
    {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<bool>("proven");
        QTest::newRow("square") << "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))" << true;
        QTest::newRow("clockwise triangle") << "POLYGON ((0 0, 0 1, 1 0, 0 0))" << true;
        QTest::newRow("one-part multipolygon") << "MULTIPOLYGON (((0 0, 2 0, 1 1, 0 0)))" << true;
        QTest::newRow("concave") << "POLYGON ((0 0, 4 0, 4 4, 2 1, 0 4, 0 0))" << true;
        // Invalid, and so never proven.
        QTest::newRow("bow tie") << "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))" << false;
        QTest::newRow("ring touching itself") << "POLYGON ((0 0, 4 0, 2 2, 4 4, 0 4, 2 2, 0 0))" << false;
        QTest::newRow("spike back along an edge") << "POLYGON ((0 0, 2 0, 1 0, 1 1, 0 0))" << false;
        QTest::newRow("flat") << "POLYGON ((0 0, 1 0, 2 0, 0 0))" << false;
        // Valid, but left to the full check: a repeated or collinear corner, holes, two parts.
        QTest::newRow("repeated corner") << "POLYGON ((0 0, 1 0, 1 0, 1 1, 0 1, 0 0))" << false;
        QTest::newRow("collinear corner") << "POLYGON ((0 0, 1 0, 2 0, 2 1, 0 1, 0 0))" << false;
        QTest::newRow("hole") << "POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 2 1, 2 2, 1 1))" << false;
        QTest::newRow("two parts") << "MULTIPOLYGON (((0 0, 1 0, 0 1, 0 0)), ((5 5, 6 5, 5 6, 5 5)))" << false;
        QTest::newRow("point") << "POINT (1 1)" << false;
    }

    void provenShapes()
    {
        QFETCH(QString, wkt);
        QFETCH(bool, proven);
        const auto g = fromWkt(wkt.toUtf8().constData());
        QVERIFY(g);
        QCOMPARE(QuickValidity::provesValid(*g), proven);
        if (proven)
            QVERIFY(g->IsValid());
    }

    void neverProvesWhatGeosRejects()
    {
        // Random rings of 3–40 corners, on a coarse grid so that touching corners, collinear
        // edges and crossings are common: every ring proven valid must be valid for GEOS, and
        // most star-shaped rings (valid by construction) are proven.
        std::mt19937_64 engine(20261205);
        std::uniform_int_distribution<int> coordinate(0, 12), corners(3, 40);
        int proven = 0, invalidSeen = 0;
        for (int trial = 0; trial < 4000; ++trial) {
            std::vector<std::pair<double, double>> points(size_t(corners(engine)));
            for (auto &p : points)
                p = {coordinate(engine) * 0.25, coordinate(engine) * 0.25};
            const auto g = polygon(points);
            const bool valid = g->IsValid();
            invalidSeen += valid ? 0 : 1;
            if (QuickValidity::provesValid(*g)) {
                ++proven;
                QVERIFY2(valid, qPrintable(QString::number(trial)));
            }
        }
        QVERIFY(invalidSeen > 3000);
        int starsProven = 0;
        std::uniform_real_distribution<double> radius(0.5, 1.0);
        for (int trial = 0; trial < 500; ++trial) {
            const int n = 3 + trial % 60;
            std::vector<std::pair<double, double>> points;
            for (int i = 0; i < n; ++i) {
                const double angle = 2 * M_PI * i / n, r = radius(engine);
                points.push_back({116.0 + r * std::cos(angle), 39.0 + r * std::sin(angle)});
            }
            const auto g = polygon(points);
            QVERIFY(g->IsValid());
            starsProven += QuickValidity::provesValid(*g) ? 1 : 0;
        }
        QCOMPARE(starsProven, 500);
    }
};

QTEST_GUILESS_MAIN(TestQuickValidity)
#include "tst_quickvalidity.moc"
