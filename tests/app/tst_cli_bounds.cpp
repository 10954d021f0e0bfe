// cityatlas-cli on inputs that would make it wait or work for ever: a named pipe given as a
// dataset or a layer, a saved report asking for too much work, and the on-demand
// verification of layer files too large to hash on every open.
#include "tests/app/clirunner.h"
#include "maps/project/projectstore.h"
#include "maps/report/reportdefinition.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace CityAtlas;
using namespace CliTest;
using namespace Qt::StringLiterals;

namespace {

// runCli with a short limit: a command still running after it is killed, and the run fails
// (exit code -1) instead of the test hanging.
Run runWithin(const QStringList &arguments, int milliseconds)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"CITYATLAS_DATASETS"_s, QStringLiteral(CITYATLAS_DATASETS_DIR));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CITYATLAS_CLI), arguments);
    if (!process.waitForFinished(milliseconds)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void fifoAsDataset();
    void reportOverBudget();
    void projectVerify();

private:
    QTemporaryDir m_dir;
};

void TestCliBounds::fifoAsDataset()
{
    const QString fifo = m_dir.filePath(u"pipe.gpkg"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Run info = runWithin({u"info"_s, fifo}, 20000);
    QVERIFY2(info.exitCode == 1, "cityatlas-cli info blocked on a named pipe (or did not fail)");
    QVERIFY2(info.err.contains(fifo + u" is a named pipe (FIFO), not a regular file"_s), qPrintable(info.err));

    const QString project = m_dir.filePath(u"pipe.cityatlas"_s);
    const Run created = runWithin({u"project"_s, u"new"_s, project, u"--layer"_s, fifo}, 20000);
    QVERIFY2(created.exitCode == 1, "cityatlas-cli project new --layer blocked on a named pipe (or did not fail)");
    QVERIFY2(created.err.contains(u"is a named pipe (FIFO), not a regular file"_s), qPrintable(created.err));
    QVERIFY(!QFile::exists(project));
}

void TestCliBounds::reportOverBudget()
{
    // 12 pages of 50 Moran tables with 99,999 permutations: within the definition's limits, but
    // 600 × 34 units × 100,000 = 2,040,000,000 units of work, over the 2,000,000,000 a report may ask.
    ReportItem moran;
    moran.kind = ReportItem::Kind::Table;
    moran.table = u"moran"_s;
    moran.parameters = {{u"permutations"_s, 99999}, {u"seed"_s, 1}};
    ReportDefinition report;
    report.name = u"heavy"_s;
    ReportPage page;
    page.items = QList<ReportItem>(50, moran);
    report.pages = QList<ReportPage>(12, page);
    const QString path = m_dir.filePath(u"heavy.cityatlas"_s);
    {
        ProjectStore::OpenResult created = ProjectStore::create(path);
        QVERIFY(created.store);
        created.store->setReport(report.name, QString::fromUtf8(report.toJsonText()));
        QVERIFY(created.store->save().isEmpty());
    }
    QElapsedTimer clock;
    clock.start();
    const QString out = m_dir.filePath(u"heavy.pdf"_s);
    const Run run = runWithin({u"report"_s, path, u"--out"_s, out}, 60000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"report 'heavy' asks for 2,040,000,000 units of work, more than a report may ask (2,000,000,000)"_s),
             qPrintable(run.err));
    QVERIFY2(clock.elapsed() < 30000, qPrintable(u"refusing took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY(!QFile::exists(out));
}

void TestCliBounds::projectVerify()
{
    const QString layer = m_dir.filePath(u"grid3x3.geojson"_s);
    QVERIFY(QFile::copy(data("grid3x3.geojson"), layer));
    QFile::setPermissions(layer, QFile::ReadOwner | QFile::WriteOwner);
    const QString project = m_dir.filePath(u"grid.cityatlas"_s);
    const Run created = runWithin({u"project"_s, u"new"_s, project, u"--layer"_s, layer}, 60000);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));

    const Run ok = runWithin({u"project"_s, u"verify"_s, project, u"--json"_s}, 60000);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const QJsonArray layers = ok.json().value(u"layers"_s).toArray();
    QCOMPARE(layers.size(), 1);
    QCOMPARE(layers[0].toObject().value(u"status"_s).toString(), u"ok"_s);

    // Changed, same size: verification says so and fails.
    QFile file(layer);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.indexOf("\"c00\"") + 1] = 'x';
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    const Run changed = runWithin({u"project"_s, u"verify"_s, project}, 60000);
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.out.contains(u"[changed]"_s) && changed.out.contains(u"SHA-256 differs"_s), qPrintable(changed.out));
}

QTEST_GUILESS_MAIN(TestCliBounds)
#include "tst_cli_bounds.moc"
