// Points in a real PostGIS database (a throwaway server, tests/postgisfixture.h): counting in
// the database gives the counts, sums and problems of the local path, also for points exactly on
// shared boundaries and vertices; connections refused without remote access, bad ones named
// with what failed and without their password; a project holding a PostGIS layer reopens and
// holds no password.
#include "maps/data/bundleddata.h"
#include "maps/data/pointaggregation.h"
#include "maps/data/postgissource.h"
#include "maps/data/vectorreader.h"
#include "maps/project/projectstore.h"
#include "tests/postgisfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

// Cancels once the server runs the counting statement (asking it at most every 100 ms).
class CancelWhenRunning : public Feedback
{
public:
    explicit CancelWhenRunning(const PostgisFixture::Server &server) : m_server(server) { m_timer.start(); }
    bool isCanceled() const override
    {
        if (!m_cancel && m_timer.elapsed() >= 100) {
            m_timer.restart();
            m_cancel = m_server.value(u"SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'WITH units%'"_s) != u"0"_s;
        }
        return m_cancel;
    }
    void setProgress(double) override {}

private:
    const PostgisFixture::Server &m_server;
    mutable QElapsedTimer m_timer;
    mutable bool m_cancel = false;
};

} // namespace

class TestPostgisAggregate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectionStrings();
    void refusedWithoutRemoteAccess();
    void badConnections();
    void pushdownMatchesLocal_data();
    void pushdownMatchesLocal();
    void unitsElsewhereAreStreamed();
    void cancelStopsTheStatement();
    void projectReopensWithoutPassword();

private:
    PointAggregationRequest request(const QString &units, const QString &unitsLayer, bool inDatabase, bool upload) const;
    PostgisFixture::Server m_server;
    qint64 m_rows = 0;
};

void TestPostgisAggregate::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    // The bundled provinces and prefectures as tables of the database.
    const QString datasets = QStringLiteral(CITYATLAS_DATASETS_DIR);
    for (const auto &[file, table] : {std::pair{datasets + u"/china_provinces.gpkg"_s, u"provinces"_s},
                                      std::pair{u"/vsizip/"_s + datasets + u"/china_prefectures.gpkg.zip"_s, u"prefectures"_s}}) {
        QProcess ogr2ogr;
        ogr2ogr.setProcessChannelMode(QProcess::MergedChannels);
        ogr2ogr.start(u"ogr2ogr"_s, {u"-f"_s, u"PostgreSQL"_s, m_server.connection(), file, u"-nln"_s, table,
                                     u"-lco"_s, u"GEOMETRY_NAME=geom"_s, u"-nlt"_s, u"MULTIPOLYGON"_s});
        QVERIFY(ogr2ogr.waitForFinished(300000));
        QVERIFY2(ogr2ogr.exitCode() == 0, ogr2ogr.readAll().constData());
    }
    // 300,000 points spread over China by a low-discrepancy sequence (deterministic), plus every
    // vertex of the provinces (many shared by two or three of them) and the midpoint of every
    // 5th edge, and rows the local path rejects or counts without a weight.
    QString output;
    QVERIFY2(m_server.psql(u"cityatlas"_s, uR"(
        CREATE TABLE points (id bigserial PRIMARY KEY, pop integer, gdp double precision, geom geometry(Geometry, 4326));
        INSERT INTO points (pop, gdp, geom)
          SELECT i % 1000, CASE WHEN i % 101 = 0 THEN NULL ELSE (i % 9973) / 100.0 END,
                 ST_SetSRID(ST_MakePoint(73 + 63 * ((i * 0.6180339887498949) % 1), 17 + 38 * ((i * 0.7548776662466927) % 1)), 4326)
          FROM generate_series(1, 300000) AS i;
        INSERT INTO points (pop, gdp, geom)
          SELECT 1, 0.5, (ST_DumpPoints(geom)).geom FROM provinces;
        INSERT INTO points (pop, gdp, geom)
          SELECT 2, 0.25, ST_LineInterpolatePoint(s.geom, 0.5)
          FROM provinces, ST_DumpSegments(provinces.geom) AS s WHERE s.path[3] % 5 = 0;
        INSERT INTO points (pop, gdp, geom) VALUES
          (3, 1, NULL),                                         -- no geometry
          (4, 1, 'SRID=4326;POINT(200 30)'),                    -- not a longitude
          (5, 1, 'SRID=4326;MULTIPOINT((116 40),(117 40))'),    -- two points
          (6, 1, 'SRID=4326;MULTIPOINT((116.4 39.9))'),         -- one point: counted
          (7, 1, 'SRID=4326;LINESTRING(116 40,117 40)'),        -- not a point
          (NULL, 'NaN', 'SRID=4326;POINT(121.5 31.2)');         -- counted without either weight
        CREATE INDEX ON points USING gist (geom);
        ANALYZE points;)"_s, &output), qPrintable(output));
    m_rows = m_server.value(u"SELECT count(*) FROM points"_s).toLongLong();
    QVERIFY(m_rows > 300000);
}

PointAggregationRequest TestPostgisAggregate::request(const QString &units, const QString &unitsLayer, bool inDatabase,
                                                      bool upload) const
{
    PointAggregationRequest r;
    r.points.path = m_server.connection();
    r.points.layer = u"points"_s;
    r.points.weightFields = {u"pop"_s, u"gdp"_s};
    r.points.access = SourceAccess::RemoteAllowed;
    r.unitsPath = units;
    r.unitsLayer = unitsLayer;
    r.inDatabase = inDatabase;
    r.uploadUnits = upload;
    r.listedProblems = 1000;
    return r;
}

void TestPostgisAggregate::connectionStrings()
{
    // The table after the last colon; the password taken out, and given back only to GDAL.
    const auto [connection, table] = PostgisSource::splitSpec(u"PG:host=db.example dbname=firms password='s3 cr\\'et':public.firms"_s);
    QCOMPARE(connection, u"PG:host=db.example dbname=firms"_s);
    QCOMPARE(table, u"public.firms"_s);
    QVERIFY(PostgisSource::hasRememberedPassword(connection));
    QVERIFY(PostgisSource::gdalConnectionString(connection).contains("password='s3 cr\\'et'"));
    QCOMPARE(PostgisSource::splitSpec(u"PG:service=census"_s), std::pair(u"PG:service=census"_s, QString()));
    QCOMPARE(VectorReader::splitLayerSpec(u"PG:service=census:firms"_s), std::pair(u"PG:service=census"_s, u"firms"_s));
    QCOMPARE(PostgisSource::withoutPassword(u"PG:password=x host=h"_s), u"PG:host=h"_s);
    QCOMPARE(PostgisSource::withoutPassword(u"PG:postgresql://me:secret@h/db"_s), u"PG:postgresql://me@h/db"_s);
    QVERIFY(PostgisSource::sameDatabase(u"PG:host=h  dbname=d password=x"_s, u"PG:host=h dbname=d"_s));
}

void TestPostgisAggregate::refusedWithoutRemoteAccess()
{
    PointAggregationRequest r = request({}, {}, true, true);
    r.points.access = SourceAccess::LocalOnly;
    const PointAggregation result = aggregatePoints(r);
    QVERIFY(!result.isValid());
    QVERIFY2(firstError(result.issues).contains(u"--allow-remote"_s), qPrintable(firstError(result.issues)));
}

void TestPostgisAggregate::badConnections()
{
    // No such database; no server at the port; no such table. Each names the connection and what failed.
    const QString noDatabase = u"PG:host=%1 port=%2 dbname=nosuchdb user=cityatlas"_s.arg(m_server.socketDir()).arg(m_server.port());
    LoadResult loaded = VectorReader::read(noDatabase + u" password=hunter2"_s, u"points"_s, nullptr, {}, SourceAccess::RemoteAllowed);
    QVERIFY(!loaded.table);
    QString message = firstError(loaded.issues);
    QVERIFY2(message.contains(u"cannot connect to the PostgreSQL database"_s) && message.contains(u"nosuchdb"_s)
                 && message.contains(u"does not exist"_s) && !message.contains(u"hunter2"_s), qPrintable(message));

    const QString noServer = u"PG:host=%1 port=%2 dbname=cityatlas"_s.arg(m_server.socketDir()).arg(m_server.port() + 1);
    loaded = VectorReader::read(noServer, u"points"_s, nullptr, {}, SourceAccess::RemoteAllowed);
    message = firstError(loaded.issues);
    QVERIFY2(message.startsWith(noServer + u": cannot connect"_s) && message.contains(u"No such file or directory"_s), qPrintable(message));

    loaded = VectorReader::read(m_server.connection(), u"public.nosuchtable"_s, nullptr, {}, SourceAccess::RemoteAllowed);
    message = firstError(loaded.issues);
    QVERIFY2(message.contains(u"no layer named 'public.nosuchtable'"_s) && message.contains(u"points"_s), qPrintable(message));
}

void TestPostgisAggregate::pushdownMatchesLocal_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<bool>("upload");
    QTest::newRow("provinces in the database") << m_server.connection() << u"provinces"_s << false;
    QTest::newRow("bundled provinces sent") << BundledData::provincesPath() << QString() << true;
    QTest::newRow("prefectures in the database") << m_server.connection() << u"prefectures"_s << false;
}

void TestPostgisAggregate::pushdownMatchesLocal()
{
    QFETCH(QString, units);
    QFETCH(QString, layer);
    QFETCH(bool, upload);
    const PointAggregation local = aggregatePoints(request(units, layer, false, upload));
    QVERIFY2(local.isValid(), qPrintable(firstError(local.issues)));
    QVERIFY(!local.countedInDatabase);
    const PointAggregation database = aggregatePoints(request(units, layer, true, upload));
    QVERIFY2(database.isValid(), qPrintable(firstError(database.issues)));
    QVERIFY2(database.countedInDatabase, qPrintable(database.notInDatabase));

    // Every row is accounted for: 4 rows without a usable point (no geometry, longitude 200, two
    // points, a line), the rest points; the NULL-pop row and every 101st row lack a weight.
    QCOMPARE(local.rowsRead, m_rows);
    QCOMPARE(local.invalidRows, 4);
    QCOMPARE(database.rowsRead, local.rowsRead);
    QCOMPARE(database.points, local.points);
    QCOMPARE(database.invalidRows, local.invalidRows);
    QCOMPARE(database.outside, local.outside);
    QCOMPARE(database.missingWeights, local.missingWeights);
    QCOMPARE(database.missingWeights.first(), 1);
    QCOMPARE(database.missingWeights.last(), 300000 / 101 + 1);
    QCOMPARE(database.problemCount, local.problemCount);
    QCOMPARE(database.problems.size(), local.problems.size());
    for (qsizetype i = 0; i < local.problems.size(); ++i) {
        QCOMPARE(database.problems.at(i).row, local.problems.at(i).row);
        QCOMPARE(database.problems.at(i).message, local.problems.at(i).message);
        QCOMPARE(database.problems.at(i).field, local.problems.at(i).field);
    }
    QCOMPARE(database.units.size(), local.units.size());
    qint64 counted = 0;
    for (qsizetype u = 0; u < local.units.size(); ++u) {
        const UnitTotal &l = local.units.at(u), &d = database.units.at(u);
        QCOMPARE(d.key, l.key);
        QVERIFY2(d.count == l.count, qPrintable(u"%1: %2 in the database, %3 here"_s.arg(l.key).arg(d.count).arg(l.count)));
        QCOMPARE(d.sums.first(), l.sums.first()); // integers: exact both ways
        // Decimal fractions: the database adds them exactly, the local path with compensated sums.
        QVERIFY(std::abs(d.sums.last() - l.sums.last()) <= 1e-12 * std::max(1.0, std::abs(l.sums.last())));
        counted += l.count;
    }
    QCOMPARE(counted + local.outside, local.points);
    // China covers about 40 % of the box the points fill (9.6 of 25 million km²).
    QVERIFY(counted > local.points / 4);
}

void TestPostgisAggregate::unitsElsewhereAreStreamed()
{
    // Units from a file, without leave to send them: the points within their extent are streamed,
    // and the database counts the rows outside it; the result is the local path's.
    const PointAggregation local = aggregatePoints(request(BundledData::provincesPath(), {}, false, false));
    const PointAggregation streamed = aggregatePoints(request(BundledData::provincesPath(), {}, true, false));
    QVERIFY2(streamed.isValid(), qPrintable(firstError(streamed.issues)));
    QVERIFY(!streamed.countedInDatabase);
    QVERIFY2(streamed.notInDatabase.contains(u"--upload-units"_s), qPrintable(streamed.notInDatabase));
    QCOMPARE(streamed.rowsRead, local.rowsRead);
    QCOMPARE(streamed.points, local.points);
    QCOMPARE(streamed.outside, local.outside);
    QCOMPARE(streamed.invalidRows, local.invalidRows);
    QCOMPARE(streamed.problemCount, local.problemCount);
    QCOMPARE(streamed.missingWeights, local.missingWeights);
    for (qsizetype u = 0; u < local.units.size(); ++u)
        QCOMPARE(streamed.units.at(u).count, local.units.at(u).count);
}

void TestPostgisAggregate::cancelStopsTheStatement()
{
    // Cancelled while the statement runs: the server ends it (pg_cancel_backend), no result.
    CancelWhenRunning cancel(m_server);
    const PointAggregation result = aggregatePoints(request(m_server.connection(), u"prefectures"_s, true, false), &cancel);
    QVERIFY(!result.isValid());
    QCOMPARE(firstError(result.issues), m_server.connection() + u": counting the points was cancelled"_s);
    QCOMPARE(m_server.value(u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'WITH units%' AND state = 'active'"_s), u"0"_s);
}

void TestPostgisAggregate::projectReopensWithoutPassword()
{
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(u"firms.cityatlas"_s);
    // As the command line hands it on: the password given in the connection is taken out.
    const auto [source, layer] = VectorReader::splitLayerSpec(m_server.connection() + u" password=hunter2:points"_s);
    const IssueList created = ProjectStore::createComplete(projectPath, {true}, [&](ProjectStore &store) {
        IssueList added;
        store.addLayer(source, layer, {}, false, &added);
        // And when a password reaches the store itself, it is not recorded either.
        store.addLayer(m_server.connection() + u" password=hunter2"_s, u"provinces"_s, {}, false, &added);
        return added;
    });
    QVERIFY2(!hasErrors(created), qPrintable(firstErrorOrIssue(created)));
    QFile file(projectPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(bytes.contains(m_server.connection().toUtf8()));

    // Reopened: without leave, the layers are refused; with it, they are read from the database.
    ProjectStore::OpenResult refused = ProjectStore::open(projectPath);
    QVERIFY(refused.store);
    const QList<SourceCheck> blocked = refused.store->checkSources();
    QCOMPARE(blocked.size(), 2);
    QCOMPARE(blocked.first().status, SourceStatus::Blocked);
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, {true});
    QVERIFY(opened.store);
    const QList<ProjectLayer> layers = opened.store->content().layers;
    QCOMPARE(layers.size(), 2);
    QCOMPARE(layers.first().layerName, u"points"_s);
    const LoadResult provinces = VectorReader::read(layers.last().sourcePath, layers.last().layerName, nullptr, {},
                                                    SourceAccess::RemoteAllowed);
    QVERIFY2(provinces.table, qPrintable(firstError(provinces.issues)));
    QCOMPARE(provinces.table->rowCount(), 34);
}

QTEST_GUILESS_MAIN(TestPostgisAggregate)
#include "tst_postgis_aggregate.moc"
