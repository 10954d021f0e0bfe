// cityatlas-cli aggregate points as a user runs it: the JSON contract, several --weight fields,
// --out CSV, bad rows by row number, outside points, the boundary rule, a GeoJSON point layer,
// a CSV, the bundled provinces by default and the zipped prefectures with --to. Expected counts
// are counted by hand from the fixtures below (each row's unit is noted next to it).
#include "tests/pointfixtures.h"
#include "tests/app/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace CliTest;

using namespace PointFixtures;

namespace {

Run cli(const QStringList &arguments)
{
    return runCli(QStringList{u"aggregate"_s, u"points"_s} + arguments);
}


bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject unitWith(const QJsonArray &units, const QString &member, const QString &key)
{
    for (const QJsonValue &u : units)
        if (u.toObject().value(member).toString() == key)
            return u.toObject();
    return {};
}

} // namespace

class TestCliAggregatePoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(u"units.geojson"_s), UnitsGeoJson));
        QVERIFY(writeFile(path(u"points.csv"_s), PointsCsv));
    }

    void help()
    {
        const Run r = runCli({u"aggregate"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"points"_s));
        const Run points = cli({u"--help"_s});
        QCOMPARE(points.exitCode, 0);
        for (const QString &option : {u"--points"_s, u"--x"_s, u"--y"_s, u"--crs"_s, u"--to"_s, u"--key"_s, u"--weight"_s,
                                      u"--json"_s, u"--out"_s, u"--allow-remote"_s})
            QVERIFY2(points.out.contains(option.mid(option == u"--x"_s || option == u"--y"_s ? 1 : 0)), qPrintable(option));
        QVERIFY(points.out.contains(u"east of it"_s)); // the boundary rule
        QVERIFY(points.out.contains(u"first of them in the layer's order"_s)); // the overlap rule
    }

    void jsonContract()
    {
        const Run r = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--weight"_s, u"pop"_s,
                           u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"n_points"_s).toInteger(), 9); // rows 1–7, 11, 12
        QCOMPARE(json.value(u"outside"_s).toInteger(), 2);  // rows 7, 11
        QCOMPARE(json.value(u"invalid"_s).toInteger(), 3);  // rows 8, 9, 10
        QCOMPARE(json.value(u"rows"_s).toInteger(), 12);
        const QJsonArray units = json.value(u"units"_s).toArray();
        QCOMPARE(units.size(), 4);
        // In the layer's order, as {"code", "count", "sum"}: A rows 1, 2, 12; B 3, 4; C 5; D 6.
        const QList<std::tuple<QString, int, double>> expected{
            {u"A"_s, 3, 10 + 20 + 6}, {u"B"_s, 2, 5 + 7}, {u"C"_s, 1, 3}, {u"D"_s, 1, 100}};
        for (int u = 0; u < 4; ++u) {
            const QJsonObject unit = units[u].toObject();
            QCOMPARE(unit.keys(), (QStringList{u"code"_s, u"count"_s, u"sum"_s}));
            QCOMPARE(unit.value(u"code"_s).toString(), std::get<0>(expected[u]));
            QCOMPARE(unit.value(u"count"_s).toInteger(), std::get<1>(expected[u]));
            QCOMPARE(unit.value(u"sum"_s).toDouble(), std::get<2>(expected[u]));
        }
        // The rows without usable coordinates, by row number, also on stderr.
        const QJsonArray bad = json.value(u"bad_rows"_s).toArray();
        QCOMPARE(bad.size(), 3);
        QCOMPARE(bad[0].toObject().value(u"row"_s).toInteger(), 8);
        QCOMPARE(bad[0].toObject().value(u"field"_s).toString(), u"lon"_s);
        QCOMPARE(bad[0].toObject().value(u"problem"_s).toString(), u"'abc' is not a number"_s);
        QCOMPARE(bad[1].toObject().value(u"row"_s).toInteger(), 9);
        QCOMPARE(bad[2].toObject().value(u"row"_s).toInteger(), 10);
        QCOMPARE(bad[2].toObject().value(u"field"_s).toString(), u"lat"_s);
        QVERIFY2(r.err.contains(u"points.csv, row 8, field lon: 'abc' is not a number; the row is not counted"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"row 9, field lon: empty"_s), qPrintable(r.err));
    }

    void severalWeights()
    {
        const Run r = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--weight"_s, u"pop"_s,
                           u"--weight"_s, u"gdp"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        const QJsonArray units = json.value(u"units"_s).toArray();
        // gdp: A 1.5 + 2.5 + 6; B row 4 only (row 3 empty); C nothing (row 5 'abc'); D 100.
        const QList<std::tuple<QString, double, double>> expected{
            {u"A"_s, 36, 10}, {u"B"_s, 12, 1}, {u"C"_s, 3, 0}, {u"D"_s, 100, 100}};
        for (int u = 0; u < 4; ++u) {
            const QJsonObject sum = units[u].toObject().value(u"sum"_s).toObject();
            QCOMPARE(sum.value(u"pop"_s).toDouble(), std::get<1>(expected[u]));
            QCOMPARE(sum.value(u"gdp"_s).toDouble(), std::get<2>(expected[u]));
        }
        const QJsonArray weights = json.value(u"weights"_s).toArray();
        QCOMPARE(weights.size(), 2);
        QCOMPARE(weights[1].toObject().value(u"field"_s).toString(), u"gdp"_s);
        QCOMPARE(weights[1].toObject().value(u"missing"_s).toInteger(), 2); // rows 3, 5
        QCOMPARE(json.value(u"bad_rows_total"_s).toInteger(), 5);
        const QJsonObject first = json.value(u"bad_rows"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"row"_s).toInteger(), 3);
        QCOMPARE(first.value(u"point_counted"_s).toBool(), true);
        QVERIFY2(r.err.contains(u"row 5, field gdp: 'abc' is not a number; the point is counted without this weight"_s), qPrintable(r.err));

        // A comma-separated list is the same as repeating --weight.
        const Run listed = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--weight"_s,
                                u"pop,gdp"_s, u"--json"_s});
        QCOMPARE(listed.json().value(u"units"_s), json.value(u"units"_s));
    }

    void outCsv()
    {
        const QString out = path(u"counts.csv"_s);
        const Run r = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--weight"_s, u"pop"_s,
                           u"--weight"_s, u"gdp"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), u"code,count,sum_pop,sum_gdp\nA,3,36,10\nB,2,12,1\nC,1,3,0\nD,1,100,100\n"_s);
        file.close();
        // The text report: the summary line and one line per unit.
        QVERIFY2(r.out.contains(u"9 points counted, 2 of them outside every unit; rows read: 12, without usable coordinates: 3"_s),
                 qPrintable(r.out));

        const Run single = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--weight"_s, u"pop"_s,
                                u"--out"_s, out});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), QByteArray("code,count,sum\n"));
    }

    void outputGuard()
    {
        const Run r = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--out"_s, path(u"points.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"points.csv"_s), qPrintable(r.err));
        QFile file(path(u"points.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(PointsCsv)); // untouched
    }

    void keyField()
    {
        const Run r = cli({u"--points"_s, path(u"points.csv"_s), u"--to"_s, path(u"units.geojson"_s), u"--key"_s, u"name"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray units = r.json().value(u"units"_s).toArray();
        QCOMPARE(unitWith(units, u"name"_s, u"a"_s).value(u"count"_s).toInteger(), 3);
        QVERIFY(!units[0].toObject().contains(u"sum"_s)); // no --weight, no sums
    }

    void pointLayer()
    {
        QVERIFY(writeFile(path(u"points.geojson"_s), R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"pop": 10}, "geometry": {"type": "Point", "coordinates": [100.5, 30.5]}},
{"type": "Feature", "properties": {"pop": 7}, "geometry": {"type": "Point", "coordinates": [101, 30.5]}},
{"type": "Feature", "properties": {"pop": 2}, "geometry": {"type": "Point", "coordinates": [101.5, 31.5]}},
{"type": "Feature", "properties": {"pop": 1}, "geometry": null},
{"type": "Feature", "properties": {"pop": 2}, "geometry": {"type": "Point", "coordinates": [99, 30.5]}}
]})"));
        const Run r = cli({u"--points"_s, path(u"points.geojson"_s), u"--to"_s, path(u"units.geojson"_s), u"--weight"_s, u"pop"_s,
                           u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        // Feature 1 in A, 2 on the A|B edge (B), 3 in D, 4 without geometry, 5 west of A.
        const QJsonArray units = json.value(u"units"_s).toArray();
        QCOMPARE(unitWith(units, u"code"_s, u"A"_s).value(u"count"_s).toInteger(), 1);
        QCOMPARE(unitWith(units, u"code"_s, u"B"_s).value(u"sum"_s).toDouble(), 7.0);
        QCOMPARE(unitWith(units, u"code"_s, u"D"_s).value(u"sum"_s).toDouble(), 2.0);
        QCOMPARE(json.value(u"outside"_s).toInteger(), 1);
        QCOMPARE(json.value(u"invalid"_s).toInteger(), 1);
        QCOMPARE(json.value(u"bad_rows"_s).toArray().first().toObject().value(u"row"_s).toInteger(), 4);
        QVERIFY2(r.err.contains(u"points.geojson, row 4: no geometry"_s), qPrintable(r.err));
    }

    void projectedPoints()
    {
        // Web Mercator x, y of (100.5, 30.5) and (101.5, 31.5), from the spherical formulas
        // x = R·λ, y = R·ln tan(π/4 + φ/2) with R = 6378137 m.
        QByteArray csv = "east,north\n";
        for (const auto &[lon, lat] : {std::pair{100.5, 30.5}, {101.5, 31.5}}) {
            const double x = 6378137.0 * lon * M_PI / 180.0;
            const double y = 6378137.0 * std::log(std::tan(M_PI / 4.0 + lat * M_PI / 360.0));
            csv += QByteArray::number(x, 'g', 17) + ',' + QByteArray::number(y, 'g', 17) + '\n';
        }
        QVERIFY(writeFile(path(u"mercator.csv"_s), csv));
        const Run r = cli({u"--points"_s, path(u"mercator.csv"_s), u"--x"_s, u"east"_s, u"--y"_s, u"north"_s, u"--crs"_s,
                           u"EPSG:3857"_s, u"--to"_s, path(u"units.geojson"_s), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray units = r.json().value(u"units"_s).toArray();
        QCOMPARE(unitWith(units, u"code"_s, u"A"_s).value(u"count"_s).toInteger(), 1);
        QCOMPARE(unitWith(units, u"code"_s, u"D"_s).value(u"count"_s).toInteger(), 1);
    }

    // Without --to: the bundled provinces, keyed by code.
    void bundledProvincesByDefault()
    {
        // City centres of Beijing, Shanghai and Guangzhou (longitude, latitude), and one at sea.
        QVERIFY(writeFile(path(u"cities.csv"_s),
                          "name,longitude,latitude,n\nBeijing,116.397,39.909,3\nShanghai,121.473,31.230,2\n"
                          "Guangzhou,113.264,23.129,5\nPacific,150,20,1\n"));
        const Run r = cli({u"--points"_s, path(u"cities.csv"_s), u"--weight"_s, u"n"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        const QJsonArray units = json.value(u"units"_s).toArray();
        QCOMPARE(units.size(), 34);
        QCOMPARE(unitWith(units, u"code"_s, u"110000"_s).value(u"sum"_s).toDouble(), 3.0);
        QCOMPARE(unitWith(units, u"code"_s, u"310000"_s).value(u"count"_s).toInteger(), 1);
        QCOMPARE(unitWith(units, u"code"_s, u"440000"_s).value(u"sum"_s).toDouble(), 5.0);
        QCOMPARE(json.value(u"outside"_s).toInteger(), 1);

        // The zipped prefectures with --to: Guangzhou's centre is in 广州市 (440100).
        const Run prefectures = cli({u"--points"_s, path(u"cities.csv"_s), u"--to"_s, dataset("china_prefectures.gpkg.zip"),
                                     u"--json"_s});
        QVERIFY2(prefectures.exitCode == 0, qPrintable(prefectures.err));
        const QJsonArray cities = prefectures.json().value(u"units"_s).toArray();
        QCOMPARE(cities.size(), 367);
        QCOMPARE(unitWith(cities, u"code"_s, u"440100"_s).value(u"count"_s).toInteger(), 1);
        QCOMPARE(unitWith(cities, u"code"_s, u"110000"_s).value(u"count"_s).toInteger(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no points") << QStringList{} << u"--points FILE[:LAYER] is required"_s;
        QTest::newRow("missing file") << QStringList{u"--points"_s, u"/nonexistent/p.csv"_s} << u"no such file"_s;
        QTest::newRow("unknown weight") << QStringList{u"--points"_s, u"@points.csv"_s, u"--weight"_s, u"people"_s}
                                        << u"no field 'people' (fields: id, lon, lat, pop, gdp)"_s;
        QTest::newRow("unknown x") << QStringList{u"--points"_s, u"@points.csv"_s, u"--x"_s, u"e"_s, u"--y"_s, u"lat"_s}
                                   << u"no field 'e'"_s;
        QTest::newRow("unknown key") << QStringList{u"--points"_s, u"@points.csv"_s, u"--to"_s, u"@units.geojson"_s, u"--key"_s, u"id"_s}
                                     << u"no key field 'id' (fields: code, name)"_s;
        QTest::newRow("bad crs") << QStringList{u"--points"_s, u"@points.csv"_s, u"--crs"_s, u"EPSG:nonsense"_s}
                                 << u"'EPSG:nonsense' is not a coordinate reference system"_s;
        QTest::newRow("polygons as points") << QStringList{u"--points"_s, u"@units.geojson"_s} << u"not of points"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        for (QString &a : arguments)
            if (a.startsWith(u'@'))
                a = path(a.mid(1));
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAggregatePoints)
#include "tst_cli_aggregate_points.moc"
