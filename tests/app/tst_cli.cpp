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
