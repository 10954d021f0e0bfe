// The project file: round trip, migration, refusal of newer files, atomic saves under a
// killed process, the audit trail, moved or changed sources, and hostile projects.
#include "maps/project/projectstore.h"
#include "tests/sqlitesupport.h"
#include "tests/testsupport.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

qint64 queryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Issue *findIssue(const IssueList &issues, const QString &part)
{
    for (const Issue &issue : issues)
        if (issue.message.contains(part))
            return &issue;
    return nullptr;
}

ReviewRecord record(const QString &unit, ReviewStatus status, const QString &document = {}, const QString &date = {})
{
    ReviewRecord r;
    r.unitId = unit;
    r.status = status;
    r.document = document;
    r.approvedOn = date;
    return r;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(u"p%1.cityatlas"_s.arg(++m_counter)); }

private slots:
    void roundTrip()
    {
        QVERIFY(QFile::copy(data(u"grid3x3.geojson"_s), m_dir.filePath(u"grid3x3.geojson"_s)));
        const QString path = newPath();
        auto created = ProjectStore::create(path);
        QVERIFY2(created.store, qPrintable(messages(created.issues)));
        ProjectStore &store = *created.store;
        IssueList issues;
        store.setTitle(u"智慧城市顶层设计 review"_s);
        const qint64 grid = store.addLayer(m_dir.filePath(u"grid3x3.geojson"_s), {}, u"grid"_s, false, &issues);
        const qint64 words = store.addLayer(data(u"words.csv"_s), {}, {}, true, &issues);
        QVERIFY2(grid > 0 && words > 0, qPrintable(messages(issues)));
        QVERIFY(store.addJoin({0, grid, data(u"words.csv"_s), u"code"_s, u"code"_s, u"code"_s, {}, {}}, &issues) > 0);
        store.setStyle(grid, uR"({"field":"value","method":"jenks","classes":5,"ramp":"YlGnBu"})"_s);
        store.addAnalysisRun({0, u"moran"_s, uR"({"field":"value","weights":"queen"})"_s, uR"({"I":-1.0,"p":0.002})"_s, {}});
        store.addFigure({0, u"fig6"_s, uR"({"source":"records"})"_s});
        const qint64 report = store.setReport(u"区域报告"_s, uR"({"name":"区域报告","pages":[]})"_s);
        QCOMPARE(store.setReport(u"区域报告"_s, uR"({"name":"区域报告","pages":[{"size":"A3"}]})"_s), report); // replaced, same id
        QVERIFY(store.setReport(u"draft"_s, u"{}"_s) > report);
        QVERIFY(store.removeReport(u"draft"_s));
        QVERIFY(!store.removeReport(u"draft"_s));
        QVERIFY(store.setReviewRecord(record(u"440100"_s, ReviewStatus::Approved, u"广州市顶层设计"_s, u"2021-06-30"_s), u"Li Wei"_s).isEmpty());
        QVERIFY(store.setReviewRecord(record(u"NA19"_s, ReviewStatus::Preparing), u"Li Wei"_s).isEmpty());
        QVERIFY(store.isModified());
        QVERIFY2(store.save().isEmpty(), qPrintable(messages(store.save())));
        QVERIFY(!store.isModified());
        QCOMPARE(store.content().layers[0].sourcePath, u"grid3x3.geojson"_s); // inside the project's folder: relative
        QVERIFY(QDir::isAbsolutePath(store.content().layers[1].sourcePath));
        const ProjectContent saved = store.content();
        const QList<AuditEntry> audit = store.auditTrail();
        created.store.reset();

        auto reopened = ProjectStore::open(path);
        QVERIFY2(reopened.store, qPrintable(messages(reopened.issues)));
        QVERIFY2(reopened.issues.isEmpty(), qPrintable(messages(reopened.issues)));
        QCOMPARE(reopened.store->content(), saved);
        QCOMPARE(reopened.store->auditTrail(), audit);
        QCOMPARE(reopened.store->migratedFromVersion(), 0);
        QCOMPARE(reopened.store->content().reports.size(), 1);
        QVERIFY(reopened.store->report(u"区域报告"_s));
        QCOMPARE(reopened.store->report(u"区域报告"_s)->definitionJson, uR"({"name":"区域报告","pages":[{"size":"A3"}]})"_s);
        QVERIFY(!reopened.store->report(u"draft"_s));
        QString error;
        QCOMPARE(reopened.store->embeddedCopy(words, &error), bytesOf(data(u"words.csv"_s)));
        QCOMPARE(queryInt(path, "PRAGMA user_version"), ProjectStore::SchemaVersion);
        QCOMPARE(ProjectStore::integrityCheck(path), u"ok"_s);
    }

    void migratesVersion1WithBackup()
    {
        const QString path = newPath();
        QString error;
        QVERIFY2(execSql(path, bytesOf(data(u"project_v1.sql"_s)), &error), qPrintable(error));
        const QByteArray original = bytesOf(path);
        QVERIFY(QFile::copy(data(u"grid3x3.geojson"_s), m_dir.filePath(u"grid3x3.geojson"_s)) || QFile::exists(m_dir.filePath(u"grid3x3.geojson"_s)));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
        const ProjectStore &store = *opened.store;
        QCOMPARE(store.migratedFromVersion(), 1);
        QCOMPARE(store.backupPath(), path + u".bak-v1"_s);
        // A copy of the version-1 database as it was (the online backup API rewrites the header's counters).
        QCOMPARE(queryInt(store.backupPath(), "PRAGMA user_version"), 1);
        QCOMPARE(queryInt(store.backupPath(), "SELECT count(*) FROM review WHERE status = 'in preparation'"), 1);
        QCOMPARE(queryInt(store.backupPath(), "SELECT count(*) FROM properties"), 2);
        QCOMPARE(bytesOf(store.backupPath()).size(), original.size());
        QCOMPARE(queryInt(path, "PRAGMA user_version"), ProjectStore::SchemaVersion);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM reports"), 0); // schema 3's table is there
        const ProjectContent &c = store.content();
        QCOMPARE(c.title, u"Smart-city review 2022"_s);
        QCOMPARE(c.layers.size(), 2);
        QCOMPARE(c.layers[0].sourcePath, u"grid3x3.geojson"_s);
        QCOMPARE(c.styles.size(), 1);
        QCOMPARE(c.styles[0].json, uR"({"field":"value","method":"jenks","classes":5})"_s);
        QCOMPARE(c.analysisRuns.size(), 1);
        QCOMPARE(c.analysisRuns[0].kind, u"moran"_s);
        QCOMPARE(c.reviews.size(), 3);
        QCOMPARE(c.reviews[0].unitId, u"330100"_s);
        QCOMPARE(c.reviews[0].status, ReviewStatus::Preparing); // 'in preparation' in version 1
        QCOMPARE(c.reviews[1].document, u"广州市新型智慧城市顶层设计"_s);
        // Version 1 had no checksums: reported, not an error; words.csv is not next to the project.
        QVERIFY(findIssue(opened.issues, u"migrated from project schema 1"_s));
        QVERIFY(findIssue(opened.issues, u"no checksum recorded"_s));
        QVERIFY(findIssue(opened.issues, u"words.csv is missing"_s));
        QCOMPARE(ProjectStore::integrityCheck(path), u"ok"_s);
        opened.store.reset();
        auto again = ProjectStore::open(path);
        QVERIFY(again.store);
        QCOMPARE(again.store->migratedFromVersion(), 0);
    }

    void migratesVersion2WithBackup()
    {
        // A version-2 project is a version-4 one without the reports table and the layers' encoding,
        // added fields and panel choices.
        const QString path = newPath();
        QList<AuditEntry> audit;
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            created.store->setTitle(u"before reports"_s);
            created.store->addFigure({0, u"fig6"_s, u"{}"_s});
            QVERIFY(created.store->setReviewRecord(record(u"440100"_s, ReviewStatus::Approved), u"Li Wei"_s).isEmpty());
            QVERIFY(created.store->save().isEmpty());
            audit = created.store->auditTrail();
        }
        QString error;
        QVERIFY2(execSql(path, "DROP TABLE reports; ALTER TABLE layers DROP COLUMN encoding; ALTER TABLE layers DROP COLUMN fields_json; "
                                   "ALTER TABLE layers DROP COLUMN view_json; ALTER TABLE joins DROP COLUMN pivot_field; "
                                   "ALTER TABLE joins DROP COLUMN pivot_periods; PRAGMA user_version = 2;", &error), qPrintable(error));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
        QCOMPARE(opened.store->migratedFromVersion(), 2);
        QCOMPARE(opened.store->backupPath(), path + u".bak-v2"_s);
        QCOMPARE(queryInt(opened.store->backupPath(), "PRAGMA user_version"), 2);
        QCOMPARE(queryInt(opened.store->backupPath(), "SELECT count(*) FROM sqlite_master WHERE name = 'reports'"), 0);
        QCOMPARE(queryInt(path, "PRAGMA user_version"), ProjectStore::SchemaVersion);
        QVERIFY(findIssue(opened.issues, u"migrated from project schema 2 to 5"_s));
        QCOMPARE(opened.store->content().title, u"before reports"_s);
        QCOMPARE(opened.store->content().figures.size(), 1);
        QCOMPARE(opened.store->content().reviews.size(), 1);
        QCOMPARE(opened.store->auditTrail(), audit);
        QVERIFY(!findIssue(opened.issues, u"audit trail was changed"_s));
        opened.store->setReport(u"r"_s, u"{}"_s);
        QVERIFY(opened.store->save().isEmpty());
        QCOMPARE(queryInt(path, "SELECT count(*) FROM reports"), 1);
        QCOMPARE(ProjectStore::integrityCheck(path), u"ok"_s);
    }

    // A version-3 project gets the layers' added fields and panel choices, empty.
    void migratesVersion3()
    {
        const QString path = newPath();
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            IssueList issues;
            QVERIFY(created.store->addLayer(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"), {}, u"grid"_s, false, &issues) > 0);
            QVERIFY(created.store->save().isEmpty());
        }
        QString error;
        QVERIFY2(execSql(path, "ALTER TABLE layers DROP COLUMN fields_json; ALTER TABLE layers DROP COLUMN view_json; "
                               "ALTER TABLE joins DROP COLUMN pivot_field; ALTER TABLE joins DROP COLUMN pivot_periods; "
                               "PRAGMA user_version = 3;", &error), qPrintable(error));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
        QCOMPARE(opened.store->migratedFromVersion(), 3);
        QCOMPARE(opened.store->content().layers.size(), 1);
        QVERIFY(opened.store->content().layers[0].fieldsJson.isEmpty());
        opened.store->setLayerFields(opened.store->content().layers[0].id, uR"([{"name":"x","kind":"computed","expression":"1"}])"_s);
        opened.store->setCurrentLayer(opened.store->content().layers[0].id);
        QVERIFY(opened.store->save().isEmpty());
        opened.store.reset();
        const auto reopened = ProjectStore::open(path);
        QVERIFY(reopened.store->content().layers[0].fieldsJson.contains(u"expression"_s));
        QCOMPARE(reopened.store->content().currentLayerId, reopened.store->content().layers[0].id);
    }

    // A version-4 project's joins become plain joins (no pivot field), kept as they were.
    void migratesVersion4()
    {
        const QString path = newPath();
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            IssueList issues;
            const qint64 layer = created.store->addLayer(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"), {}, u"grid"_s, false, &issues);
            QVERIFY(layer > 0);
            ProjectJoin join;
            join.layerId = layer;
            join.tablePath = u"scores.csv"_s;
            join.layerKey = join.tableKey = u"id"_s;
            QVERIFY(created.store->addJoin(join, &issues) > 0);
            QVERIFY(created.store->save().isEmpty());
        }
        QString error;
        QVERIFY2(execSql(path, "ALTER TABLE joins DROP COLUMN pivot_field; ALTER TABLE joins DROP COLUMN pivot_periods; "
                               "PRAGMA user_version = 4;", &error), qPrintable(error));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
        QCOMPARE(opened.store->migratedFromVersion(), 4);
        QCOMPARE(opened.store->content().joins.size(), 1);
        QCOMPARE(opened.store->content().joins[0].tablePath, u"scores.csv"_s);
        QVERIFY(opened.store->content().joins[0].pivotField.isEmpty());
        QVERIFY(opened.store->content().joins[0].pivotPeriods.isEmpty());
    }

    void refusesNewerSchema()
    {
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        QVERIFY(execSql(path, "PRAGMA user_version = 6; INSERT INTO meta VALUES ('future', 'x');"));
        const QByteArray before = bytesOf(path);
        const auto opened = ProjectStore::open(path);
        QVERIFY(!opened.store);
        QCOMPARE(opened.issues.size(), 1);
        QVERIFY2(opened.issues[0].message.contains(u"newer CityAtlas"_s) && opened.issues[0].message.contains(u"schema 6"_s),
                 qPrintable(opened.issues[0].message));
        QCOMPARE(bytesOf(path), before);
        QVERIFY(!QFile::exists(path + u".bak-v5"_s));
    }

    void refusesOtherFiles()
    {
        const auto text = ProjectStore::open(data(u"not_a_dataset.txt"_s));
        QVERIFY(!text.store);
        QVERIFY2(text.issues[0].message.contains(u"not a CityAtlas project"_s), qPrintable(text.issues[0].message));
        const QString plain = m_dir.filePath(u"plain.sqlite"_s);
        QVERIFY(execSql(plain, "CREATE TABLE t (x);"));
        const auto other = ProjectStore::open(plain);
        QVERIFY(!other.store);
        QVERIFY(other.issues[0].message.contains(u"application id"_s));
        const QString exists = newPath();
        QVERIFY(ProjectStore::create(exists).store);
        const auto twice = ProjectStore::create(exists);
        QVERIFY(!twice.store);
        QVERIFY(twice.issues[0].message.contains(u"already exists"_s));
    }

    void interruptedSaveKeepsAWholeState()
    {
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        int walSeenAtKill = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess saver;
            saver.start(QStringLiteral(CITYATLAS_PROJECT_SAVER), {path, u"1000"_s});
            QVERIFY(saver.waitForStarted());
            const QByteArray killAt = "saving " + QByteArray::number(2 + round % 3);
            int lastSaved = 0;
            QByteArray seen;
            while (!seen.contains(killAt) && saver.waitForReadyRead(60000))
                seen += saver.readAllStandardOutput();
            QVERIFY2(seen.contains(killAt), seen.constData());
            if (round % 2 == 1)
                QThread::msleep(5 * round);
            saver.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
            QVERIFY(saver.waitForFinished());
            seen += saver.readAllStandardOutput();
            if (QFileInfo(path + u"-wal"_s).size() > 0)
                ++walSeenAtKill;
            for (const QByteArray &line : seen.split('\n'))
                if (line.startsWith("saved "))
                    lastSaved = std::max(lastSaved, line.mid(6).toInt());

            QCOMPARE(ProjectStore::integrityCheck(path), u"ok"_s);
            auto opened = ProjectStore::open(path);
            QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
            const ProjectContent &c = opened.store->content();
            const int generation = c.title.section(u' ', 1).toInt();
            // The previous state or the new one, never a mix: every table holds the same generation.
            QVERIFY2(generation >= lastSaved && generation <= lastSaved + 1,
                     qPrintable(u"generation %1 after saved %2"_s.arg(generation).arg(lastSaved)));
            QCOMPARE(c.analysisRuns.size(), 1);
            QCOMPARE(c.analysisRuns[0].parametersJson, u"{\"generation\":%1}"_s.arg(generation));
            QCOMPARE(c.analysisRuns[0].resultsJson.size(), 4 * 1024 * 1024 + 28 + QString::number(generation).size());
            QCOMPARE(c.reviews.size(), 1);
            QCOMPARE(c.reviews[0].notes, u"generation %1"_s.arg(generation));
            QCOMPARE(opened.store->auditTrail().size(), generation + 1); // status + notes, then notes
        }
        qInfo("write-ahead log non-empty at %d of 6 kills", walSeenAtKill);
    }

    void auditTrailRecordsEveryEdit()
    {
        const QString path = newPath();
        auto created = ProjectStore::create(path);
        ProjectStore &store = *created.store;
        QVERIFY(store.setReviewRecord(record(u"330100"_s, ReviewStatus::Preparing), u"Li Wei"_s).isEmpty());
        QCOMPARE(store.auditTrail().size(), 1); // a new record: its status (empty fields are not changes)
        ReviewRecord r = record(u"330100"_s, ReviewStatus::Approved, u"杭州市城市大脑顶层设计"_s, u"2020-09-01"_s);
        r.department = u"杭州市数据资源管理局"_s;
        QVERIFY(store.setReviewRecord(r, u"Wang Fang"_s).isEmpty());
        QVERIFY(store.setReviewRecord(r, u"Wang Fang"_s).isEmpty()); // no change, no entry
        const QList<AuditEntry> trail = store.auditTrail();
        QCOMPARE(trail.size(), 5);
        QCOMPARE(trail[1].field, u"status"_s);
        QCOMPARE(trail[1].oldValue, u"preparing"_s);
        QCOMPARE(trail[1].newValue, u"approved"_s);
        QCOMPARE(trail[1].who, u"Wang Fang"_s);
        QCOMPARE(trail[3].field, u"approved_on"_s);
        QVERIFY(trail[0].oldValue.isNull());
        QVERIFY(QDateTime::fromString(trail[1].at, Qt::ISODate).isValid());
        // Refused edits leave no trace.
        QVERIFY(!store.setReviewRecord(r, u"  "_s).isEmpty());
        r.approvedOn = u"2020-02-30"_s;
        QVERIFY(!store.setReviewRecord(r, u"Wang Fang"_s).isEmpty());
        QCOMPARE(store.auditTrail().size(), 5);
        QVERIFY(store.save().isEmpty());
        created.store.reset();

        auto reopened = ProjectStore::open(path);
        QCOMPARE(reopened.store->auditTrail().size(), 5);
        QCOMPARE(reopened.store->auditTrail().last().id, 5);
        QVERIFY(reopened.issues.isEmpty());
        reopened.store.reset();
        // Edited outside CityAtlas: noticed on the next open.
        QVERIFY(execSql(path, "UPDATE audit_trail SET new_value = 'none' WHERE id = 2;"));
        auto tampered = ProjectStore::open(path);
        QVERIFY(tampered.store);
        QVERIFY2(findIssue(tampered.issues, u"audit trail was changed outside CityAtlas (entry 2"_s), qPrintable(messages(tampered.issues)));
    }

    void concurrentSaveIsRefused()
    {
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        auto first = ProjectStore::open(path);
        auto second = ProjectStore::open(path);
        QVERIFY(first.store->setReviewRecord(record(u"110000"_s, ReviewStatus::Approved), u"Li Wei"_s).isEmpty());
        QVERIFY(second.store->setReviewRecord(record(u"120000"_s, ReviewStatus::Preparing), u"Wang Fang"_s).isEmpty());
        QVERIFY(first.store->save().isEmpty());
        const IssueList refused = second.store->save();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused[0].message.contains(u"saved by another program"_s), qPrintable(refused[0].message));
        QVERIFY(second.store->isModified()); // kept, not lost
        first.store.reset();
        second.store.reset();
        auto reopened = ProjectStore::open(path);
        QVERIFY2(reopened.issues.isEmpty(), qPrintable(messages(reopened.issues)));
        QCOMPARE(reopened.store->content().reviews.size(), 1);
        QCOMPARE(reopened.store->auditTrail().size(), 1);
    }

    void sourceMovedOrChanged()
    {
        const QString path = newPath();
        const QString file = m_dir.filePath(u"moving.csv"_s);
        QVERIFY(QFile::copy(data(u"words.csv"_s), file));
        auto created = ProjectStore::create(path);
        IssueList issues;
        const qint64 id = created.store->addLayer(file, {}, {}, true, &issues);
        const IssueList saveIssues = created.store->save();
        QVERIFY2(saveIssues.isEmpty(), qPrintable(messages(saveIssues)));
        created.store.reset();
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("extra,row\n");
        }
        auto changed = ProjectStore::open(path);
        QCOMPARE(changed.store->checkSources().value(0).status, SourceStatus::Changed);
        QVERIFY(findIssue(changed.issues, u"has changed since it was added"_s));
        changed.store.reset();

        const QString moved = m_dir.filePath(u"moved.csv"_s);
        QVERIFY(QFile::rename(file, moved));
        auto missing = ProjectStore::open(path);
        QCOMPARE(missing.store->checkSources().value(0).status, SourceStatus::Missing);
        QVERIFY(findIssue(missing.issues, u"embedded copy"_s));
        // Relocating to the changed file: recorded, with a warning that it differs.
        const IssueList relocated = missing.store->relocate(id, moved);
        QCOMPARE(relocated.size(), 1);
        QVERIFY(relocated[0].message.contains(u"differs from the file recorded"_s));
        QCOMPARE(missing.store->checkSources().value(0).status, SourceStatus::Ok);
        // The embedded copy brings the original back.
        const QString restored = m_dir.filePath(u"restored.csv"_s);
        QVERIFY(!missing.store->extractEmbeddedCopy(id, restored).isEmpty()); // it differs from moved.csv: a warning
        QCOMPARE(bytesOf(restored), bytesOf(data(u"words.csv"_s)));
        QCOMPARE(missing.store->content().layers[0].sourcePath, u"restored.csv"_s);
        QVERIFY(missing.store->save().isEmpty());
        missing.store.reset();
        QVERIFY(ProjectStore::open(path).issues.isEmpty());
    }

    void hostileProject()
    {
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        // Written by someone else, with anything SQLite allows.
        QString error;
        QVERIFY2(execSql(path, R"sql(
            INSERT INTO layers (id, position, name, source_path) VALUES
              (1, 0, 'x''); DROP TABLE layers; --', '../../../../../../etc/passwd'),
              (2, 1, 'remote', '/vsicurl/http://example.invalid/data.gpkg'),
              (3, 2, 'url', 'https://example.invalid/x.geojson'),
              (4, 3, 'postgres', 'PG:host=example.invalid dbname=x'),
              (5, 4, 'device', '/dev/zero'),
              (6, 5, 'xml', '<GDAL_WMS><Service name="WMS"/></GDAL_WMS>');
            INSERT INTO review_records (unit_id, status, notes) VALUES ('''; DELETE FROM audit_trail; --', 'approved', 'x');
            CREATE TABLE stolen (x);
            CREATE TRIGGER wipe AFTER INSERT ON audit_trail BEGIN DELETE FROM review_records; INSERT INTO stolen VALUES (1); END;
            CREATE VIEW innocent AS SELECT * FROM layers;
        )sql", &error), qPrintable(error));

        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
        ProjectStore &store = *opened.store;
        const QList<SourceCheck> checks = store.checkSources();
        QCOMPARE(checks.size(), 6);
        QVERIFY(checks[0].outsideProjectFolder);
        QCOMPARE(checks[0].resolvedPath, u"/etc/passwd"_s); // named, so it may be read for its checksum
        QCOMPARE(checks[1].status, SourceStatus::Blocked);
        QCOMPARE(checks[2].status, SourceStatus::Blocked);
        QCOMPARE(checks[3].status, SourceStatus::Blocked);
        QCOMPARE(checks[4].status, SourceStatus::NotAFile); // never opened: reading it would not end
        QCOMPARE(checks[5].status, SourceStatus::Blocked);
        QVERIFY(checks[1].resolvedPath.isEmpty());
        QCOMPARE(store.content().layers[0].name, u"x'); DROP TABLE layers; --"_s); // text, nothing else

        // Saving with the trigger in the file: triggers are disabled, so nothing else happens.
        QVERIFY(store.setReviewRecord(record(u"110000"_s, ReviewStatus::Approved), u"Li Wei"_s).isEmpty());
        QVERIFY2(store.save().isEmpty(), "save failed");
        QCOMPARE(queryInt(path, "SELECT count(*) FROM review_records"), 2);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM stolen"), 0);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM layers"), 6);
        QCOMPARE(store.content().reviews[0].unitId, u"'; DELETE FROM audit_trail; --"_s);

        // New remote sources are refused unless allowed; allowed ones are not touched.
        IssueList issues;
        QCOMPARE(store.addLayer(u"/vsicurl/http://example.invalid/a.gpkg"_s, {}, {}, false, &issues), 0);
        QVERIFY(issues.value(0).message.contains(u"remote or virtual source"_s));
        QVERIFY(!store.relocate(2, u"ftp://example.invalid/a.gpkg"_s).isEmpty());
        opened.store.reset();
        auto allowed = ProjectStore::open(path, {.allowRemote = true});
        QCOMPARE(allowed.store->checkSources()[1].status, SourceStatus::Remote);
        QCOMPARE(allowed.store->checkSources()[4].status, SourceStatus::NotAFile);
    }

    // A linked layer can be embedded later (the project then travels alone), and un-embedded.
    void embedLater()
    {
        const QString path = newPath();
        const QString source = m_dir.filePath(u"later.csv"_s);
        QVERIFY(QFile::copy(data(u"words.csv"_s), source));
        qint64 id = 0;
        {
            auto created = ProjectStore::create(path);
            IssueList issues;
            id = created.store->addLayer(source, {}, u"words"_s, false, &issues);
            QVERIFY(id > 0);
            QVERIFY(created.store->setEmbedded(id, true).isEmpty());
            QVERIFY(!created.store->setEmbedded(id + 1, true).isEmpty()); // no such layer
            QVERIFY(created.store->save().isEmpty());
        }
        QFile::remove(source);
        {
            auto opened = ProjectStore::open(path);
            QVERIFY(opened.store->content().layers[0].hasEmbeddedCopy);
            QString error;
            QCOMPARE(opened.store->embeddedCopy(id, &error), bytesOf(data(u"words.csv"_s)));
            // Without the file, nothing can be embedded again; the copy can be dropped.
            QVERIFY(messages(opened.store->setEmbedded(id, true)).contains(u"only a local file can be embedded"_s));
            QVERIFY(opened.store->setEmbedded(id, false).isEmpty());
            QVERIFY(opened.store->save().isEmpty());
        }
        auto reopened = ProjectStore::open(path);
        QVERIFY(!reopened.store->content().layers[0].hasEmbeddedCopy);
        QString error;
        QVERIFY(reopened.store->embeddedCopy(id, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // The GUI records every finished analysis and figure set-up: one entry per set-up.
    void recordKeepsOnePerSetUp()
    {
        auto created = ProjectStore::create(newPath());
        ProjectStore &store = *created.store;
        const QString queen = uR"({"value":"x","weights":"queen"})"_s, rook = uR"({"value":"x","weights":"rook"})"_s;
        const qint64 first = store.recordAnalysisRun({0, u"moran"_s, queen, uR"({"I":0.5})"_s, {}});
        QVERIFY(store.save().isEmpty());
        QCOMPARE(store.recordAnalysisRun({0, u"moran"_s, queen, uR"({"I":0.5})"_s, {}}), first);
        QVERIFY(!store.isModified()); // the same result again changes nothing
        store.recordAnalysisRun({0, u"moran"_s, rook, uR"({"I":0.4})"_s, {}});
        store.recordAnalysisRun({0, u"moran"_s, queen, uR"({"I":0.6})"_s, {}}); // replaces the first
        QCOMPARE(store.content().analysisRuns.size(), 2);
        QCOMPARE(store.content().analysisRuns[0].parametersJson, rook);
        QCOMPARE(store.content().analysisRuns[1].resultsJson, uR"({"I":0.6})"_s);
        store.recordFigure({0, u"fig6"_s, uR"({"dpi":200})"_s});
        store.recordFigure({0, u"fig4"_s, uR"({"dpi":300})"_s});
        store.recordFigure({0, u"fig6"_s, uR"({"dpi":150})"_s});
        QCOMPARE(store.content().figures.size(), 2);
        QCOMPARE(store.content().figures[1].definitionJson, uR"({"dpi":150})"_s);
        QVERIFY(store.save().isEmpty());
        const QString path = store.path();
        created.store.reset();
        auto reopened = ProjectStore::open(path);
        QCOMPARE(reopened.store->content().analysisRuns.size(), 2);
        QCOMPARE(reopened.store->content().figures.size(), 2);
    }

    // Local files in formats that reach further: an OGR VRT naming a /vsicurl/ source, a GML
    // file (GDAL may download its schema). A project names them; they are not opened from it.
    void hostileLocalFormats()
    {
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        QVERIFY(QFile::copy(data(u"hostile_remote.vrt"_s), m_dir.filePath(u"innocent.vrt"_s)));
        QVERIFY(QFile::copy(data(u"hostile_schema.gml"_s), m_dir.filePath(u"innocent.gml"_s)));
        QVERIFY(execSql(path, "INSERT INTO layers (id, position, name, source_path) VALUES (1, 0, 'vrt', 'innocent.vrt'),"
                              " (2, 1, 'gml', 'innocent.gml');"));
        QVERIFY(execSql(path, QByteArray("INSERT INTO layers (id, position, name, source_path) VALUES (3, 2, 'geojson', '")
                                  + data(u"grid3x3.geojson"_s).toUtf8() + "');"));
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.store);
        const QList<SourceCheck> checks = opened.store->checkSources();
        QCOMPARE(checks[0].status, SourceStatus::Blocked);
        QVERIFY2(checks[0].message.contains(u"OGR_VRT"_s) && checks[0].message.contains(u"network"_s), qPrintable(checks[0].message));
        QCOMPARE(checks[1].status, SourceStatus::Blocked);
        QVERIFY2(checks[1].message.contains(u"GML"_s), qPrintable(checks[1].message));
        QCOMPARE(checks[2].status, SourceStatus::Unverified); // GeoJSON holds its own data
        QVERIFY(findIssue(opened.issues, u"innocent.vrt"_s));
        opened.store.reset();
        // The user may allow them, as for remote sources.
        auto allowed = ProjectStore::open(path, {.allowRemote = true});
        QCOMPARE(allowed.store->checkSources()[0].status, SourceStatus::Unverified);
    }

    // A file that would make CityAtlas read gigabytes: a value over 64 MB, or millions of rows.
    void oversizedProject_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        // hex() of a zero blob of 34 MiB is 68 MiB of '0's.
        QTest::newRow("huge value") << QByteArray("INSERT INTO analysis_runs (id, kind, parameters_json, results_json, created_at) "
                                                  "VALUES (1, 'moran', '{}', hex(zeroblob(34 * 1024 * 1024)), '2026-01-01T00:00:00Z');")
                                    << u"a value is larger than CityAtlas reads from a project (64 MB)"_s;
        QTest::newRow("too many rows") << QByteArray("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) "
                                                     "INSERT INTO figures (id, name, definition_json) SELECT i, 'f', '{}' FROM n;")
                                       << u"more than CityAtlas reads from a project"_s;
    }

    void oversizedProject()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        QString error;
        QVERIFY2(execSql(path, sql, &error), qPrintable(error));
        const QByteArray before = bytesOf(path);
        auto opened = ProjectStore::open(path);
        QVERIFY(!opened.store);
        QVERIFY2(messages(opened.issues).contains(expected), qPrintable(messages(opened.issues)));
        QVERIFY(messages(opened.issues).contains(path));
        QCOMPARE(bytesOf(path), before); // refused, not changed
    }
    // A status this version does not know (a newer CityAtlas wrote it): the record is kept as
    // it is through open, edits of other records, save, reopen and Save As; it cannot be edited.
    void unknownStatusIsKept()
    {
        const QString path = newPath();
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            QVERIFY(created.store->setReviewRecord(record(u"440100"_s, ReviewStatus::Approved, u"广州"_s, u"2021-06-30"_s), u"Li Wei"_s).isEmpty());
            QVERIFY(created.store->setReviewRecord(record(u"330100"_s, ReviewStatus::Preparing, u"杭州 draft"_s), u"Li Wei"_s).isEmpty());
            QVERIFY(created.store->save().isEmpty());
        }
        QString error;
        QVERIFY2(execSql(path, "PRAGMA ignore_check_constraints = ON; "
                                   "UPDATE review_records SET status = 'under-review', notes = 'from v4' WHERE unit_id = '330100';", &error),
                 qPrintable(error));
        const qint64 auditBefore = queryInt(path, "SELECT count(*) FROM audit_trail");
        const KeptReviewRecord expected{{u"330100"_s, ReviewStatus::None, u"杭州 draft"_s, {}, {}, {}, u"from v4"_s}, u"under-review"_s};
        {
            auto opened = ProjectStore::open(path);
            QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
            ProjectStore &store = *opened.store;
            const Issue *warning = findIssue(opened.issues, u"'under-review', which this version does not know"_s);
            QVERIFY2(warning && warning->message.contains(u"kept unchanged"_s), qPrintable(messages(opened.issues)));
            QCOMPARE(store.content().reviews.size(), 1);
            QCOMPARE(store.content().keptReviews.size(), 1);
            QCOMPARE(store.content().keptReviews.first(), expected);
            QVERIFY(store.keptReviewRecord(u"330100"_s));
            QVERIFY(!store.reviewRecord(u"330100"_s));
            const IssueList refused = store.setReviewRecord(record(u"330100"_s, ReviewStatus::Approved), u"Li Wei"_s);
            QVERIFY(hasErrors(refused));
            QVERIFY2(messages(refused).contains(u"cannot be changed here"_s), qPrintable(messages(refused)));
            // Another record changes: the reviews are rewritten, the kept one with them.
            QVERIFY(store.setReviewRecord(record(u"440100"_s, ReviewStatus::Approved, u"广州 v2"_s, u"2021-06-30"_s), u"Li Wei"_s).isEmpty());
            QVERIFY(store.save().isEmpty());
            QVERIFY(store.writeCopy(m_dir.filePath(u"kept-copy.cityatlas"_s)).isEmpty());
        }
        QCOMPARE(queryInt(path, "SELECT count(*) FROM review_records WHERE unit_id = '330100' AND status = 'under-review' "
                                "AND notes = 'from v4' AND document = '杭州 draft'"), 1);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM audit_trail"), auditBefore + 1); // the document of 440100 only
        QCOMPARE(queryInt(path, "SELECT count(*) FROM audit_trail WHERE unit_id = '330100'"), 2); // as before: status, document
        for (const QString &file : {path, m_dir.filePath(u"kept-copy.cityatlas"_s)}) {
            auto again = ProjectStore::open(file);
            QVERIFY2(again.store, qPrintable(messages(again.issues)));
            QCOMPARE(again.store->content().keptReviews, QList<KeptReviewRecord>{expected});
            QCOMPARE(again.store->content().reviews.size(), 1);
            QCOMPARE(again.store->content().reviews.first().document, u"广州 v2"_s);
        }
    }

    // A migration that fails leaves the file as it was and one backup, however often it is opened.
    void failedMigrationKeepsOneBackup()
    {
        const QString path = newPath();
        QVERIFY(ProjectStore::create(path).store);
        // Schema 2 claimed, but the reports table of schema 3 is there: adding it fails.
        QString error;
        QVERIFY2(execSql(path, "ALTER TABLE layers DROP COLUMN encoding; PRAGMA user_version = 2;", &error), qPrintable(error));
        const QByteArray before = bytesOf(path);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto opened = ProjectStore::open(path);
            QVERIFY(!opened.store);
            QVERIFY2(messages(opened.issues).contains(u"migration from project schema 2 failed"_s), qPrintable(messages(opened.issues)));
            QVERIFY2(messages(opened.issues).contains(path + u".bak-v2"_s), qPrintable(messages(opened.issues)));
            QCOMPARE(bytesOf(path), before);
        }
        const QStringList backups = QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u".bak*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(backups, QStringList{QFileInfo(path).fileName() + u".bak-v2"_s});
        QCOMPARE(queryInt(path + u".bak-v2"_s, "PRAGMA user_version"), 2);
    }

    // createComplete: the file appears with everything, or not at all.
    void createCompleteIsAllOrNothing()
    {
        QVERIFY(QFile::copy(data(u"grid3x3.geojson"_s), m_dir.filePath(u"complete.geojson"_s)));
        const QString path = newPath();
        IssueList issues = ProjectStore::createComplete(path, {}, [&](ProjectStore &store) {
            IssueList added;
            store.addLayer(m_dir.filePath(u"complete.geojson"_s), {}, {}, false, &added);
            store.addLayer(m_dir.filePath(u"no-such-file.geojson"_s), {}, {}, false, &added); // an error: abandoned
            return added;
        });
        QVERIFY(hasErrors(issues));
        QVERIFY(!QFile::exists(path));
        const QStringList litter = QDir(m_dir.path()).entryList({u"."_s + QFileInfo(path).fileName() + u"*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(litter.isEmpty(), qPrintable(litter.join(u", "_s)));

        issues = ProjectStore::createComplete(path, {}, [&](ProjectStore &store) {
            IssueList added;
            store.setTitle(u"complete"_s);
            store.addLayer(m_dir.filePath(u"complete.geojson"_s), {}, {}, false, &added);
            return added;
        });
        QVERIFY2(!hasErrors(issues), qPrintable(messages(issues)));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(messages(opened.issues)));
        QCOMPARE(opened.store->content().title, u"complete"_s);
        QCOMPARE(opened.store->content().layers.size(), 1);
        QCOMPARE(opened.store->content().layers[0].sourcePath, u"complete.geojson"_s); // relative to the final folder
        opened.store.reset();
        const auto twice = ProjectStore::createComplete(path, {}, [](ProjectStore &) { return IssueList(); });
        QVERIFY(messages(twice).contains(u"already exists"_s));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
