// aggregatePoints() and PointReader: points from a CSV, an XLSX and a GeoJSON point layer counted
// into four hand-made squares, weights summed, the boundary rule, outside points, bad rows by
// row number, coordinate transformation, cancelling and progress. Expected values are counted
// by hand from the fixtures written below (each row's unit is noted next to it).
#include "tests/pointfixtures.h"
#include "maps/data/bundleddata.h"
#include "maps/data/pointaggregation.h"
#include "maps/data/tablewriter.h"
#include "maps/data/unitindex.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

using namespace PointFixtures;

namespace {


struct Expected
{
    QString key;
    qint64 count;
    double pop, gdp;
};
// From the notes above: A rows 1, 2, 12; B rows 3, 4; C row 5; D row 6.
const QList<Expected> ExpectedUnits{
    {u"A"_s, 3, 10 + 20 + 6, 1.5 + 2.5 + 6},
    {u"B"_s, 2, 5 + 7, 1},
    {u"C"_s, 1, 3, 0},
    {u"D"_s, 1, 100, 100},
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPointAggregation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    PointAggregationRequest request(const QString &points, const QStringList &weights = {}) const
    {
        PointAggregationRequest r;
        r.points.path = path(points);
        r.points.weightFields = weights;
        r.unitsPath = path(u"units.geojson"_s);
        return r;
    }

    static void compareUnits(const PointAggregation &result, bool withGdp)
    {
        QCOMPARE(result.units.size(), ExpectedUnits.size());
        for (qsizetype u = 0; u < ExpectedUnits.size(); ++u) {
            const Expected &e = ExpectedUnits[u];
            QCOMPARE(result.units[u].key, e.key);
            QCOMPARE(result.units[u].count, e.count);
            QCOMPARE(result.units[u].sums.value(0), e.pop);
            if (withGdp)
                QCOMPARE(result.units[u].sums.value(1), e.gdp);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(u"units.geojson"_s), UnitsGeoJson));
        QVERIFY(writeFile(path(u"points.csv"_s), PointsCsv));
    }

    void csvCountsAndSums()
    {
        const PointAggregation result = aggregatePoints(request(u"points.csv"_s, {u"pop"_s, u"gdp"_s}));
        QVERIFY2(result.isValid(), qPrintable(firstError(result.issues)));
        QCOMPARE(result.xField, u"lon"_s); // found by name
        QCOMPARE(result.yField, u"lat"_s);
        compareUnits(result, true);
        QCOMPARE(result.rowsRead, 12);
        QCOMPARE(result.points, 9);      // rows 1–7, 11, 12
        QCOMPARE(result.outside, 2);     // rows 7, 11
        QCOMPARE(result.invalidRows, 3); // rows 8, 9, 10
        QCOMPARE(result.missingWeights, (QList<qint64>{0, 2})); // gdp of rows 3, 5
        QCOMPARE(result.problemCount, 5);
        QCOMPARE(result.problems.size(), 5);
        const QList<std::tuple<qint64, QString, bool>> problems{
            {3, u"gdp"_s, true}, {5, u"gdp"_s, true}, {8, u"lon"_s, false}, {9, u"lon"_s, false}, {10, u"lat"_s, false}};
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QCOMPARE(result.problems[i].row, std::get<0>(problems[i]));
            QCOMPARE(result.problems[i].field, std::get<1>(problems[i]));
            QCOMPARE(result.problems[i].pointCounted, std::get<2>(problems[i]));
        }
        QCOMPARE(result.problems[1].message, u"'abc' is not a number"_s);
        QCOMPARE(result.problems[3].message, u"empty"_s);
        QVERIFY2(result.problems[4].message.contains(u"95"_s), qPrintable(result.problems[4].message));
    }

    void listedProblemsAreCapped()
    {
        PointAggregationRequest r = request(u"points.csv"_s, {u"pop"_s, u"gdp"_s});
        r.listedProblems = 2;
        const PointAggregation result = aggregatePoints(r);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problemCount, 5);
        QCOMPARE(result.problems[0].row, 3);
    }

    void explicitColumnsAndUnknownFields()
    {
        PointAggregationRequest r = request(u"points.csv"_s, {u"pop"_s});
        r.points.xField = u"lon"_s;
        r.points.yField = u"lat"_s;
        compareUnits(aggregatePoints(r), false);

        r.points.xField = u"longitude"_s;
        PointAggregation bad = aggregatePoints(r);
        QVERIFY(!bad.isValid());
        QVERIFY2(firstError(bad.issues).contains(u"no field 'longitude'"_s), qPrintable(firstError(bad.issues)));

        r = request(u"points.csv"_s, {u"population"_s});
        bad = aggregatePoints(r);
        QVERIFY2(firstError(bad.issues).contains(u"no field 'population'"_s), qPrintable(firstError(bad.issues)));

        r = request(u"points.csv"_s);
        r.points.xField = u"lon"_s;
        bad = aggregatePoints(r);
        QVERIFY2(firstError(bad.issues).contains(u"both"_s), qPrintable(firstError(bad.issues)));

        r = request(u"points.csv"_s);
        r.keyField = u"nope"_s;
        bad = aggregatePoints(r);
        QVERIFY2(firstError(bad.issues).contains(u"no key field 'nope'"_s), qPrintable(firstError(bad.issues)));
    }

    void tableWithoutCoordinateColumns()
    {
        QVERIFY(writeFile(path(u"nocoords.csv"_s), "id,a,b\n1,2,3\n"));
        const PointAggregation result = aggregatePoints(request(u"nocoords.csv"_s));
        QVERIFY(!result.isValid());
        QVERIFY2(firstError(result.issues).contains(u"id, a, b"_s), qPrintable(firstError(result.issues)));
    }

    // The same points in a spreadsheet whose coordinate and weight cells are text: read as
    // typed, never as 0. (The id column holds numbers, which tells GDAL the first row is a header.)
    void xlsx()
    {
        QList<QVariantList> rows;
        const QStringList lines = QString::fromUtf8(PointsCsv).split(u'\n', Qt::SkipEmptyParts).mid(1);
        for (const QString &line : lines) {
            QVariantList row;
            for (const QString &cell : line.split(u','))
                row << (cell.isEmpty() ? QVariant() : row.isEmpty() ? QVariant(cell.toInt()) : QVariant(cell));
            while (row.size() < 5)
                row << QVariant();
            rows << row;
        }
        const QString error = TableWriter::write(path(u"points.xlsx"_s), u"points"_s, {u"id"_s, u"lon"_s, u"lat"_s, u"pop"_s, u"gdp"_s},
                                                 {u"Integer"_s, u"String"_s, u"String"_s, u"String"_s, u"String"_s}, rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const PointAggregation result = aggregatePoints(request(u"points.xlsx"_s, {u"pop"_s, u"gdp"_s}));
        QVERIFY2(result.isValid(), qPrintable(firstError(result.issues)));
        compareUnits(result, true);
        QCOMPARE(result.rowsRead, 12);
        QCOMPARE(result.invalidRows, 3);
        QCOMPARE(result.outside, 2);
        QCOMPARE(result.problems.value(2).row, 8);
    }

    // A GeoJSON point layer: its geometry, a feature without geometry and a line are reported.
    void pointLayer()
    {
        const QByteArray json = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"pop": 10}, "geometry": {"type": "Point", "coordinates": [100.5, 30.5]}},
{"type": "Feature", "properties": {"pop": 7}, "geometry": {"type": "Point", "coordinates": [101, 30.5]}},
{"type": "Feature", "properties": {"pop": null}, "geometry": {"type": "MultiPoint", "coordinates": [[101, 31]]}},
{"type": "Feature", "properties": {"pop": 1}, "geometry": null},
{"type": "Feature", "properties": {"pop": 1}, "geometry": {"type": "LineString", "coordinates": [[100.5, 30.5], [101.5, 31.5]]}},
{"type": "Feature", "properties": {"pop": 2}, "geometry": {"type": "Point", "coordinates": [99, 30.5]}}
]})";
        QVERIFY(writeFile(path(u"points.geojson"_s), json));
        const PointAggregation result = aggregatePoints(request(u"points.geojson"_s, {u"pop"_s}));
        QVERIFY2(result.isValid(), qPrintable(firstError(result.issues)));
        QVERIFY(result.xField.isEmpty());
        // Feature 1 in A, 2 on the A|B edge (B), 3 on the corner (D), 6 west of A (outside).
        const QList<qint64> counts{1, 1, 0, 1};
        const QList<double> pops{10, 7, 0, 0}; // feature 3's pop is null
        for (int u = 0; u < 4; ++u) {
            QCOMPARE(result.units[u].count, counts[u]);
            QCOMPARE(result.units[u].sums[0], pops[u]);
        }
        QCOMPARE(result.outside, 1);
        QCOMPARE(result.invalidRows, 2);
        QCOMPARE(result.missingWeights, QList<qint64>{1});
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.problems[0].row, 3);
        QVERIFY(result.problems[0].pointCounted);
        QCOMPARE(result.problems[1].row, 4);
        QCOMPARE(result.problems[1].message, u"no geometry"_s);
        QCOMPARE(result.problems[2].row, 5);
        QCOMPARE(result.problems[2].message, u"a Line String, not a point"_s);
    }

    // Web Mercator coordinates (computed here from longitude and latitude by the spherical
    // formulas), with their CRS given, land in the units' longitude/latitude squares.
    void transformsPoints()
    {
        const double r = 6378137.0;
        auto mercator = [r](double lon, double lat) {
            return std::pair{r * lon * M_PI / 180.0, r * std::log(std::tan(M_PI / 4.0 + lat * M_PI / 360.0))};
        };
        QByteArray csv = "x,y\n";
        for (const auto &[lon, lat] : {std::pair{100.5, 30.5}, {101.5, 31.5}, {101.6, 31.4}, {110.0, 20.0}}) {
            const auto [x, y] = mercator(lon, lat);
            csv += QByteArray::number(x, 'g', 17) + ',' + QByteArray::number(y, 'g', 17) + '\n';
        }
        QVERIFY(writeFile(path(u"mercator.csv"_s), csv));
        PointAggregationRequest r3857 = request(u"mercator.csv"_s);
        r3857.points.crs = u"EPSG:3857"_s;
        const PointAggregation result = aggregatePoints(r3857);
        QVERIFY2(result.isValid(), qPrintable(firstError(result.issues)));
        QCOMPARE(result.units[0].count, 1);
        QCOMPARE(result.units[3].count, 2);
        QCOMPARE(result.outside, 1);

        // Without the CRS, metres are no longitudes: every row is reported.
        const PointAggregation asDegrees = aggregatePoints(request(u"mercator.csv"_s));
        QCOMPARE(asDegrees.invalidRows, 4);
        QVERIFY2(asDegrees.problems[0].message.contains(u"longitude"_s), qPrintable(asDegrees.problems[0].message));

        PointAggregationRequest unknown = request(u"mercator.csv"_s);
        unknown.points.crs = u"EPSG:999999"_s;
        QVERIFY(!aggregatePoints(unknown).isValid());
    }

    // Many points, some on the squares' edges and corners (a 1/8-degree lattice), streamed in
    // several batches: each lands where floor() of its offsets says, which is the boundary rule
    // for this grid of squares (east and north sides belong to the next square).
    void manyPointsFollowTheRule()
    {
        QRandomGenerator random(42);
        QByteArray csv = "lon,lat,w\n";
        QList<qint64> expected(4, 0);
        qint64 outside = 0;
        double total = 0.0;
        for (int i = 0; i < 30000; ++i) {
            const bool lattice = i % 3 == 0;
            const double lon = lattice ? 99.5 + random.bounded(25) / 8.0 : 99.5 + 3.0 * random.generateDouble();
            const double lat = lattice ? 29.5 + random.bounded(25) / 8.0 : 29.5 + 3.0 * random.generateDouble();
            const double w = random.bounded(1000) / 10.0;
            csv += QByteArray::number(lon, 'g', 17) + ',' + QByteArray::number(lat, 'g', 17) + ',' + QByteArray::number(w) + '\n';
            const double col = std::floor(lon - 100.0), row = std::floor(lat - 30.0);
            if (col >= 0 && col <= 1 && row >= 0 && row <= 1) {
                ++expected[int(row) * 2 + int(col)];
                total += w;
            } else {
                ++outside;
            }
        }
        QVERIFY(writeFile(path(u"many.csv"_s), csv));
        SimpleFeedback feedback;
        const PointAggregation result = aggregatePoints(request(u"many.csv"_s, {u"w"_s}), &feedback);
        QVERIFY2(result.isValid(), qPrintable(firstError(result.issues)));
        QCOMPARE(result.points, 30000);
        QCOMPARE(result.outside, outside);
        double sum = 0.0;
        for (int u = 0; u < 4; ++u) {
            QCOMPARE(result.units[u].count, expected[u]);
            sum += result.units[u].sums[0];
        }
        QVERIFY(std::abs(sum - total) < 1e-6);
        QCOMPARE(feedback.progress(), 100.0);
    }

    void cancelled()
    {
        SimpleFeedback feedback;
        feedback.cancel();
        const PointAggregation result = aggregatePoints(request(u"points.csv"_s), &feedback);
        QVERIFY(!result.isValid());
        QVERIFY(result.units.isEmpty());
    }

    // Without a units path: the bundled provinces, keyed by code.
    void bundledProvincesByDefault()
    {
        // Beijing's and Shanghai's city centres (longitude, latitude), and a point in the Pacific.
        QVERIFY(writeFile(path(u"cities.csv"_s), "name,lng,latitude\nBeijing,116.397,39.909\nShanghai,121.473,31.230\nsea,150,20\n"));
        PointAggregationRequest r;
        r.points.path = path(u"cities.csv"_s);
        const PointAggregation result = aggregatePoints(r);
        QVERIFY2(result.isValid(), qPrintable(firstError(result.issues)));
        QCOMPARE(result.units.size(), 34);
        for (const UnitTotal &unit : result.units)
            QCOMPARE(unit.count, unit.key == u"110000"_s || unit.key == u"310000"_s ? 1 : 0);
        QCOMPARE(result.outside, 1);
    }

    void unitsErrors()
    {
        QVERIFY(writeFile(path(u"lines.geojson"_s), R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "L"}, "geometry": {"type": "LineString", "coordinates": [[100,30],[101,31]]}},
{"type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Polygon", "coordinates": [[[100,30],[101,30],[101,31],[100,31],[100,30]]]}}
]})"));
        const UnitIndexResult read = UnitIndex::read(path(u"lines.geojson"_s), {}, u"code"_s);
        QVERIFY(read.index);
        QCOMPARE(read.index->keys(), (QStringList{u"L"_s, u"A"_s}));
        QCOMPARE(read.issues.size(), 1);
        QVERIFY2(read.issues[0].message.contains(u"feature 1 (L)"_s), qPrintable(read.issues[0].message));
        QCOMPARE(read.index->locate(100.5, 30.5), 1);

        const UnitIndexResult missing = UnitIndex::read(path(u"none.geojson"_s), {}, u"code"_s);
        QVERIFY(!missing.index);
        QVERIFY2(firstError(missing.issues).contains(u"no such file"_s), qPrintable(firstError(missing.issues)));
    }
};

QTEST_GUILESS_MAIN(TestPointAggregation)
#include "tst_pointaggregation.moc"
