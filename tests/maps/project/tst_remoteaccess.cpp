// Nothing is read from the network unless remote sources are allowed: a loopback HTTP server
// records every request GDAL makes while CityAtlas reads local files that point at it (a
// GeoJSON coordinate system named by URL, a VRT with a /vsicurl/ source) and virtual paths.
#include "maps/data/bundleddata.h"
#include "maps/data/datasetinfo.h"
#include "maps/data/sourceformat.h"
#include "maps/data/vectorreader.h"
#include "maps/project/layerrecipe.h"
#include "maps/project/projectstore.h"
#include "maps/project/sourcepaths.h"
#include "tests/networkfixtures.h"
#include "tests/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

// The zipped prefecture GeoPackage shipped with CityAtlas.
QString bundledZip() { return BundledData::path(u"china_prefectures.gpkg.zip"_s); }

} // namespace

class TestRemoteAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    QString m_linked, m_scores, m_vrt;
    QString m_zip; // a copy of the bundled zip archive: a real local archive that is not a bundled dataset
    int m_counter = 0;
    QString newProject() { return m_dir.filePath(u"p%1.cityatlas"_s.arg(++m_counter)); }

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
        m_zip = m_dir.filePath(u"copy.zip"_s);
        QVERIFY(QFile::copy(bundledZip(), m_zip));
    }

    void init() { m_server.clear(); }

    // The server does see GDAL's requests: allowed, both files reach it. Without this, the
    // tests below that expect no request would prove nothing.
    void allowedReadsReachTheServer()
    {
        VectorReader::read(m_linked, {}, nullptr, {}, SourceAccess::RemoteAllowed);
        QVERIFY2(m_server.requests().contains(u"GET /linked.geojson-crs HTTP/1.1"_s), qPrintable(requests()));
        m_server.clear();
        VectorReader::read(m_vrt, {}, nullptr, {}, SourceAccess::RemoteAllowed);
        QVERIFY2(requests().contains(u"/remote.geojson"_s), qPrintable(requests()));
    }

    // A coordinate system named by URL ("link", "url", or a "name" that is a URL) is not fetched;
    // the file is read (GeoJSON's own default, WGS 84 longitude/latitude, stands).
    void crsUrlsAreNotFetched_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("link") << QByteArray("link");
        QTest::newRow("url") << QByteArray("url");
        QTest::newRow("name") << QByteArray("name");
    }

    void crsUrlsAreNotFetched()
    {
        QFETCH(QByteArray, kind);
        const QString file = NetworkFixtures::layer(QDir(m_dir.path()), QString::fromLatin1(kind) + u"-crs.geojson"_s,
                                                    kind.constData(), m_server);
        const LoadResult loaded = VectorReader::read(file);
        QVERIFY2(loaded.table, qPrintable(messages(loaded.issues)));
        QCOMPARE(loaded.table->rowCount(), 2);
        if (kind != "name") // GDAL 3.6 takes a "name" as an identifier and asks for nothing
            QVERIFY2(messages(loaded.issues).contains(m_server.url(QString::fromLatin1(kind) + u"-crs.geojson-crs"_s)
                                                      + u", which was not fetched"_s), qPrintable(messages(loaded.issues)));
        const DatasetInfo info = describeDataset(file);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.layers.value(0).featureCount, 2);
        QVERIFY2(m_server.requests().isEmpty(), qPrintable(requests()));
    }

    // What opening a project in the workbench does: open the store, check the sources, make
    // the layers from their recipes with their joins. The layer has a "link" CRS, the joined
    // table a "url" one: both are read, nothing is fetched.
    void projectWithCrsUrlsOpensWithoutRequests()
    {
        const QString path = newProject();
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            IssueList issues;
            const qint64 id = created.store->addLayer(m_linked, {}, u"linked"_s, false, &issues);
            QVERIFY2(id > 0, qPrintable(messages(issues)));
            QVERIFY(created.store->addJoin({0, id, u"scores.geojson"_s, u"code"_s, u"code"_s, u"code"_s, {}, {}}, &issues) > 0);
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.store);
        QCOMPARE(opened.sources.value(0).status, SourceStatus::Ok);
        IssueList issues;
        const QList<LayerRecipe> recipes = LayerRecipes::fromProject(*opened.store, opened.sources, &issues);
        QCOMPARE(recipes.size(), 1);
        QCOMPARE(recipes[0].joins.size(), 1);
        const LoadResult loaded = LayerRecipes::load(recipes[0]);
        QVERIFY2(loaded.table, qPrintable(messages(loaded.issues)));
        const int score = loaded.table->fieldIndex(u"score"_s);
        QVERIFY2(score >= 0, qPrintable(messages(loaded.issues)));
        // The table's scores by code (scores.geojson): 110000 → 2.5, 310000 → 4.0.
        QCOMPARE(loaded.table->value(0, score).toDouble(), 2.5);
        QCOMPARE(loaded.table->value(1, score).toDouble(), 4.0);
        QVERIFY2(m_server.requests().isEmpty(), qPrintable(requests()));
    }

    // A local VRT whose source is a /vsicurl/ URL is refused, saying why, without a request;
    // named by a project (as a layer or a joined table), it is not opened from it either.
    void vrtIsRefused()
    {
        const LoadResult loaded = VectorReader::read(m_vrt);
        QVERIFY(!loaded.table);
        const QString message = messages(loaded.issues);
        QVERIFY2(message.contains(u"OGR_VRT"_s) && message.contains(u"remote sources are allowed"_s), qPrintable(message));
        const DatasetInfo info = describeDataset(m_vrt);
        QVERIFY2(info.error.contains(u"OGR_VRT"_s), qPrintable(info.error));

        const QString path = newProject();
        {
            auto created = ProjectStore::create(path);
            IssueList issues;
            const qint64 linked = created.store->addLayer(m_linked, {}, u"linked"_s, false, &issues);
            QVERIFY(created.store->addLayer(m_vrt, {}, u"remote"_s, false, &issues) > 0); // recorded, not opened
            QVERIFY(created.store->addJoin({0, linked, u"remote.vrt"_s, u"code"_s, u"code"_s, u"code"_s, {}, {}}, &issues) > 0);
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        QCOMPARE(opened.sources.value(1).status, SourceStatus::Blocked);
        IssueList issues;
        const QList<LayerRecipe> recipes = LayerRecipes::fromProject(*opened.store, opened.sources, &issues);
        QCOMPARE(recipes.size(), 1); // the linked layer, without the VRT joined
        QVERIFY(recipes[0].joins.isEmpty());
        QVERIFY2(messages(issues).contains(u"OGR_VRT"_s), qPrintable(messages(issues)));
        QVERIFY(LayerRecipes::load(recipes[0]).table);
        QVERIFY2(m_server.requests().isEmpty(), qPrintable(requests()));
    }

    // GDAL virtual paths however they are spelt: remote for a project, refused by the reader.
    void virtualPathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        const QString inside = m_zip + u"/china_prefectures.gpkg"_s;
        QTest::newRow("/vsicurl/") << u"/vsicurl/"_s + m_server.url(u"x.geojson"_s);
        QTest::newRow("zip over /vsicurl/") << u"/vsizip//vsicurl/"_s + m_server.url(u"x.zip"_s) + u"/x.geojson"_s;
        QTest::newRow("/./vsizip/") << u"/./vsizip/"_s + inside;
        QTest::newRow("//vsizip/") << u"//vsizip/"_s + inside;
        QTest::newRow("/VSIZIP/") << u"/VSIZIP/"_s + inside;
        QTest::newRow("backslashes") << u"\\vsizip\\"_s + inside;
        QTest::newRow("climbing") << QString(u"../"_s).repeated(QDir::currentPath().count(u'/') + 2) + u"vsizip"_s + inside;
        QTest::newRow("URL") << m_server.url(u"x.geojson"_s);
    }

    void virtualPathsAreRefused()
    {
        QFETCH(QString, path);
        QCOMPARE(SourcePaths::classify(path), SourcePaths::Kind::Remote);
        QVERIFY(!SourceFormat::isLocalPath(path));
        const LoadResult loaded = VectorReader::read(path);
        QVERIFY(!loaded.table);
        QVERIFY2(messages(loaded.issues).contains(u"remote or virtual source"_s), qPrintable(messages(loaded.issues)));
        QVERIFY2(m_server.requests().isEmpty(), qPrintable(requests()));
    }

    // Stored in a project (where remote sources were allowed once), such a path is not read
    // from a project that does not allow them: not from inside the archive either.
    void storedVirtualPathsAreBlocked()
    {
        const QString path = newProject();
        const QStringList stored{u"/./vsizip/"_s + m_zip + u"/china_prefectures.gpkg"_s,
                                 u"//vsizip/"_s + m_zip + u"/china_prefectures.gpkg"_s};
        {
            auto refused = ProjectStore::create(path);
            IssueList issues;
            QCOMPARE(refused.store->addLayer(stored[0], {}, {}, false, &issues), 0);
            QVERIFY2(messages(issues).contains(u"remote or virtual source"_s), qPrintable(messages(issues)));
        }
        QFile::remove(path);
        {
            auto allowed = ProjectStore::create(path, {.allowRemote = true});
            IssueList issues;
            for (const QString &source : stored)
                QVERIFY(allowed.store->addLayer(source, {}, {}, false, &issues) > 0);
            QVERIFY(allowed.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        QCOMPARE(opened.sources.size(), 2);
        for (const SourceCheck &check : opened.sources) {
            QCOMPARE(check.status, SourceStatus::Blocked);
            QVERIFY(check.resolvedPath.isEmpty());
        }
        IssueList issues;
        QVERIFY(LayerRecipes::fromProject(*opened.store, opened.sources, &issues).isEmpty());
        QString why;
        QVERIFY(opened.store->openablePath(stored[1], &why).isEmpty());
        QVERIFY(!why.isEmpty());
    }

    // What stays readable: local paths, and a bundled dataset inside its local zip archive
    // (however its path is spelt, a project names it by its reference).
    void localPathsStayLocal()
    {
        auto created = ProjectStore::create(newProject());
        IssueList issues;
        const qint64 id = created.store->addLayer(u"/./vsizip/"_s + bundledZip() + u"/china_prefectures.gpkg"_s, {}, {}, false, &issues);
        QVERIFY2(id > 0, qPrintable(messages(issues)));
        QCOMPARE(created.store->content().layers[0].sourcePath, u"bundled:china_prefectures.gpkg"_s);

        QVERIFY(SourceFormat::isLocalPath(u"/data/provinces.gpkg"_s));
        QVERIFY(SourceFormat::isLocalPath(u"vsizip/a.gpkg"_s)); // a folder named so, in the current one
        QVERIFY(SourceFormat::isLocalPath(u"../data/a.gpkg"_s));
        QVERIFY(SourceFormat::isLocalPath(u"C:/data/a.gpkg"_s));
        QCOMPARE(SourceFormat::localZipArchive(BundledData::prefecturesPath()), bundledZip());
        QVERIFY(SourceFormat::localZipArchive(u"/vsizip//vsicurl/http://x/a.zip/b.gpkg"_s).isEmpty());
        QVERIFY(SourceFormat::localZipArchive(u"/vsizip/{/data/a.zip}/b.gpkg"_s).isEmpty());
        QVERIFY(SourceFormat::localOnlyRefusal(BundledData::prefecturesPath()).isEmpty());
        const DatasetInfo info = describeDataset(BundledData::prefecturesPath());
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.driver, u"GPKG"_s);
    }
};

QTEST_GUILESS_MAIN(TestRemoteAccess)
#include "tst_remoteaccess.moc"
