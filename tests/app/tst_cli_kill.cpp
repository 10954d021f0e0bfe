// Every command that writes a file, killed (SIGKILL: no destructor, no rollback) at random
// moments, 100 times each with a fixed seed: afterwards the file is the old one or the new
// one, complete and valid, never something in between. project new (old: no file), review
// import (old: the project without the records), report of a project (old: an earlier PDF)
// and the copy Save As writes (ProjectStore::writeCopy; old: an earlier copy).
#include "tests/app/clirunner.h"

#include "maps/project/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

using namespace CityAtlas;
using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

constexpr int Kills = 100;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

qulonglong inodeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qulonglong(info.st_ino) : 0;
}

// Removes a file with what SQLite and QSaveFile leave beside it ("-wal", "-shm", temporary names).
void removeWithLitter(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.dir();
    for (const QString &name : dir.entryList({info.fileName() + u"*"_s, u"."_s + info.fileName() + u"*"_s},
                                             QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
}

void copyFile(const QString &from, const QString &to)
{
    removeWithLitter(to);
    QFile::copy(from, to);
}

QString messages(const IssueList &issues)
{
    QStringList list;
    for (const Issue &issue : issues)
        list << issue.message;
    return list.join(u"; "_s);
}

// What one command is, and how to tell its old file from its new one.
struct KillCase
{
    QString program;
    QStringList arguments;
    std::function<void()> reset;          // puts the old state in place
    std::function<QString()> state;       // "old", "new", or what is wrong
};

} // namespace

class TestCliKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A project with the records of review_records.csv, opened as it is; "" when it is not valid.
    static QString projectState(const QString &file, int *reviews, QString *title = nullptr)
    {
        if (ProjectStore::integrityCheck(file) != u"ok"_s)
            return u"integrity check: "_s + ProjectStore::integrityCheck(file);
        auto opened = ProjectStore::open(file);
        if (!opened.store)
            return u"does not open: "_s + messages(opened.issues);
        *reviews = int(opened.store->content().reviews.size());
        if (title)
            *title = opened.store->content().title;
        return {};
    }

    KillCase projectNew()
    {
        const QString layer = path(u"grid3x3.geojson"_s);
        if (!QFile::exists(layer))
            QFile::copy(data("grid3x3.geojson"), layer);
        const QString file = path(u"new.cityatlas"_s);
        return {QStringLiteral(CITYATLAS_CLI),
                {u"project"_s, u"new"_s, file, u"--layer"_s, layer, u"--title"_s, u"killed"_s},
                [file] { removeWithLitter(file); },
                [file] {
                    if (!QFileInfo::exists(file))
                        return u"old"_s;
                    int reviews = 0;
                    QString title;
                    if (const QString wrong = projectState(file, &reviews, &title); !wrong.isEmpty())
                        return wrong;
                    auto opened = ProjectStore::open(file);
                    if (title != u"killed"_s || opened.store->content().layers.size() != 1)
                        return u"a project without its title or layer"_s;
                    return u"new"_s;
                }};
    }

    KillCase reviewImport()
    {
        const QString pristine = path(u"import-pristine.cityatlas"_s);
        if (!QFile::exists(pristine))
            ProjectStore::create(pristine);
        const QString file = path(u"import.cityatlas"_s);
        return {QStringLiteral(CITYATLAS_CLI),
                {u"review"_s, u"import"_s, file, data("review_records.csv"), u"--reviewer"_s, u"Li Wei"_s},
                [=] { copyFile(pristine, file); },
                [file] {
                    int reviews = -1;
                    if (const QString wrong = projectState(file, &reviews); !wrong.isEmpty())
                        return wrong;
                    auto opened = ProjectStore::open(file);
                    const qsizetype audit = opened.store->auditTrail().size();
                    if (reviews == 0 && audit == 0)
                        return u"old"_s;
                    if (reviews == 7 && audit > 0)
                        return u"new"_s;
                    return u"%1 records, %2 audit entries"_s.arg(reviews).arg(audit);
                }};
    }

    KillCase report()
    {
        const QString project = path(u"report.cityatlas"_s);
        if (!QFile::exists(project)) {
            auto created = ProjectStore::create(project);
            created.store->setReport(u"note"_s, uR"({"name":"note","title":"Note","pages":[{"items":[{"kind":"text","text":"Killed at random."}]}]})"_s);
            created.store->save();
        }
        const QString pdf = path(u"report.pdf"_s);
        const QString oldPdf = path(u"report-old.pdf"_s);
        const QString newPdf = path(u"report-new.pdf"_s);
        if (!QFile::exists(oldPdf)) { // two complete runs: the old file and the size of a new one
            runCli({u"report"_s, project, u"--out"_s, oldPdf});
            runCli({u"report"_s, project, u"--out"_s, newPdf});
        }
        const QByteArray old = bytesOf(oldPdf);
        const qsizetype newSize = bytesOf(newPdf).size();
        auto inode = std::make_shared<qulonglong>(0);
        return {QStringLiteral(CITYATLAS_CLI),
                {u"report"_s, project, u"--out"_s, pdf},
                [=] {
                    removeWithLitter(pdf);
                    writeFile(pdf, old);
                    *inode = inodeOf(pdf);
                },
                [=] {
                    const QByteArray bytes = bytesOf(pdf);
                    if (inodeOf(pdf) == *inode)
                        return bytes == old ? u"old"_s : u"the old file was written into"_s;
                    // Complete: header, cross-reference table and end marker, about the size of a full run's.
                    if (bytes.startsWith("%PDF-") && bytes.contains("startxref") && bytes.trimmed().endsWith("%%EOF")
                        && std::abs(bytes.size() - newSize) < 256)
                        return u"new"_s;
                    return u"a PDF of %1 bytes, not complete (a complete one has about %2)"_s.arg(bytes.size()).arg(newSize);
                }};
    }

    KillCase saveAsCopy()
    {
        const QString source = path(u"source.cityatlas"_s);
        const QString target = path(u"copy.cityatlas"_s);
        const QString old = path(u"copy-old.cityatlas"_s);
        if (!QFile::exists(source)) {
            auto created = ProjectStore::create(source);
            created.store->setTitle(u"source"_s);
            created.store->save();
            QProcess copier;
            copier.start(QStringLiteral(CITYATLAS_PROJECT_COPIER), {source, old, u"old"_s});
            copier.waitForFinished();
        }
        return {QStringLiteral(CITYATLAS_PROJECT_COPIER),
                {source, target, u"new"_s},
                [=] { copyFile(old, target); },
                [target] {
                    int reviews = -1;
                    QString title;
                    if (const QString wrong = projectState(target, &reviews, &title); !wrong.isEmpty())
                        return wrong;
                    if ((title == u"old"_s || title == u"new"_s) && reviews == 1)
                        return title;
                    return u"title '%1' with %2 records"_s.arg(title).arg(reviews);
                }};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void killedAtRandomLeavesOldOrNew_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("project new") << u"project new"_s;
        QTest::newRow("review import") << u"review import"_s;
        QTest::newRow("report to PDF") << u"report"_s;
        QTest::newRow("Save As copy (ProjectStore::writeCopy)") << u"writeCopy"_s;
    }

    void killedAtRandomLeavesOldOrNew()
    {
        QFETCH(QString, command);
        const KillCase c = command == u"project new"_s ? projectNew()
            : command == u"review import"_s            ? reviewImport()
            : command == u"report"_s                   ? report()
                                                       : saveAsCopy();
        // One run to the end: the new state, and how long a run takes.
        c.reset();
        QCOMPARE(c.state(), u"old"_s);
        QProcess full;
        setCliEnvironment(full);
        QElapsedTimer timer;
        timer.start();
        full.start(c.program, c.arguments);
        QVERIFY(full.waitForFinished(60000));
        const qint64 runMicroseconds = timer.nsecsElapsed() / 1000;
        QVERIFY2(full.exitCode() == 0, full.readAllStandardError().constData());
        QCOMPARE(c.state(), u"new"_s);

        QRandomGenerator random(20261205u + quint32(qHash(command)));
        QMap<QString, int> seen;
        for (int k = 0; k < Kills; ++k) {
            c.reset();
            QProcess process;
            setCliEnvironment(process);
            process.start(c.program, c.arguments);
            QVERIFY(process.waitForStarted());
            QThread::usleep(random.bounded(quint32(runMicroseconds + runMicroseconds / 10)));
            process.kill();
            QVERIFY(process.waitForFinished());
            const QString state = c.state();
            QVERIFY2(state == u"old"_s || state == u"new"_s, qPrintable(u"kill %1: %2"_s.arg(k).arg(state)));
            ++seen[state];
        }
        qInfo("%s: a full run takes %lld ms; after %d kills: %d old, %d new", qPrintable(command), runMicroseconds / 1000, Kills,
              seen.value(u"old"_s), seen.value(u"new"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
