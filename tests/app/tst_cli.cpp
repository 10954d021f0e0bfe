// cityatlas-cli as a user runs it: exit codes, one clear line on stderr, real output files.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // must run without any display
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"CITYATLAS_DATASETS"_s, QStringLiteral(CITYATLAS_DATASETS_DIR));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CITYATLAS_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const char *name) { return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }
QString dataset(const char *name) { return QStringLiteral(CITYATLAS_DATASETS_DIR "/") + QString::fromUtf8(name); }

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
        const Run r = cli({u"inequality"_s, u"--field"_s, u"pop_2022"_s, u"--json"_s,
                           u"--lorenz"_s, m_dir.filePath(u"lorenz.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"units"_s).toInt(), 31);
        // tests/analysis/reference/inequality_reference.py: Gini of the 2022 resident population
        // over the 31 provinces, unweighted, n² definition (as R ineq::Gini(corr = FALSE)).
        QVERIFY(qAbs(root.value(u"gini"_s).toDouble() / 0.3653491525035896 - 1) < 1e-9);
        const QJsonObject theil = root.value(u"theilTDecomposition"_s).toObject();
        QVERIFY(qAbs(theil.value(u"within"_s).toDouble() + theil.value(u"between"_s).toDouble()
                     - root.value(u"theilT"_s).toDouble()) < 1e-12);
        QCOMPARE(theil.value(u"groups"_s).toArray().size(), 4); // the four NBS regions
        QVERIFY(r.err.contains(u"Taiwan"_s)); // units without statistics are named, not dropped silently
        QFile lorenz(m_dir.filePath(u"lorenz.csv"_s));
        QVERIFY(lorenz.open(QIODevice::ReadOnly));
        QCOMPARE(lorenz.readAll().count('\n'), 33); // header, (0,0), 31 units
    }

    void moranMatchesTheReference()
    {
        const QString gal = m_dir.filePath(u"queen.gal"_s);
        const QString map = m_dir.filePath(u"lisa.png"_s);
        const Run r = cli({u"moran"_s, u"--field"_s, u"density_2022"_s, u"--isolates"_s, u"exclude"_s,
                           u"--save-weights"_s, gal, u"--map"_s, map, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"units"_s).toInt(), 30); // 31 provinces less Hainan, an island
        // tests/app/reference/moran_provinces.py on the written queen.gal and the statistics
        // table: spdep moran.test formulas, row-standardised, randomisation.
        QVERIFY(qAbs(root.value(u"I"_s).toDouble() / 0.23742569489149354 - 1) < 1e-9);
        QVERIFY(qAbs(root.value(u"expectedI"_s).toDouble() + 1.0 / 29.0) < 1e-12);
        const QJsonObject rand = root.value(u"randomisation"_s).toObject();
        QVERIFY(qAbs(rand.value(u"variance"_s).toDouble() / 0.005578726534938352 - 1) < 1e-9);
        QVERIFY(qAbs(rand.value(u"z"_s).toDouble() / 3.6404508606064816 - 1) < 1e-9);
        const double pseudoP = root.value(u"permutation"_s).toObject().value(u"pseudoP"_s).toDouble();
        QVERIFY(pseudoP > 0 && pseudoP < 0.05);
        QCOMPARE(root.value(u"lisa"_s).toArray().size(), 30);
        QVERIFY(QFile::exists(gal));
        QCOMPARE(QImage(map).size(), QSize(1600, 1200));
        // The same seed gives the same pseudo p.
        const Run again = cli({u"moran"_s, u"--field"_s, u"density_2022"_s, u"--isolates"_s, u"exclude"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"permutation"_s).toObject()
                     .value(u"pseudoP"_s).toDouble(), pseudoP);
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
        QTest::newRow("unknown ramp") << QStringList{u"map"_s, u"--default"_s, u"--ramp"_s, u"Rainbow"_s, u"--out"_s, out} << u"'Rainbow'"_s;
        QTest::newRow("bad format") << QStringList{u"map"_s, u"--default"_s, u"--out"_s, m_dir.filePath(u"x.gif"_s)} << u"x.gif"_s;
        QTest::newRow("no output") << QStringList{u"map"_s, u"--default"_s} << u"--out"_s;
        QTest::newRow("unknown command") << QStringList{u"paint"_s} << u"'paint'"_s;
        QTest::newRow("isolates need a choice") << QStringList{u"moran"_s, u"--field"_s, u"density_2022"_s} << u"Hainan"_s;
        QTest::newRow("unknown weights") << QStringList{u"moran"_s, u"--field"_s, u"density_2022"_s, u"--weights"_s, u"hexagons"_s} << u"'hexagons'"_s;
        QTest::newRow("inequality of text") << QStringList{u"inequality"_s, u"--field"_s, u"name_en"_s} << u"'name_en' is not numeric"_s;
        QTest::newRow("inequality unknown group") << QStringList{u"inequality"_s, u"--field"_s, u"pop_2022"_s, u"--group"_s, u"province"_s} << u"'province'"_s;
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
