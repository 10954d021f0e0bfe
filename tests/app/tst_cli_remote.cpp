// cityatlas-cli reads nothing from the network unless --allow-remote is given: a loopback HTTP
// server records every request while the commands read local files that point at it (GeoJSON
// with a coordinate system named by URL, a VRT with a /vsicurl/ source) and virtual paths.
#include "tests/app/clirunner.h"
#include "tests/networkfixtures.h"
#include "maps/project/projectstore.h"
#include "maps/report/reportdefinition.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CliTest;
using namespace Qt::StringLiterals;

class TestCliRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    QString m_linked, m_scores, m_vrt, m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString requests() const { return m_server.requests().join(u"; "_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.isListening());
        const QDir dir(m_dir.path());
        const NetworkFixtures::RemoteFiles files(dir, m_server);
        QVERIFY(files.isComplete());
        std::tie(m_linked, m_scores, m_vrt) = std::tie(files.linked, files.scores, files.vrt);

        // A project naming the linked layer, the table joined onto it, and a report mapping
        // the joined scores: regenerating the report reads both files.
        m_project = path(u"linked.cityatlas"_s);
        auto created = ProjectStore::create(m_project);
        QVERIFY(created.store);
        IssueList issues;
        const qint64 id = created.store->addLayer(m_linked, {}, u"linked"_s, false, &issues);
        QVERIFY(id > 0);
        QVERIFY(created.store->addJoin({0, id, u"scores.geojson"_s, u"code"_s, u"code"_s, u"code"_s, {}, {}}, &issues) > 0);
        ReportDefinition report;
        report.name = u"scores"_s;
        report.title = u"Scores"_s;
        ReportItem map;
        map.kind = ReportItem::Kind::Map;
        map.title = u"Scores"_s;
        map.layer = u"linked"_s;
        map.field = u"score"_s;
        map.method = u"equal"_s;
        map.classes = 2;
        ReportPage page;
        page.items = {map};
        report.pages = {page};
        created.store->setReport(report.name, QString::fromUtf8(report.toJsonText()));
        QVERIFY(created.store->save().isEmpty());
    }

    void init() { m_server.clear(); }

    // The server does see the CLI's requests: with --allow-remote, the VRT's source is fetched.
    // Without this, the tests below that expect no request would prove nothing.
    void allowedRemoteReachesTheServer()
    {
        runCli({u"info"_s, u"--allow-remote"_s, m_vrt});
        QVERIFY2(requests().contains(u"/remote.geojson"_s), qPrintable(requests()));
    }

    // Local GeoJSON whose coordinate systems are named by URL: every command reads them, and
    // nothing is fetched.
    void crsUrlsAreNotFetched_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("report") << QStringList{u"report"_s, m_project, u"--out"_s, path(u"scores.html"_s)};
        QTest::newRow("project info") << QStringList{u"project"_s, u"info"_s, m_project};
        QTest::newRow("project new") << QStringList{u"project"_s, u"new"_s, path(u"new.cityatlas"_s), u"--layer"_s, m_linked};
        QTest::newRow("info") << QStringList{u"info"_s, m_scores};
        QTest::newRow("map") << QStringList{u"map"_s, u"--layer"_s, m_linked, u"--join"_s, m_scores, u"--key"_s, u"code"_s,
                                            u"--field"_s, u"score"_s, u"--method"_s, u"equal"_s, u"--classes"_s, u"2"_s,
                                            u"--out"_s, path(u"scores.png"_s)};
    }

    void crsUrlsAreNotFetched()
    {
        QFETCH(QStringList, arguments);
        const Run r = runCli(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(m_server.requests().isEmpty(), qPrintable(requests()));
    }

    // A VRT (or a virtual path) given to any command that reads a layer or a table is refused
    // without --allow-remote, saying why, and nothing is fetched.
    void remoteSourcesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString vsicurl = u"/vsicurl/"_s + m_server.url(u"direct.geojson"_s);
        const QString vrt = u"OGR_VRT"_s;
        QTest::newRow("info") << QStringList{u"info"_s, m_vrt} << vrt;
        QTest::newRow("map --layer") << QStringList{u"map"_s, u"--layer"_s, m_vrt, u"--field"_s, u"score"_s, u"--out"_s, path(u"x.png"_s)}
                                     << vrt;
        QTest::newRow("map --join") << QStringList{u"map"_s, u"--layer"_s, m_linked, u"--join"_s, m_vrt, u"--key"_s, u"code"_s,
                                                   u"--field"_s, u"score"_s, u"--out"_s, path(u"x.png"_s)} << vrt;
        QTest::newRow("map /vsicurl/") << QStringList{u"map"_s, u"--layer"_s, vsicurl, u"--field"_s, u"score"_s, u"--out"_s, path(u"x.png"_s)}
                                       << u"remote or virtual source"_s;
        QTest::newRow("analyze") << QStringList{u"analyze"_s, u"moran"_s, u"--data"_s, m_vrt, u"--field"_s, u"score"_s} << vrt;
        QTest::newRow("evaluate --indicators") << QStringList{u"evaluate"_s, u"--indicators"_s, m_vrt} << vrt;
        QTest::newRow("evaluate --layer") << QStringList{u"evaluate"_s, u"--system"_s, u"sample"_s, u"--layer"_s, m_vrt} << vrt;
        QTest::newRow("figure --data") << QStringList{u"figure"_s, u"fig4"_s, u"--data"_s, m_vrt, u"--out"_s, path(u"x.svg"_s)}
                                       << vrt;
        QTest::newRow("project new") << QStringList{u"project"_s, u"new"_s, path(u"vrt.cityatlas"_s), u"--layer"_s, m_vrt} << vrt;
        QTest::newRow("project new /vsicurl/") << QStringList{u"project"_s, u"new"_s, path(u"curl.cityatlas"_s), u"--layer"_s, vsicurl}
                                               << u"--allow-remote"_s;
        QTest::newRow("project relocate") << QStringList{u"project"_s, u"relocate"_s, m_project, u"linked"_s, m_vrt} << vrt;
    }

    void remoteSourcesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = runCli(arguments);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(m_server.requests().isEmpty(), qPrintable(requests()));
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "tst_cli_remote.moc"
