// Bounded reading: only regular files are read (a pipe, device, socket or folder is refused
// without blocking, by every reader), files have size limits, a project's text is budgeted
// before it is read, huge layer files are not hashed on every open, and a report's work is
// counted before it is done.
#include "maps/data/datasetinfo.h"
#include "maps/data/indicatorsystemfile.h"
#include "maps/data/inputfile.h"
#include "maps/data/spatialinput.h"
#include "maps/data/vectorreader.h"
#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"
#include "maps/project/reviewcsv.h"
#include "maps/report/reportwork.h"
#include "tests/sqlitesupport.h"
#include "tests/testsupport.h"

#include <sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <future>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

QString dataset(const QString &name) { return QStringLiteral(CITYATLAS_DATASETS_DIR "/") + name; }

constexpr qint64 MB = 1024 * 1024;
constexpr qint64 GB = 1024 * MB;

bool makeFifo(const QString &path) { return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0; }

// A Unix domain socket bound at path; the descriptor stays open while the test runs.
int makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || name.size() >= qsizetype(sizeof(address.sun_path)))
        return -1;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    return ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 ? fd : -1;
}

// Runs read() in a thread; true when it returns within the limit. Otherwise a writer opens
// and closes each FIFO given, so that a reader blocked on one sees the end of the file and
// returns: a regression fails the test instead of hanging it.
bool finishesWithin(std::chrono::milliseconds limit, const QStringList &fifos, const std::function<void()> &read)
{
    std::future<void> done = std::async(std::launch::async, read);
    if (done.wait_for(limit) == std::future_status::ready)
        return true;
    while (done.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
        for (const QString &fifo : fifos)
            if (const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK); fd >= 0)
                ::close(fd);
    return false;
}

// Every reader CityAtlas has for a file a user or a project names, returning its messages
// (empty when it read the file).
QString readWithEveryReader(const QString &path, const ReviewCatalog &catalog, const QString &reader)
{
    if (reader == u"VectorReader"_s) {
        const LoadResult r = VectorReader::read(path);
        return r.table ? QString() : messages(r.issues);
    }
    if (reader == u"describeDataset"_s)
        return describeDataset(path).error;
    if (reader == u"ProjectStore"_s) {
        const ProjectStore::OpenResult r = ProjectStore::open(path);
        return r.store ? QString() : messages(r.issues);
    }
    if (reader == u"ReviewCsv"_s) {
        const ReviewImportResult r = ReviewCsv::read(path, catalog);
        return r.ok() ? QString() : messages(r.issues);
    }
    if (reader == u"IndicatorSystemFile"_s) {
        const IndicatorSystemLoad r = IndicatorSystemFile::read(path);
        return r.ok() ? QString() : messages(r.issues);
    }
    const WeightsResult r = WeightsFile::read(path, {});
    return r.isValid() ? QString() : messages(r.issues);
}

const QStringList Readers{u"VectorReader"_s, u"describeDataset"_s, u"ProjectStore"_s, u"ReviewCsv"_s,
                          u"IndicatorSystemFile"_s, u"WeightsFile"_s};
// The file name each reader is given: its own extension, so that only the file's kind matters.
QString nameFor(const QString &reader)
{
    static const QHash<QString, QString> names{{u"VectorReader"_s, u"layer.gpkg"_s}, {u"describeDataset"_s, u"layer.geojson"_s},
                                               {u"ProjectStore"_s, u"project.cityatlas"_s}, {u"ReviewCsv"_s, u"records.csv"_s},
                                               {u"IndicatorSystemFile"_s, u"system.json"_s}, {u"WeightsFile"_s, u"weights.gal"_s}};
    return names.value(reader);
}

class CancelAfterProgress : public Feedback
{
public:
    bool isCanceled() const override { return m_canceled; }
    void setProgress(double percent) override
    {
        if (percent > 0.0)
            m_canceled = true;
    }

private:
    bool m_canceled = false;
};

} // namespace

class TestInputBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fifoNeverBlocks_data();
    void fifoNeverBlocks();
    void otherNonRegularFiles_data();
    void otherNonRegularFiles();
    void fifoBesideADataset();
    void fifoBesideAProject();
    void oversizedFilesAreRefused_data();
    void oversizedFilesAreRefused();
    void projectTextBudget();
    void hugeLayerIsNotHashedOnOpen();
    void verifyOnDemand();
    void reportWorkBudget();

private:
    QTemporaryDir m_dir;
    std::optional<ReviewCatalog> m_catalog;
};

void TestInputBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // numbers as 85,000,000,000
    ReviewCatalog::LoadResult loaded = ReviewCatalog::loadBundled();
    QVERIFY(loaded.catalog);
    m_catalog = std::move(*loaded.catalog);
}

void TestInputBounds::fifoNeverBlocks_data()
{
    QTest::addColumn<QString>("reader");
    for (const QString &reader : Readers)
        QTest::newRow(qPrintable(reader)) << reader;
}

void TestInputBounds::fifoNeverBlocks()
{
    QFETCH(QString, reader);
    const QString dir = m_dir.filePath(u"fifo-"_s + reader);
    QVERIFY(QDir().mkpath(dir));
    const QString fifo = dir + u'/' + nameFor(reader);
    QVERIFY(makeFifo(fifo));
    QString message;
    QVERIFY2(finishesWithin(std::chrono::seconds(5), {fifo}, [&] { message = readWithEveryReader(fifo, *m_catalog, reader); }),
             qPrintable(reader + u" blocked on a named pipe"_s));
    QVERIFY2(message.contains(fifo) && message.contains(u"named pipe (FIFO), not a regular file"_s), qPrintable(message));
}

void TestInputBounds::otherNonRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    for (const QString &reader : Readers) {
        QTest::addRow("%s folder", qPrintable(reader)) << u"folder"_s << u"is a folder, not a regular file"_s;
        QTest::addRow("%s socket", qPrintable(reader)) << u"socket"_s << u"is a socket, not a regular file"_s;
        QTest::addRow("%s device", qPrintable(reader)) << u"device"_s << u"is a device, not a regular file"_s;
    }
}

void TestInputBounds::otherNonRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString reader = QString::fromUtf8(QTest::currentDataTag()).section(u' ', 0, 0);
    const QString dir = m_dir.filePath(kind + u'-' + reader);
    QVERIFY(QDir().mkpath(dir));
    QString path = dir + u'/' + nameFor(reader);
    int socket = -1;
    if (kind == u"folder"_s) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"socket"_s) {
        socket = makeSocket(path);
        QVERIFY(socket >= 0);
    } else {
        path = u"/dev/null"_s; // a character device every system has
    }
    QString message;
    QVERIFY(finishesWithin(std::chrono::seconds(5), {}, [&] { message = readWithEveryReader(path, *m_catalog, reader); }));
    if (socket >= 0)
        ::close(socket);
    QVERIFY2(message.contains(path) && message.contains(expected), qPrintable(message));
}

void TestInputBounds::fifoBesideADataset()
{
    // GDAL opens a Shapefile's .cpg (and .dbf, .shx, .prj) by name: a pipe there would block it.
    const QString dir = m_dir.filePath(u"shapefile"_s);
    QVERIFY(QDir().mkpath(dir));
    for (const QString &suffix : {u"shp"_s, u"shx"_s, u"dbf"_s, u"prj"_s})
        QVERIFY(QFile::copy(data(u"gbk_no_cpg."_s + suffix), dir + u"/gbk_no_cpg."_s + suffix));
    const QString shp = dir + u"/gbk_no_cpg.shp"_s;
    QVERIFY(VectorReader::read(shp).table); // readable before
    const QString cpg = dir + u"/gbk_no_cpg.cpg"_s;
    QVERIFY(makeFifo(cpg));
    LoadResult loaded;
    QVERIFY2(finishesWithin(std::chrono::seconds(5), {cpg}, [&] { loaded = VectorReader::read(shp); }),
             "VectorReader blocked on a named pipe beside the Shapefile");
    QVERIFY(!loaded.table);
    QVERIFY2(messages(loaded.issues).contains(u"gbk_no_cpg.cpg beside it is a named pipe (FIFO)"_s), qPrintable(messages(loaded.issues)));
}

void TestInputBounds::fifoBesideAProject()
{
    // SQLite reads FILE-wal when it is there: a pipe in its place would block the open.
    const QString dir = m_dir.filePath(u"project-wal"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/review.cityatlas"_s;
    QVERIFY(ProjectStore::create(path).store);
    QVERIFY(makeFifo(path + u"-wal"_s));
    ProjectStore::OpenResult opened;
    QVERIFY2(finishesWithin(std::chrono::seconds(5), {path + u"-wal"_s}, [&] { opened = ProjectStore::open(path); }),
             "ProjectStore::open blocked on a named pipe as the write-ahead log");
    QVERIFY(!opened.store);
    QVERIFY2(messages(opened.issues).contains(u"review.cityatlas-wal beside it is a named pipe (FIFO)"_s), qPrintable(messages(opened.issues)));
}

void TestInputBounds::oversizedFilesAreRefused_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("expected");
    // Sparse files one step over each reader's limit: refused from their size, never read.
    QTest::newRow("review table") << u"ReviewCsv"_s << 65 * MB << u"65 MB, larger than CityAtlas reads from such a file (64 MB)"_s;
    QTest::newRow("indicator system") << u"IndicatorSystemFile"_s << 33 * MB << u"33 MB, larger than CityAtlas reads from such a file (32 MB)"_s;
    QTest::newRow("weights file") << u"WeightsFile"_s << 100 * GB << u"100.0 GB, larger than CityAtlas reads from such a file (256 MB)"_s;
}

void TestInputBounds::oversizedFilesAreRefused()
{
    QFETCH(QString, reader);
    QFETCH(qint64, size);
    QFETCH(QString, expected);
    const QString dir = m_dir.filePath(u"big-"_s + reader);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + nameFor(reader);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size));
    file.close();
    QElapsedTimer clock;
    clock.start();
    const QString message = readWithEveryReader(path, *m_catalog, reader);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY2(message.contains(path) && message.contains(expected), qPrintable(message));
}

void TestInputBounds::projectTextBudget()
{
    // Five analysis results of 60 MB each: every value within the 64 MB limit, 2 million rows
    // far away, but 300 MB of text together, over the 256 MB a project may hold.
    const QString path = m_dir.filePath(u"large-text.cityatlas"_s);
    QVERIFY(ProjectStore::create(path).store);
    QString error;
    // Written without a journal and without waiting for the disk: only the size matters here.
    QVERIFY2(execSql(path, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                           "INSERT INTO analysis_runs (kind, parameters_json, results_json, created_at) "
                           "SELECT 'moran', '{}', CAST(zeroblob(60 * 1024 * 1024) AS TEXT), '2024-01-01' "
                           "FROM (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5)",
                     &error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const ProjectStore::OpenResult opened = ProjectStore::open(path);
    QVERIFY(!opened.store);
    const QString message = messages(opened.issues);
    QVERIFY2(message.contains(u"holds 300 MB of text"_s) && message.contains(u"more than CityAtlas reads from a project (256 MB)"_s),
             qPrintable(message));
    QVERIFY2(clock.elapsed() < 20000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));

    // One of them left: the file is as large as before (its free pages), but its text fits.
    QVERIFY(execSql(path, "PRAGMA journal_mode = OFF; DELETE FROM analysis_runs WHERE id > (SELECT min(id) FROM analysis_runs)"));
    QVERIFY(QFileInfo(path).size() > 300 * MB);
    const ProjectStore::OpenResult fits = ProjectStore::open(path);
    QVERIFY2(fits.store, qPrintable(messages(fits.issues)));
    QCOMPARE(fits.store->content().analysisRuns.size(), 1);
    QCOMPARE(fits.store->content().analysisRuns.first().resultsJson.size(), 60 * MB);
}

void TestInputBounds::hugeLayerIsNotHashedOnOpen()
{
    // A project naming a 100 GB (sparse) file that starts like a GeoPackage, its size as recorded.
    const QString dir = m_dir.filePath(u"huge"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString layer = dir + u"/huge.gpkg"_s;
    QVERIFY(QFile::copy(dataset(u"china_provinces.gpkg"_s), layer));
    QFile file(layer);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(100 * GB));
    file.close();
    const QString path = dir + u"/huge.cityatlas"_s;
    QVERIFY(ProjectStore::create(path).store);
    QVERIFY(execSql(path, "INSERT INTO layers (id, position, name, source_path, sha256, size_bytes) VALUES "
                          "(1, 0, 'huge', 'huge.gpkg', '" + QByteArray(64, 'a') + "', " + QByteArray::number(100 * GB) + ")"));

    QElapsedTimer clock;
    clock.start();
    const ProjectStore::OpenResult opened = ProjectStore::open(path);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(u"opening took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY(opened.store);
    QCOMPARE(opened.sources.size(), 1);
    QCOMPARE(opened.sources[0].status, SourceStatus::Unverified);
    QVERIFY2(opened.sources[0].message.contains(u"is not verified: 100.0 GB, more than the 256 MB checked when a project opens"_s),
             qPrintable(opened.sources[0].message));
    QVERIFY(messages(opened.issues).contains(u"cityatlas-cli project verify"_s));

    // On demand it is read, with progress, and can be cancelled.
    CancelAfterProgress cancel;
    clock.restart();
    const QList<SourceCheck> verified = opened.store->verifySources(&cancel);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(u"cancelling took %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified[0].status, SourceStatus::Unverified);
    QVERIFY2(verified[0].message.contains(u"the verification was cancelled"_s), qPrintable(verified[0].message));
}

void TestInputBounds::verifyOnDemand()
{
    // A checksum limit of 1 KB on open makes the 3×3 grid (about 3 KB) a "large" file.
    const QString dir = m_dir.filePath(u"verify"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString layer = dir + u"/grid3x3.geojson"_s;
    QVERIFY(QFile::copy(data(u"grid3x3.geojson"_s), layer));
    QFile::setPermissions(layer, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(QFileInfo(layer).size() > 1024);
    const QString path = dir + u"/grid.cityatlas"_s;
    {
        ProjectStore::OpenResult created = ProjectStore::create(path);
        IssueList issues;
        QVERIFY(created.store->addLayer(layer, {}, u"grid"_s, false, &issues) > 0);
        QVERIFY(created.store->save().isEmpty());
    }
    ProjectOptions options;
    options.hashOnOpenBytes = 1024;
    const ProjectStore::OpenResult opened = ProjectStore::open(path, options);
    QVERIFY(opened.store);
    QCOMPARE(opened.sources.value(0).status, SourceStatus::Unverified);
    QCOMPARE(opened.store->verifySources().value(0).status, SourceStatus::Ok);

    // The same size, one byte different: only reading it tells.
    QFile file(layer);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("\"c00\"");
    QVERIFY(at > 0);
    bytes[at + 1] = 'x';
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    QCOMPARE(opened.store->checkSources().value(0).status, SourceStatus::Unverified);
    const QList<SourceCheck> verified = opened.store->verifySources();
    QCOMPARE(verified.value(0).status, SourceStatus::Changed);
    QVERIFY2(verified[0].message.contains(u"SHA-256 differs"_s), qPrintable(verified[0].message));
    // With the default limit, the open checks it at once.
    QCOMPARE(ProjectStore::open(path).sources.value(0).status, SourceStatus::Changed);
}

void TestInputBounds::reportWorkBudget()
{
    const auto provinces = [](const QString &layer) -> qint64 { return layer == u"provinces"_s ? 34 : 0; };
    // The default template, counted by hand: 2 maps × 34 units × 100,000 = 6,800,000; Moran
    // 34 × (999 + 1) = 34,000; 10 charts and the inequality, coverage and evaluation tables ×
    // 1,000,000 = 13,000,000; one text 10,000. Total 19,844,000.
    QCOMPARE(ReportWork::estimate(ReportDefinition::defaultTemplate(), provinces), qint64(19'844'000));
    QVERIFY(ReportWork::refusal(ReportDefinition::defaultTemplate(), provinces).isEmpty());
    // Page 3 alone: the Moran table and a chart.
    QCOMPARE(ReportWork::estimate(ReportDefinition::defaultTemplate(), provinces, 2), qint64(34'000 + 1'000'000));

    // Within every per-report limit (500 pages of 50 items, 99,999 permutations), but
    // 25,000 Moran tables × 34 units × 100,000 = 85,000,000,000 units of work.
    ReportItem moran;
    moran.kind = ReportItem::Kind::Table;
    moran.table = u"moran"_s;
    moran.parameters = {{u"permutations"_s, 99999}};
    ReportDefinition report;
    report.name = u"heavy"_s;
    ReportPage page;
    page.items = QList<ReportItem>(50, moran);
    report.pages = QList<ReportPage>(500, page);
    QCOMPARE(ReportWork::estimate(report, provinces), qint64(85'000'000'000));
    const QString refusal = ReportWork::refusal(report, provinces);
    QVERIFY2(refusal.contains(u"report 'heavy' asks for 85,000,000,000 units of work, more than a report may ask (2,000,000,000)"_s),
             qPrintable(refusal));
    // 588 such tables fit (1,999,200,000), 589 do not (2,002,600,000).
    report.pages = QList<ReportPage>(11, page);
    page.items = QList<ReportItem>(38, moran);
    report.pages.append(page);
    QCOMPARE(ReportWork::estimate(report, provinces), qint64(1'999'200'000));
    QVERIFY(ReportWork::refusal(report, provinces).isEmpty());
    report.pages.last().items.append(moran);
    QVERIFY(!ReportWork::refusal(report, provinces).isEmpty());

    // The counts come from the datasets: the bundled provinces have 34 units.
    QCOMPARE(ReportWork::layerUnits({})(u"provinces"_s), qint64(34));
}

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_inputbounds.moc"
