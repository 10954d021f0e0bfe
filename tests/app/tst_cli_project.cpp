// cityatlas-cli project and review as a user runs them: exit codes, one clear line on stderr
// (one per bad row for imports), JSON with --json, files that stay intact on failure.
#include "maps/project/projectstore.h"
#include "tests/app/clirunner.h"
#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using namespace CliTest;

Run cli(const QStringList &arguments)
{
    return runCli(arguments);
}


QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lines(const QString &text) { return int(text.trimmed().split(u'\n', Qt::SkipEmptyParts).size()); }

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString newProject(const QString &name)
    {
        const Run r = cli({u"project"_s, u"new"_s, path(name), u"--layer"_s, dataset("china_provinces.gpkg") + u":provinces"_s});
        return r.exitCode == 0 ? path(name) : QString();
    }

private slots:
    void newAndInfo()
    {
        QVERIFY(QFile::copy(data("grid3x3.geojson"), path(u"grid3x3.geojson"_s)));
        const QString file = path(u"demo.cityatlas"_s);
        Run r = cli({u"project"_s, u"new"_s, file, u"--layer"_s, dataset("china_provinces.gpkg") + u":provinces"_s,
                     u"--layer"_s, path(u"grid3x3.geojson"_s), u"--embed"_s, u"--title"_s, u"智慧城市 review"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"project schema 5"_s));
        r = cli({u"project"_s, u"info"_s, file, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(u"schemaVersion"_s).toInt(), CityAtlas::ProjectStore::SchemaVersion);
        QCOMPARE(info.value(u"title"_s).toString(), u"智慧城市 review"_s);
        const QJsonArray layers = info.value(u"layers"_s).toArray();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers[0].toObject().value(u"layer"_s).toString(), u"provinces"_s);
        QCOMPARE(layers[1].toObject().value(u"source"_s).toString(), u"grid3x3.geojson"_s); // next to the project: relative
        for (const QJsonValue &l : layers) {
            QCOMPARE(l.toObject().value(u"status"_s).toString(), u"ok"_s);
            QCOMPARE(l.toObject().value(u"sha256"_s).toString().size(), 64);
            QVERIFY(l.toObject().value(u"embedded"_s).toBool());
        }
        r = cli({u"project"_s, u"info"_s, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"[ok]"_s));
        QVERIFY(r.err.isEmpty());
    }

    void newRefusesExistingFilesRemoteSourcesAndBadLayers()
    {
        const QString file = newProject(u"exists.cityatlas"_s);
        QVERIFY(!file.isEmpty());
        Run r = cli({u"project"_s, u"new"_s, file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.err), 1);
        QVERIFY(r.err.contains(u"already exists"_s));
        r = cli({u"project"_s, u"new"_s, path(u"remote.cityatlas"_s), u"--layer"_s, u"/vsicurl/https://example.invalid/a.gpkg"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.err), 1);
        QVERIFY(r.err.contains(u"--allow-remote"_s));
        QVERIFY(!QFile::exists(path(u"remote.cityatlas"_s)));
        r = cli({u"project"_s, u"new"_s, path(u"bad.cityatlas"_s), u"--layer"_s, data("not_a_dataset.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path(u"bad.cityatlas"_s)));
    }

    void importSummaryExportAudit()
    {
        const QString file = newProject(u"review.cityatlas"_s);
        Run r = cli({u"review"_s, u"import"_s, file, data("review_summary.csv"), u"--reviewer"_s, u"Li Wei"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Imported 11 records"_s));

        r = cli({u"review"_s, u"summary"_s, file, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray levels = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(levels.size(), 5);
        // review_summary.csv counted by hand (see tst_reviewcatalog): planned/total per level.
        const QStringList keys{u"vice_provincial_and_above"_s, u"prefecture_city"_s, u"national_new_area"_s, u"county"_s, u"urban_cluster"_s};
        const QList<std::pair<int, int>> expected{{2, 19}, {2, 277}, {1, 19}, {1, 2844}, {2, 19}};
        const QList<std::pair<int, int>> published{{19, 19}, {200, 224}, {11, 20}, {1487, 2844}, {3, 10}}; // Figure 6
        for (int i = 0; i < 5; ++i) {
            const QJsonObject l = levels[i].toObject();
            QCOMPARE(l.value(u"level"_s).toString(), keys[i]);
            QCOMPARE(l.value(u"planned"_s).toInt(), expected[i].first);
            QCOMPARE(l.value(u"total"_s).toInt(), expected[i].second);
            QVERIFY(qAbs(l.value(u"share"_s).toDouble() - double(expected[i].first) / expected[i].second) < 1e-12);
            const QJsonObject b = l.value(u"baseline"_s).toObject();
            QCOMPARE(b.value(u"planned"_s).toInt(), published[i].first);
            QCOMPARE(b.value(u"total"_s).toInt(), published[i].second);
        }
        QCOMPARE(levels[3].toObject().value(u"total_source"_s).toString(), u"published baseline"_s);
        QCOMPARE(levels[0].toObject().value(u"total_source"_s).toString(), u"unit list"_s);

        r = cli({u"review"_s, u"export"_s, file, path(u"out.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(bytesOf(path(u"out.csv"_s)).count('\n'), 12); // header + 11 records
        r = cli({u"review"_s, u"audit"_s, file, u"--json"_s, u"--out"_s, path(u"audit.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray audit = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(audit.size(), 13); // 11 statuses, Beijing's document and approval date
        for (const QJsonValue &e : audit)
            QCOMPARE(e.toObject().value(u"who"_s).toString(), u"Li Wei"_s);
        QCOMPARE(bytesOf(path(u"audit.csv"_s)).count('\n'), 14);
        // Importing the export changes nothing.
        r = cli({u"review"_s, u"import"_s, file, path(u"out.csv"_s), u"--reviewer"_s, u"Wang Fang"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"(0 changes"_s));
    }

    void importWithBadRowsChangesNothing()
    {
        const QString file = newProject(u"bad-import.cityatlas"_s);
        QCOMPARE(cli({u"review"_s, u"import"_s, file, data("review_records.csv"), u"--reviewer"_s, u"Li Wei"_s}).exitCode, 0);
        const QByteArray before = bytesOf(file);
        const Run r = cli({u"review"_s, u"import"_s, file, data("review_records_bad.csv"), u"--reviewer"_s, u"Li Wei"_s});
        QCOMPARE(r.exitCode, 1);
        const QStringList err = r.err.trimmed().split(u'\n');
        QCOMPARE(err.size(), 5); // one line per bad row, then the verdict
        QVERIFY(err[0].contains(u"row 3: unknown unit 'Atlantis'"_s));
        QVERIFY(err[1].contains(u"row 4: status 'done'"_s));
        QVERIFY(err[2].contains(u"row 5: approval date"_s));
        QVERIFY(err[3].contains(u"row 6: approval date '21/04/2020'"_s));
        QVERIFY(err[4].contains(u"4 of 5 rows are invalid; nothing was imported"_s));
        QCOMPARE(bytesOf(file), before);
        const Run audit = cli({u"review"_s, u"audit"_s, file, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(audit.out.toUtf8()).array().size(), 22);
    }

    void newerSchemaIsRefused()
    {
        const QString file = newProject(u"newer.cityatlas"_s);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 6", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = bytesOf(file);
        const Run r = cli({u"project"_s, u"info"_s, file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.err), 1);
        QVERIFY2(r.err.contains(u"newer CityAtlas"_s), qPrintable(r.err));
        QCOMPARE(bytesOf(file), before);
    }

    void movedSourceIsReportedAndRelocated()
    {
        QVERIFY(QFile::copy(data("words.csv"), path(u"words.csv"_s)));
        const QString file = path(u"moved.cityatlas"_s);
        QCOMPARE(cli({u"project"_s, u"new"_s, file, u"--layer"_s, path(u"words.csv"_s)}).exitCode, 0);
        QVERIFY(QDir(m_dir.path()).mkdir(u"elsewhere"_s));
        QVERIFY(QFile::rename(path(u"words.csv"_s), path(u"elsewhere/words.csv"_s)));
        Run r = cli({u"project"_s, u"info"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"layers"_s).toArray()[0].toObject()
                     .value(u"status"_s).toString(), u"missing"_s);
        r = cli({u"project"_s, u"relocate"_s, file, u"words"_s, path(u"elsewhere/words.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"project"_s, u"info"_s, file});
        QVERIFY(r.out.contains(u"elsewhere/words.csv  [ok]"_s));
        QVERIFY(r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
