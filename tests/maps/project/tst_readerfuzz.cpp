// Seeded fuzzing of the readers CityAtlas owns: the project file loader (ProjectStore::open on
// mutated SQLite files), review tables (ReviewCsv), indicator systems (IndicatorSystemFile)
// and spatial weights files (GAL and GWT). Valid fixtures are mutated by bit flips,
// truncation, byte insertions and splices of other fixtures; every mutant must give either a
// result or an error Issue with a message, never a crash, and each must finish within
// PerInputSeconds (a watchdog aborts the test, naming the mutant, instead of letting it hang).
//
// Seed and counts are fixed, so a failure reproduces: the message names the reader, the
// mutant's number and what was done to it. About 3,000 mutants, well under a minute.
#include "analysis/spatialweights.h"
#include "maps/data/indicatorsystemfile.h"
#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"
#include "maps/project/reviewcsv.h"
#include "maps/report/reportdefinition.h"
#include "tests/sqlitesupport.h"
#include "tests/testsupport.h"

#include <sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <thread>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 Seed = 0x5EED'C17A'7A5;
constexpr int ProjectMutants = 700;
constexpr int CsvMutants = 500;
constexpr int JsonMutants = 900;
constexpr int WeightsMutants = 900; // half GAL, half GWT
constexpr int PerInputSeconds = 10;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Aborts the process when one input runs longer than the limit: a hang becomes a failure
// that names the input, instead of a test that never ends.
class Watchdog
{
public:
    explicit Watchdog(int seconds) : m_limit(seconds), m_thread([this] { watch(); }) {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    void arm(const QString &what)
    {
        std::lock_guard lock(m_mutex);
        m_what = what.toStdString();
        ++m_generation;
        m_armed = true;
        m_changed.notify_all();
    }
    void disarm()
    {
        std::lock_guard lock(m_mutex);
        m_armed = false;
        m_changed.notify_all();
    }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_changed.wait(lock);
                continue;
            }
            const quint64 generation = m_generation;
            if (!m_changed.wait_for(lock, m_limit, [&] { return m_stop || !m_armed || m_generation != generation; })) {
                std::fprintf(stderr, "FAIL! %s took more than %lld s: the reader hangs\n", m_what.c_str(),
                             static_cast<long long>(m_limit.count()));
                std::fflush(stderr);
                std::abort();
            }
        }
    }

    std::chrono::seconds m_limit;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::string m_what;
    quint64 m_generation = 0;
    bool m_armed = false, m_stop = false;
    std::thread m_thread;
};

// Mutations of valid inputs, from a seeded generator.
class Mutator
{
public:
    explicit Mutator(quint64 seed) : m_random(seed) {}

    // One to three mutations of fixtures[pick]; *how says what was done. hotBytes > 0: half
    // of the byte-level mutations fall in the first hotBytes (a SQLite file's header and schema).
    QByteArray mutate(const QList<QByteArray> &fixtures, QString *how, qsizetype hotBytes = 0)
    {
        const int pick = uniform(0, int(fixtures.size()) - 1);
        QByteArray bytes = fixtures[pick];
        QStringList steps{u"fixture %1"_s.arg(pick)};
        for (int n = uniform(1, 3); n > 0; --n) {
            switch (uniform(0, 5)) {
            case 0: { // bit flips
                const int flips = uniform(1, 8);
                for (int i = 0; i < flips && !bytes.isEmpty(); ++i) {
                    const qsizetype at = position(bytes.size(), hotBytes);
                    bytes[at] = char(quint8(bytes[at]) ^ (1u << uniform(0, 7)));
                }
                steps << u"%1 bit flips"_s.arg(flips);
                break;
            }
            case 1: { // truncation
                const qsizetype at = bytes.isEmpty() ? 0 : position(bytes.size(), 0);
                bytes.truncate(at);
                steps << u"truncated to %1"_s.arg(at);
                break;
            }
            case 2: { // random or meaningful bytes inserted
                static const QByteArray Interesting = QByteArrayLiteral("\0\xff\",;\n\r{}[]:-0123456789.eE \t\\\x7f\xc3\xe4");
                const qsizetype at = position(bytes.size() + 1, hotBytes);
                QByteArray inserted;
                for (int i = uniform(1, 16); i > 0; --i)
                    inserted += uniform(0, 1) ? char(uniform(0, 255)) : Interesting[uniform(0, int(Interesting.size()) - 1)];
                bytes.insert(at, inserted);
                steps << u"%1 bytes inserted at %2"_s.arg(inserted.size()).arg(at);
                break;
            }
            case 3: { // a splice: a piece of another fixture replaces a piece of this one
                const QByteArray &other = fixtures[uniform(0, int(fixtures.size()) - 1)];
                if (other.isEmpty() || bytes.isEmpty())
                    break;
                const qsizetype from = position(other.size(), 0);
                const qsizetype length = std::min<qsizetype>(other.size() - from, uniform(1, 4096));
                const qsizetype at = position(bytes.size(), hotBytes);
                bytes.replace(at, std::min<qsizetype>(length, bytes.size() - at), other.mid(from, length));
                steps << u"splice of %1 bytes at %2"_s.arg(length).arg(at);
                break;
            }
            case 4: { // an extreme integer over four bytes (counts, sizes, page numbers)
                static const quint32 Extremes[] = {0u, 1u, 0x7fffffffu, 0x80000000u, 0xffffffffu, 0x10000u};
                if (bytes.size() < 4)
                    break;
                const qsizetype at = position(bytes.size() - 3, hotBytes);
                const quint32 v = Extremes[uniform(0, 5)];
                for (int i = 0; i < 4; ++i)
                    bytes[at + i] = char((v >> (8 * (3 - i))) & 0xff);
                steps << u"integer %1 at %2"_s.arg(v).arg(at);
                break;
            }
            default: { // a stretch repeated (long lines, deep nesting)
                if (bytes.isEmpty())
                    break;
                const qsizetype at = position(bytes.size(), hotBytes);
                const QByteArray piece = bytes.mid(at, uniform(1, 8));
                const int times = uniform(2, 2000);
                bytes.insert(at, piece.repeated(times));
                steps << u"%1 bytes repeated %2 times at %3"_s.arg(piece.size()).arg(times).arg(at);
                break;
            }
            }
        }
        *how = steps.join(u", "_s);
        return bytes;
    }

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, std::max(low, high))(m_random); }

private:
    qsizetype position(qsizetype size, qsizetype hotBytes)
    {
        if (size <= 1)
            return 0;
        const qsizetype range = hotBytes > 0 && uniform(0, 1) ? std::min(size, hotBytes) : size;
        return std::uniform_int_distribution<qsizetype>(0, range - 1)(m_random);
    }

    std::mt19937_64 m_random;
};

// A failure is an error Issue with a message; a success has no error.
QString outcomeProblem(bool ok, const IssueList &issues)
{
    if (ok)
        return {};
    if (!hasErrors(issues))
        return u"failed without an error Issue"_s;
    for (const Issue &issue : issues)
        if (issue.message.trimmed().isEmpty())
            return u"an Issue without a message"_s;
    return {};
}

} // namespace

class TestReaderFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void projectFiles();
    void reviewTables();
    void indicatorSystems();
    void weightsFiles();
    void cleanup();
    void cleanupTestCase();

private:
    // Runs one mutant under the watchdog and checks its outcome.
    template<typename Read>
    void runMutant(const QString &what, Read read);

    QTemporaryDir m_dir;
    std::unique_ptr<Watchdog> m_watchdog;
    QElapsedTimer m_clock;
    int m_mutants = 0;
    int m_read = 0, m_refused = 0; // of the current reader
    QStringList m_firstMessages;   // a few distinct refusals of the current reader, for the log
    QString m_failure;
};

template<typename Read>
void TestReaderFuzz::runMutant(const QString &what, Read read)
{
    m_watchdog->arm(what);
    IssueList issues;
    const bool ok = read(&issues);
    m_watchdog->disarm();
    ++m_mutants;
    ++(ok ? m_read : m_refused);
    if (!ok && m_firstMessages.size() < 6) {
        const QString first = issues.isEmpty() ? QString() : issues.first().message.section(u':', -1).trimmed().left(80);
        if (!m_firstMessages.contains(first))
            m_firstMessages << first;
    }
    if (const QString problem = outcomeProblem(ok, issues); !problem.isEmpty() && m_failure.isEmpty())
        m_failure = u"%1: %2"_s.arg(what, problem);
}

void TestReaderFuzz::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_watchdog = std::make_unique<Watchdog>(PerInputSeconds);
    m_clock.start();
}

void TestReaderFuzz::projectFiles()
{
    // Fixtures: a project with every kind of content (schema 3), and a schema 1 one (migrated on open).
    const QString fixtures = m_dir.filePath(u"fixtures"_s);
    QVERIFY(QDir().mkpath(fixtures));
    const QString layer = fixtures + u"/grid3x3.geojson"_s;
    QVERIFY(QFile::copy(data(u"grid3x3.geojson"_s), layer));
    const QString full = fixtures + u"/full.cityatlas"_s;
    {
        ProjectStore::OpenResult created = ProjectStore::create(full);
        QVERIFY(created.store);
        ProjectStore &store = *created.store;
        store.setTitle(u"模糊测试 fuzz"_s);
        IssueList issues;
        const qint64 id = store.addLayer(layer, {}, u"grid"_s, false, &issues);
        QVERIFY(id > 0);
        QVERIFY(store.addJoin({0, id, u"table.csv"_s, u"code"_s, u"code"_s, u"code"_s, {}, {}}, &issues) > 0);
        store.setStyle(id, uR"({"field": "value", "method": "quantile", "classes": 5, "ramp": "YlGnBu"})"_s);
        store.addAnalysisRun({0, u"moran"_s, uR"({"field": "value", "weights": "queen"})"_s,
                              uR"({"I": 0.25, "units": [1, 2, 3]})"_s, {}});
        store.addFigure({0, u"fig6"_s, uR"({"figure": "fig6"})"_s});
        store.setReport(u"default"_s, QString::fromUtf8(ReportDefinition::defaultTemplate().toJsonText()));
        QVERIFY(store.setReviewRecord({u"110000"_s, ReviewStatus::Approved, u"北京市顶层设计"_s, u"2021-03-15"_s,
                                       u"经信局"_s, u"Li Wei"_s, u"note"_s}, u"fuzz"_s).isEmpty());
        QVERIFY(store.setReviewRecord({u"440100"_s, ReviewStatus::Preparing, {}, {}, {}, {}, {}}, u"fuzz"_s).isEmpty());
        QVERIFY(store.save().isEmpty());
    }
    const QString v1 = fixtures + u"/v1.cityatlas"_s;
    QVERIFY(execSql(v1, bytesOf(data(u"project_v1.sql"_s))));
    const QList<QByteArray> seeds{bytesOf(full), bytesOf(v1)};
    QVERIFY(!seeds[0].isEmpty() && !seeds[1].isEmpty());

    // The mutants sit beside the layer, so that the valid ones find it by its relative path.
    Mutator mutator(Seed);
    for (int n = 0; n < ProjectMutants; ++n) {
        QString how;
        const QByteArray bytes = mutator.mutate(seeds, &how, 8192);
        const QString path = fixtures + u"/mutant.cityatlas"_s;
        for (const QString &old : QDir(fixtures).entryList({u"mutant.cityatlas*"_s}, QDir::Files))
            QFile::remove(fixtures + u'/' + old);
        QVERIFY(writeFile(path, bytes));
        runMutant(u"project mutant %1 (seed %2: %3)"_s.arg(n).arg(Seed).arg(how), [&](IssueList *issues) {
            ProjectStore::OpenResult opened = ProjectStore::open(path);
            *issues = opened.issues;
            if (opened.store) // what the workbench reads next: the saved reports
                for (const SavedReport &report : opened.store->content().reports)
                    ReportDefinition::fromJsonText(report.definitionJson.toUtf8(), report.name, issues);
            return opened.store != nullptr;
        });
        QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    }
}

void TestReaderFuzz::reviewTables()
{
    const ReviewCatalog::LoadResult catalog = ReviewCatalog::loadBundled();
    QVERIFY(catalog.catalog);
    const QList<QByteArray> seeds{bytesOf(data(u"review_records.csv"_s)), bytesOf(data(u"review_records_bad.csv"_s)),
                                  bytesOf(data(u"review_summary.csv"_s))};
    for (const QByteArray &seed : seeds)
        QVERIFY(!seed.isEmpty());
    Mutator mutator(Seed + 1);
    const QString path = m_dir.filePath(u"records.csv"_s);
    for (int n = 0; n < CsvMutants; ++n) {
        QString how;
        QVERIFY(writeFile(path, mutator.mutate(seeds, &how)));
        runMutant(u"review table mutant %1 (seed %2: %3)"_s.arg(n).arg(Seed + 1).arg(how), [&](IssueList *issues) {
            const ReviewImportResult result = ReviewCsv::read(path, *catalog.catalog);
            *issues = result.issues;
            return result.ok();
        });
        QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    }
}

void TestReaderFuzz::indicatorSystems()
{
    QList<QByteArray> seeds{bytesOf(data(u"evaluation_tiny.json"_s)), bytesOf(data(u"fig3_tiny_system.json"_s)),
                            bytesOf(data(u"indicator_system_bad.json"_s))};
    for (const QString &name : IndicatorSystemFile::bundledTemplateNames())
        seeds << bytesOf(IndicatorSystemFile::bundledTemplatePath(name));
    for (const QByteArray &seed : seeds)
        QVERIFY(!seed.isEmpty());
    Mutator mutator(Seed + 2);
    const QString path = m_dir.filePath(u"system.json"_s);
    for (int n = 0; n < JsonMutants; ++n) {
        QString how;
        QVERIFY(writeFile(path, mutator.mutate(seeds, &how)));
        runMutant(u"indicator system mutant %1 (seed %2: %3)"_s.arg(n).arg(Seed + 2).arg(how), [&](IssueList *issues) {
            const IndicatorSystemLoad load = IndicatorSystemFile::read(path);
            *issues = load.issues;
            return load.ok();
        });
        QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    }
}

void TestReaderFuzz::weightsFiles()
{
    // Queen contiguity of a 3×3 grid (cells 0..8, row by row), binary and inverse distance.
    QList<QList<int>> neighbours(9);
    QList<QList<SpatialWeights::Link>> links(9);
    for (int i = 0; i < 9; ++i)
        for (int j = 0; j < 9; ++j)
            if (i != j && std::abs(i / 3 - j / 3) <= 1 && std::abs(i % 3 - j % 3) <= 1) {
                neighbours[i] << j;
                links[i] << SpatialWeights::Link{j, 1.0 / std::hypot(i / 3 - j / 3, i % 3 - j % 3)};
            }
    const QStringList ids{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s, u"i"_s};
    const WeightsResult binary = SpatialWeights::fromNeighbourLists(neighbours, ids);
    const WeightsResult distance = SpatialWeights::fromLinks(links, ids);
    QVERIFY(binary.isValid() && distance.isValid());
    const QList<QByteArray> gal{binary.weights->toGal(u"grid"_s, u"id"_s).toUtf8(), distance.weights->toGal().toUtf8()};
    const QList<QByteArray> gwt{binary.weights->toGwt(u"grid"_s, u"id"_s).toUtf8(), distance.weights->toGwt().toUtf8()};
    Mutator mutator(Seed + 3);
    for (int n = 0; n < WeightsMutants; ++n) {
        const bool isGwt = n % 2 == 1;
        QString how;
        const QString text = QString::fromUtf8(mutator.mutate(isGwt ? gwt : gal, &how));
        const QStringList expected = mutator.uniform(0, 1) ? ids : QStringList();
        runMutant(u"%1 mutant %2 (seed %3: %4)"_s.arg(isGwt ? u"GWT"_s : u"GAL"_s).arg(n).arg(Seed + 3).arg(how),
                  [&](IssueList *issues) {
                      const WeightsResult result = isGwt ? SpatialWeights::fromGwt(text, expected) : SpatialWeights::fromGal(text, expected);
                      *issues = result.issues;
                      return result.isValid();
                  });
        QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    }
}

void TestReaderFuzz::cleanup()
{
    qInfo("%d mutants read, %d refused; refusals such as: %s", m_read, m_refused, qPrintable(m_firstMessages.join(u" | "_s)));
    m_read = m_refused = 0;
    m_firstMessages.clear();
}

void TestReaderFuzz::cleanupTestCase()
{
    m_watchdog.reset();
    qInfo("%d mutants (seed %llu) in %.1f s", m_mutants, static_cast<unsigned long long>(Seed), m_clock.elapsed() / 1000.0);
}

QTEST_GUILESS_MAIN(TestReaderFuzz)
#include "tst_readerfuzz.moc"
