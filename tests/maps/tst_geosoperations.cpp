#include "maps/data/geosoperations.h"

#include <ogr_geometry.h>

#include <QtTest>

#include <cmath>
#include <memory>
#include <random>

using namespace CityAtlas;

namespace {

// A star-shaped ring around (cx, cy): valid by construction; clockwise when asked.
OGRLinearRing *starRing(std::mt19937_64 &engine, double cx, double cy, double size, int corners, bool clockwise)
{
    std::uniform_real_distribution<double> radius(0.5 * size, size);
    auto *ring = new OGRLinearRing;
    for (int i = 0; i < corners; ++i) {
        const double angle = (clockwise ? -2 : 2) * M_PI * i / corners, r = radius(engine);
        ring->addPoint(cx + r * std::cos(angle), cy + r * std::sin(angle));
    }
    ring->closeRings();
    return ring;
}

} // namespace

class TestGeosOperations : public QObject
{
    Q_OBJECT

private slots:
    void centroidOfPolygonsAsGeos()
    {
        // Polygons, with and without a hole, one or three parts, either orientation, in China's
        // longitudes: the centroid read from the OGR rings equals GEOS's (OGR Centroid()).
        std::mt19937_64 engine(7);
        std::uniform_real_distribution<double> lon(74.0, 130.0), lat(18.0, 53.0);
        std::uniform_int_distribution<int> corners(3, 30);
        const GeosOperations geos;
        for (int trial = 0; trial < 600; ++trial) {
            auto multi = std::make_unique<OGRMultiPolygon>();
            const int parts = trial % 3 == 0 ? 3 : 1;
            const double x0 = lon(engine), y0 = lat(engine);
            for (int part = 0; part < parts; ++part) {
                const double cx = x0 + 2.0 * part, cy = y0; // parts 2° apart never overlap
                auto polygon = std::make_unique<OGRPolygon>();
                polygon->addRingDirectly(starRing(engine, cx, cy, 0.8, corners(engine), trial % 2 == 0));
                if (trial % 4 == 1) // a hole well inside the star's inner radius
                    polygon->addRingDirectly(starRing(engine, cx, cy, 0.2, corners(engine), trial % 8 == 1));
                multi->addGeometryDirectly(polygon.release());
            }
            const OGRGeometry &g = parts == 1 ? *static_cast<const OGRGeometry *>(multi->getGeometryRef(0)) : *multi;
            QVERIFY(g.IsValid());
            OGRPoint reference;
            QCOMPARE(g.Centroid(&reference), OGRERR_NONE);
            const std::optional<QPointF> c = geos.centroid(g);
            QVERIFY(c);
            QVERIFY2(std::abs(c->x() - reference.getX()) <= 1e-12 * std::abs(reference.getX())
                         && std::abs(c->y() - reference.getY()) <= 1e-12 * std::abs(reference.getY()),
                     qPrintable(QStringLiteral("trial %1: %2 %3 vs %4 %5").arg(trial).arg(c->x(), 0, 'g', 17)
                                    .arg(c->y(), 0, 'g', 17).arg(reference.getX(), 0, 'g', 17).arg(reference.getY(), 0, 'g', 17)));
        }
    }

    void centroidOfDegenerateShapesFromGeos()
    {
        // No area: GEOS's centroid of the lines (here the middle of the flat ring's extent).
        OGRGeometry *flat = nullptr;
        OGRGeometryFactory::createFromWkt("POLYGON ((0 0, 2 0, 4 0, 0 0))", nullptr, &flat);
        const std::unique_ptr<OGRGeometry> owned(flat);
        const std::optional<QPointF> c = GeosOperations().centroid(*flat);
        QVERIFY(c);
        OGRPoint reference;
        QCOMPARE(flat->Centroid(&reference), OGRERR_NONE);
        QCOMPARE(c->x(), reference.getX());
        QCOMPARE(c->y(), reference.getY());
    }
};

QTEST_GUILESS_MAIN(TestGeosOperations)
#include "tst_geosoperations.moc"
