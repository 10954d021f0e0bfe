// cityatlas-cli with PostGIS layers, against a throwaway server (tests/postgisfixture.h):
// --points "PG:...":table refused without --allow-remote; counted in the database with the
// JSON of the local path (--local); bad connections named without their password; a project
// holding a PostGIS layer records no password and reopens.
#include "tests/postgisfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CITYATLAS_CLI), args);
    Run run;
    if (!p.waitForFinished(600000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class TestPostgisCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedWithoutAllowRemote();
    void countedInDatabaseAsLocally();
    void badConnectionNamedWithoutPassword();
    void projectWithoutPassword();

private:
    QString spec(const QString &table) const { return m_server.connection() + u':' + table; }
    PostgisFixture::Server m_server;
};

void TestPostgisCli::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QProcess ogr2ogr;
    ogr2ogr.setProcessChannelMode(QProcess::MergedChannels);
    ogr2ogr.start(u"ogr2ogr"_s, {u"-f"_s, u"PostgreSQL"_s, m_server.connection(),
                                 QStringLiteral(CITYATLAS_DATASETS_DIR) + u"/china_provinces.gpkg"_s, u"-nln"_s, u"provinces"_s,
                                 u"-lco"_s, u"GEOMETRY_NAME=geom"_s, u"-nlt"_s, u"MULTIPOLYGON"_s});
    QVERIFY(ogr2ogr.waitForFinished(300000));
    QVERIFY2(ogr2ogr.exitCode() == 0, ogr2ogr.readAll().constData());
    // 20,000 points over China (a low-discrepancy sequence) and every 3rd vertex of the provinces.
    QString output;
    QVERIFY2(m_server.psql(u"cityatlas"_s, uR"(
        CREATE TABLE firms (id bigserial PRIMARY KEY, staff integer, geom geometry(Point, 4326));
        INSERT INTO firms (staff, geom)
          SELECT i % 50, ST_SetSRID(ST_MakePoint(73 + 63 * ((i * 0.6180339887498949) % 1), 17 + 38 * ((i * 0.7548776662466927) % 1)), 4326)
          FROM generate_series(1, 20000) AS i;
        INSERT INTO firms (staff, geom)
          SELECT 1, d.geom FROM provinces, ST_DumpPoints(provinces.geom) AS d WHERE d.path[3] % 3 = 0;
        CREATE INDEX ON firms USING gist (geom);
        ANALYZE firms;)"_s, &output), qPrintable(output));
}

void TestPostgisCli::refusedWithoutAllowRemote()
{
    const Run run = cli({u"aggregate"_s, u"points"_s, u"--points"_s, spec(u"firms"_s)});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("--allow-remote"), run.err.constData());
}

void TestPostgisCli::countedInDatabaseAsLocally()
{
    const QStringList args{u"aggregate"_s, u"points"_s, u"--points"_s, spec(u"firms"_s), u"--to"_s, spec(u"provinces"_s),
                           u"--weight"_s, u"staff"_s, u"--allow-remote"_s, u"--json"_s};
    const Run database = cli(args);
    QVERIFY2(database.exitCode == 0, database.err.constData());
    QVERIFY2(database.err.contains("counted in the database"), database.err.constData());
    const Run local = cli(args + QStringList{u"--local"_s});
    QVERIFY2(local.exitCode == 0, local.err.constData());
    QVERIFY(!local.err.contains("counted in the database"));
    const QJsonObject a = QJsonDocument::fromJson(database.out).object(), b = QJsonDocument::fromJson(local.out).object();
    QCOMPARE(a.value(u"units"_s).toArray().size(), 34);
    QCOMPARE(a, b); // every count, sum (integers) and total alike
    QVERIFY(a.value(u"n_points"_s).toInteger() > 20000);
}

void TestPostgisCli::badConnectionNamedWithoutPassword()
{
    const QString connection = u"PG:host=%1 port=%2 dbname=nosuchdb user=cityatlas"_s.arg(m_server.socketDir()).arg(m_server.port());
    const Run run = cli({u"aggregate"_s, u"points"_s, u"--points"_s, connection + u" password=hunter2:firms"_s, u"--allow-remote"_s});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(connection.toUtf8() + ": cannot connect to the PostgreSQL database")
                 && run.err.contains("does not exist") && !run.err.contains("hunter2"), run.err.constData());
}

void TestPostgisCli::projectWithoutPassword()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"firms.cityatlas"_s);
    const QString withPassword = m_server.connection() + u" password=hunter2:firms"_s;
    Run run = cli({u"project"_s, u"new"_s, project, u"--layer"_s, withPassword});
    QVERIFY(run.exitCode != 0); // a remote source needs --allow-remote
    run = cli({u"project"_s, u"new"_s, project, u"--layer"_s, withPassword, u"--allow-remote"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(bytes.contains(m_server.connection().toUtf8()));
    run = cli({u"project"_s, u"info"_s, project, u"--allow-remote"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray layers = QJsonDocument::fromJson(run.out).object().value(u"layers"_s).toArray();
    QCOMPARE(layers.size(), 1);
    QCOMPARE(layers.first().toObject().value(u"source"_s).toString(), m_server.connection());
    QCOMPARE(layers.first().toObject().value(u"layer"_s).toString(), u"firms"_s);
    QVERIFY(!run.out.contains("hunter2"));
}

QTEST_GUILESS_MAIN(TestPostgisCli)
#include "tst_postgis_cli.moc"
