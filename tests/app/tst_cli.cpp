// cityatlas-cli as a user runs it: exit codes, one clear line on stderr, real output files.
#include "tests/app/clirunner.h"
#include "tests/testsupport.h"
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using namespace CliTest;

Run cli(const QStringList &arguments)
{
    return runCli(arguments);
}


} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void version()
    {
        const Run r = cli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"cityatlas-cli "_s));
    }

    void infoJson()
    {
        const Run r = cli({u"info"_s, dataset("china_provinces.gpkg"), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"driver"_s).toString(), u"GPKG"_s);
        const QJsonObject layer = root.value(u"layers"_s).toArray().first().toObject();
        QCOMPARE(layer.value(u"featureCount"_s).toInt(), 34);
        QCOMPARE(layer.value(u"crsAuthority"_s).toString(), u"EPSG:4326"_s);
        QVERIFY(layer.value(u"geometryType"_s).toString().contains(u"Polygon"_s));
    }

    void infoOfOneLayer()
    {
        const Run r = cli({u"info"_s, dataset("china_provinces.gpkg") + u":provinces"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray layers = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"layers"_s).toArray();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers.first().toObject().value(u"name"_s).toString(), u"provinces"_s);

        const Run missing = cli({u"info"_s, dataset("china_provinces.gpkg") + u":counties"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"no layer 'counties'; its layers are: provinces"_s), qPrintable(missing.err));
    }

    void infoText()
    {
        const Run r = cli({u"info"_s, dataset("china_province_stats.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"pop_2022 (Integer)"_s));
        QVERIFY(r.out.contains(u"Features: 31"_s));
    }

    void defaultMap()
    {
        const QString out = m_dir.filePath(u"default.png"_s);
        const Run r = cli({u"map"_s, u"--default"_s, u"--out"_s, out, u"--width"_s, u"900"_s, u"--height"_s, u"700"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 700));
    }

    // Every map says it is a sketch map; --inset-layer draws a user's base layer in an inset
    // titled with the South China Sea Islands, and a layer it cannot use is a clear error.
    void sketchMapNoteAndInset()
    {
        const auto readAll = CityAtlas::TestSupport::svgText;
        const QString plain = m_dir.filePath(u"plain.svg"_s);
        Run r = cli({u"map"_s, u"--default"_s, u"--out"_s, plain});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(plain).contains(u"Sketch map (示意图), not a standard map (标准地图)"_s));
        QVERIFY(!readAll(plain).contains(u"South China Sea Islands"_s));

        // A made-up square near 112°E 16°N and a line: test geometry, not a boundary.
        const QString base = m_dir.filePath(u"inset.geojson"_s);
        QFile file(base);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "square"}, "geometry": {"type": "Polygon",
             "coordinates": [[[112.0, 16.0], [112.6, 16.0], [112.6, 16.6], [112.0, 16.6], [112.0, 16.0]]]}},
            {"type": "Feature", "properties": {"name": "line"}, "geometry": {"type": "LineString",
             "coordinates": [[108, 18], [112, 6], [119, 10]]}}]})");
        file.close();
        const QString inset = m_dir.filePath(u"inset.svg"_s);
        r = cli({u"map"_s, u"--default"_s, u"--inset-layer"_s, base, u"--out"_s, inset});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(inset).contains(u"South China Sea Islands"_s));
        QVERIFY(readAll(inset).contains(u"Sketch map (示意图)"_s));

        r = cli({u"map"_s, u"--default"_s, u"--inset-layer"_s, m_dir.filePath(u"missing.geojson"_s), u"--out"_s, inset});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"missing.geojson"_s), qPrintable(r.err));
        r = cli({u"map"_s, u"--default"_s, u"--inset-layer"_s, dataset("china_province_stats.csv"), u"--out"_s, inset});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the inset's base layer has no geometries to draw"_s), qPrintable(r.err));
    }

    void mapWithJoinAndSvg()
    {
        const QString out = m_dir.filePath(u"joined.svg"_s);
        const Run r = cli({u"map"_s, u"--layer"_s, dataset("china_provinces.gpkg") + u":provinces"_s,
                           u"--join"_s, data("province_short_names.csv"), u"--key"_s, u"name_zh:province"_s,
                           u"--field"_s, u"score"_s, u"--method"_s, u"equal"_s, u"--classes"_s, u"3"_s,
                           u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"Atlantis"_s)); // the unmatched row is reported, the map is still drawn
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    void inequalityMatchesTheReference()
    {
        const Run r = cli({u"analyze"_s, u"inequality"_s, u"--value"_s, u"pop_2022"_s, u"--json"_s,
                           u"--lorenz"_s, m_dir.filePath(u"lorenz.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"n"_s).toInt(), 31);
        // tests/analysis/reference/inequality_reference.py: Gini of the 2022 resident population
        // over the 31 provinces, unweighted, n² definition (as R ineq::Gini(corr = FALSE)).
        QVERIFY(qAbs(root.value(u"gini"_s).toDouble() / 0.3653491525035896 - 1) < 1e-9);
        QVERIFY(qAbs(root.value(u"theil_t_within"_s).toDouble() + root.value(u"theil_t_between"_s).toDouble()
                     - root.value(u"theil_t"_s).toDouble()) < 1e-12);
        QVERIFY(qAbs(root.value(u"theil_l_within"_s).toDouble() + root.value(u"theil_l_between"_s).toDouble()
                     - root.value(u"theil_l"_s).toDouble()) < 1e-12);
        QCOMPARE(root.value(u"groups"_s).toArray().size(), 4); // the four NBS regions
        QCOMPARE(root.value(u"cv_sd"_s).toString(), u"population (1/n)"_s); // the convention is stated
        QVERIFY(r.err.contains(u"Taiwan"_s)); // units without statistics are named, not dropped silently
        QFile lorenz(m_dir.filePath(u"lorenz.csv"_s));
        QVERIFY(lorenz.open(QIODevice::ReadOnly));
        QCOMPARE(lorenz.readAll().count('\n'), 33); // header, (0,0), 31 units
    }

    // Enterprises per 10,000 residents 2022 (enterprises_2022 / pop_2022 of the bundled tables),
    // weighted by population, decomposed by the four regions. By hand (Python, standard library,
    // from datasets/nbs_enterprise_legal_units_by_province.csv and china_province_stats.csv):
    // s_i = e_i / Σe and p_i = pop_i / Σpop give Theil T = Σ s_i ln(s_i / p_i) = 0.06869173577088518
    // and between regions Σ s_g ln(s_g / p_g) = 0.04633797744899678; unweighted, the Gini of the
    // 31 values Σ|x_i − x_j| / (2 n² μ) = 0.23302086291640686.
    void inequalityOfEnterprisesPerCapita()
    {
        const Run r = cli({u"analyze"_s, u"inequality"_s, u"--field"_s, u"enterprises_per_10k_2022"_s, u"--weight"_s,
                           u"pop_2022"_s, u"--group"_s, u"region"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"n"_s).toInt(), 31);
        QVERIFY(qAbs(root.value(u"theil_t"_s).toDouble() / 0.06869173577088518 - 1) < 1e-9);
        QVERIFY(qAbs(root.value(u"theil_t_between"_s).toDouble() / 0.04633797744899678 - 1) < 1e-9);
        QCOMPARE(root.value(u"groups"_s).toArray().size(), 4);
        const Run unweighted = cli({u"analyze"_s, u"inequality"_s, u"--field"_s, u"enterprises_per_10k_2022"_s, u"--json"_s});
        QVERIFY2(unweighted.exitCode == 0, qPrintable(unweighted.err));
        QVERIFY(qAbs(QJsonDocument::fromJson(unweighted.out.toUtf8()).object().value(u"gini"_s).toDouble()
                     / 0.23302086291640686 - 1) < 1e-9);
    }

    // Moran's I of the same field: tests/app/reference/moran_provinces.py with the enterprise table
    // as third argument, on the queen weights written here (Hainan excluded): I = 0.3923944442548014.
    void moranOfEnterprisesPerCapita()
    {
        const Run r = cli({u"analyze"_s, u"moran"_s, u"--field"_s, u"enterprises_per_10k_2022"_s, u"--isolates"_s,
                           u"exclude"_s, u"--permutations"_s, u"0"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"n"_s).toInt(), 30);
        QVERIFY(qAbs(root.value(u"I"_s).toDouble() / 0.3923944442548014 - 1) < 1e-9);
    }

    // A long table joined with --join-pivot: one field per value and year; the duplicate (unit, year)
    // row, the row without a year and the unknown unit are reported. investment_2021 holds 130
    // (北京), 101.5 (上海), 210 (广东): Gini = Σ|x_i − x_j| / (2 n² μ) = 434 / (18 × 147.1667) = 0.1638354.
    void joinPivotOfALongTable()
    {
        const Run r = cli({u"analyze"_s, u"inequality"_s, u"--data"_s, dataset("china_provinces.gpkg"), u"--join"_s,
                           data("investment_long.csv"), u"--key"_s, u"name_zh:province"_s, u"--join-pivot"_s, u"year"_s,
                           u"--value"_s, u"investment_2021"_s, u"--group"_s, u"none"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"n"_s).toInt(), 3);
        QVERIFY(qAbs(root.value(u"gini"_s).toDouble() - 434.0 / (18.0 * (130.0 + 101.5 + 210.0) / 3.0)) < 1e-12);
        QVERIFY2(r.err.contains(u"match the same unit and year 2020 as row 1"_s) && r.err.contains(u"(not summed)"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"have no year and are not joined: row(s) 8"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Atlantis"_s), qPrintable(r.err));

        const Run chosen = cli({u"analyze"_s, u"inequality"_s, u"--data"_s, dataset("china_provinces.gpkg"), u"--join"_s,
                                data("investment_long.csv"), u"--key"_s, u"name_zh:province"_s, u"--join-pivot"_s, u"year"_s,
                                u"--join-periods"_s, u"2020"_s, u"--value"_s, u"investment_2021"_s, u"--json"_s});
        QCOMPARE(chosen.exitCode, 1);
        QVERIFY2(chosen.err.contains(u"'investment_2021'"_s), qPrintable(chosen.err)); // only 2020 was joined
        const Run noPivot = cli({u"analyze"_s, u"inequality"_s, u"--join-periods"_s, u"2020"_s, u"--value"_s, u"pop_2022"_s});
        QCOMPARE(noPivot.exitCode, 1);
        QVERIFY2(noPivot.err.contains(u"--join TABLE"_s), qPrintable(noPivot.err));
    }

    void moranMatchesTheReference()
    {
        const QString gal = m_dir.filePath(u"queen.gal"_s);
        const Run r = cli({u"analyze"_s, u"moran"_s, u"--field"_s, u"density_2022"_s, u"--weights"_s, u"queen"_s,
                           u"--isolates"_s, u"exclude"_s, u"--save-weights"_s, gal, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"n"_s).toInt(), 30); // 31 provinces less Hainan, an island
        QCOMPARE(root.value(u"islands"_s).toArray(), QJsonArray{u"Hainan"_s});
        // tests/app/reference/moran_provinces.py on the written queen.gal and the statistics
        // table: spdep moran.test formulas, row-standardised weights.
        QVERIFY(qAbs(root.value(u"I"_s).toDouble() / 0.23742569489149354 - 1) < 1e-9);
        QVERIFY(qAbs(root.value(u"expected_I"_s).toDouble() + 1.0 / 29.0) < 1e-12);
        QVERIFY(qAbs(root.value(u"variance_randomization"_s).toDouble() / 0.005578726534938352 - 1) < 1e-9);
        QVERIFY(qAbs(root.value(u"z_randomization"_s).toDouble() / 3.6404508606064816 - 1) < 1e-9);
        QVERIFY(root.contains(u"variance_normality"_s) && root.contains(u"z_normality"_s));
        const double pseudoP = root.value(u"p_permutation"_s).toDouble();
        QVERIFY(pseudoP > 0 && pseudoP < 0.05);
        QVERIFY(QFile::exists(gal));
        // The same seed gives the same pseudo p.
        const Run again = cli({u"analyze"_s, u"moran"_s, u"--field"_s, u"density_2022"_s, u"--isolates"_s, u"exclude"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"p_permutation"_s).toDouble(), pseudoP);
        // Reading the weights back from the GAL file gives the same statistic.
        const Run fromFile = cli({u"analyze"_s, u"moran"_s, u"--field"_s, u"density_2022"_s, u"--weights"_s, gal,
                                  u"--isolates"_s, u"exclude"_s, u"--json"_s});
        QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
        QVERIFY(qAbs(QJsonDocument::fromJson(fromFile.out.toUtf8()).object().value(u"I"_s).toDouble() / 0.23742569489149354 - 1) < 1e-9);
    }

    void timingsAreReportedOnStderr()
    {
        // --timings adds one JSON line on stderr; stdout stays the command's own output.
        auto timings = [](const Run &r) {
            const QString line = r.err.trimmed().split(u'\n').last();
            return QJsonDocument::fromJson(line.toUtf8()).object().value(u"timings"_s).toObject();
        };
        const Run moran = cli({u"analyze"_s, u"moran"_s, u"--field"_s, u"density_2022"_s, u"--isolates"_s, u"exclude"_s,
                               u"--json"_s, u"--timings"_s});
        QVERIFY2(moran.exitCode == 0, qPrintable(moran.err));
        QCOMPARE(moran.json().value(u"n"_s).toInt(), 30);
        const QJsonObject phases = timings(moran);
        for (const QString &phase : {u"read"_s, u"validate"_s, u"project"_s, u"shape"_s, u"weights"_s, u"compute"_s})
            QVERIFY2(phases.value(phase).isDouble() && phases.value(phase).toDouble() >= 0.0, qPrintable(phase));
        QVERIFY(phases.value(u"total"_s).toDouble() >= phases.value(u"weights"_s).toDouble());

        const Run map = cli({u"map"_s, u"--default"_s, u"--out"_s, m_dir.filePath(u"timed.png"_s), u"--width"_s, u"400"_s,
                             u"--height"_s, u"300"_s, u"--timings"_s});
        QVERIFY2(map.exitCode == 0, qPrintable(map.err));
        for (const QString &phase : {u"read"_s, u"classify"_s, u"render"_s, u"encode"_s, u"write"_s})
            QVERIFY2(timings(map).contains(phase), qPrintable(phase));
        // Without the option, nothing is added.
        QVERIFY(!cli({u"map"_s, u"--default"_s, u"--out"_s, m_dir.filePath(u"untimed.png"_s)}).err.contains(u"timings"_s));
    }

    void lisaWritesUnitsAndMap()
    {
        const QString csv = m_dir.filePath(u"lisa.csv"_s), map = m_dir.filePath(u"lisa.png"_s);
        const Run r = cli({u"analyze"_s, u"lisa"_s, u"--field"_s, u"density_2022"_s, u"--isolates"_s, u"exclude"_s,
                           u"--out"_s, csv, u"--map"_s, map, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject clusters = root.value(u"clusters"_s).toObject();
        int total = 0;
        for (const QString &key : {u"HH"_s, u"LL"_s, u"LH"_s, u"HL"_s, u"ns"_s})
            total += clusters.value(key).toInt();
        QCOMPARE(total, 30);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 31);
        QVERIFY(lines.first().startsWith("unit,id,density_2022,local_I,z,p_analytical,p,cluster"));
        QCOMPARE(QImage(map).size(), QSize(1600, 1200));
    }

    void densityAndGiStar()
    {
        const Run d = cli({u"analyze"_s, u"density"_s, u"--value"_s, u"pop_2022"_s, u"--area"_s, u"area_km2"_s, u"--json"_s});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        for (const QJsonValue &u : QJsonDocument::fromJson(d.out.toUtf8()).object().value(u"units"_s).toArray())
            if (u.toObject().value(u"unit"_s).toString() == u"Shanghai"_s) // facts.md §2: 2475 / 6340.5 (10k persons per km²)
                QVERIFY(qAbs(u.toObject().value(u"per_km2"_s).toDouble() - 2475.0 / 6340.5) < 1e-12);
        // The bundled pop_2022 is in 10,000 persons: people per km² besides, e.g. Beijing
        // 2184 × 10,000 / 16,411 km² (china_province_stats.csv) = 1,330.81.
        const QJsonObject density = QJsonDocument::fromJson(d.out.toUtf8()).object();
        QCOMPARE(density.value(u"value_unit_persons"_s).toDouble(), 10000.0);
        bool beijing = false;
        for (const QJsonValue &u : density.value(u"units"_s).toArray())
            if (u.toObject().value(u"unit"_s).toString() == u"Beijing"_s) {
                beijing = true;
                QVERIFY(qAbs(u.toObject().value(u"people_per_km2"_s).toDouble() - 2184.0 * 10000.0 / 16411.0) < 1e-9);
            }
        QVERIFY(beijing);
        const Run text = cli({u"analyze"_s, u"density"_s, u"--value"_s, u"pop_2022"_s, u"--area"_s, u"area_km2"_s});
        QVERIFY2(text.out.contains(u"pop_2022 is in units of 10,000 persons"_s), qPrintable(text.out.left(300)));
        // A field of unknown unit gets no people column unless --value-unit says what it is.
        const Run other = cli({u"analyze"_s, u"density"_s, u"--value"_s, u"area_km2"_s, u"--area"_s, u"area_km2"_s, u"--json"_s});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY(!other.out.contains(u"people_per_km2"_s));
        const Run bad = cli({u"analyze"_s, u"density"_s, u"--value"_s, u"pop_2022"_s, u"--value-unit"_s, u"-3"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"--value-unit takes a positive number"_s), qPrintable(bad.err));
        const Run g = cli({u"analyze"_s, u"gistar"_s, u"--field"_s, u"density_2022"_s, u"--isolates"_s, u"exclude"_s, u"--json"_s});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        QCOMPARE(QJsonDocument::fromJson(g.out.toUtf8()).object().value(u"units"_s).toArray().size(), 30);
    }

    void measureThatNeedsPositiveValues()
    {
        // Theil L takes logarithms: a zero value makes it undefined. It is left out, with a
        // warning naming the unit; the other measures stand.
        const Run r = cli({u"analyze"_s, u"inequality"_s, u"--data"_s, data("zeros.csv"), u"--value"_s, u"v"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Theil L"_s) && r.err.contains(u"row 1 (a)"_s), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(root.value(u"theil_l"_s).isNull());
        // {0, 2, 3}: Σi Σj |xi − xj| = 2·(2 + 3 + 1) = 12; 2 n² μ = 2 · 9 · 5/3 = 30; Gini = 0.4.
        QVERIFY(qAbs(root.value(u"gini"_s).toDouble() - 0.4) < 1e-12);
    }

    // Manual breaks and unique values from the command line, as in the style dialog.
    void mapWithManualBreaksAndUniqueValues()
    {
        const QString manual = m_dir.filePath(u"manual.png"_s), unique = m_dir.filePath(u"unique.png"_s);
        Run r = cli({u"map"_s, u"--default"_s, u"--method"_s, u"manual"_s, u"--breaks"_s, u"100,300,600"_s, u"--out"_s, manual,
                     u"--width"_s, u"800"_s, u"--height"_s, u"600"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(manual).size(), QSize(800, 600));
        r = cli({u"map"_s, u"--default"_s, u"--field"_s, u"region"_s, u"--method"_s, u"unique"_s, u"--out"_s, unique});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(unique).isNull());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString out = m_dir.filePath(u"x.png"_s);
        const QString provinces = dataset("china_provinces.gpkg");
        QTest::newRow("missing file") << QStringList{u"map"_s, u"--layer"_s, data("nope.gpkg"), u"--field"_s, u"v"_s, u"--out"_s, out} << u"nope.gpkg"_s;
        QTest::newRow("unreadable file") << QStringList{u"info"_s, data("not_a_dataset.txt")} << u"not_a_dataset.txt"_s;
        QTest::newRow("unknown field") << QStringList{u"map"_s, u"--layer"_s, provinces, u"--field"_s, u"gdp"_s, u"--out"_s, out} << u"'gdp'"_s;
        QTest::newRow("non-numeric field") << QStringList{u"map"_s, u"--layer"_s, provinces, u"--field"_s, u"name_en"_s, u"--out"_s, out} << u"'name_en' is not numeric"_s;
        QTest::newRow("join matches nothing") << QStringList{u"map"_s, u"--layer"_s, provinces, u"--join"_s, data("words.csv"), u"--key"_s, u"name_zh:label"_s, u"--field"_s, u"label"_s, u"--out"_s, out} << u"matched none"_s;
        QTest::newRow("unknown method") << QStringList{u"map"_s, u"--default"_s, u"--method"_s, u"magic"_s, u"--out"_s, out} << u"'magic'"_s;
        QTest::newRow("manual without breaks") << QStringList{u"map"_s, u"--default"_s, u"--method"_s, u"manual"_s, u"--out"_s, out} << u"--breaks"_s;
        QTest::newRow("breaks not increasing") << QStringList{u"map"_s, u"--default"_s, u"--method"_s, u"manual"_s, u"--breaks"_s, u"300,100"_s, u"--out"_s, out} << u"breaks must increase"_s;
        QTest::newRow("unknown ramp") << QStringList{u"map"_s, u"--default"_s, u"--ramp"_s, u"Rainbow"_s, u"--out"_s, out} << u"'Rainbow'"_s;
        QTest::newRow("bad format") << QStringList{u"map"_s, u"--default"_s, u"--out"_s, m_dir.filePath(u"x.gif"_s)} << u"x.gif"_s;
        QTest::newRow("no output") << QStringList{u"map"_s, u"--default"_s} << u"--out"_s;
        QTest::newRow("unknown command") << QStringList{u"paint"_s} << u"'paint'"_s;
        QTest::newRow("isolates need a choice") << QStringList{u"analyze"_s, u"moran"_s, u"--field"_s, u"density_2022"_s} << u"Hainan"_s;
        QTest::newRow("unknown weights") << QStringList{u"analyze"_s, u"moran"_s, u"--field"_s, u"density_2022"_s, u"--weights"_s, u"hexagons"_s} << u"'hexagons'"_s;
        QTest::newRow("missing weights file") << QStringList{u"analyze"_s, u"lisa"_s, u"--field"_s, u"density_2022"_s, u"--weights"_s, data("none.gal")} << u"none.gal"_s;
        QTest::newRow("inequality of text") << QStringList{u"analyze"_s, u"inequality"_s, u"--value"_s, u"name_en"_s} << u"'name_en' is not numeric"_s;
        QTest::newRow("inequality unknown group") << QStringList{u"analyze"_s, u"inequality"_s, u"--value"_s, u"pop_2022"_s, u"--group"_s, u"province"_s} << u"'province'"_s;
        QTest::newRow("unknown analysis") << QStringList{u"analyze"_s, u"kriging"_s} << u"'kriging'"_s;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run r = cli(arguments);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"cityatlas-cli: "_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
