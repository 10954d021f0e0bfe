// `cityatlas-cli aggregate points` on random points in China's bounding box counted into the
// 367 bundled prefectures: the whole process for 10^6 points (median of 3 runs), beside the
// QGIS figure quoted below, then 10^7 points streamed once for the peak memory
// (/usr/bin/time -v, maximum resident set size). Also the library's parts in this process:
// reading the units with building their index, and locating points already in memory.
// Usage: bench_aggregate_points [points (default 1000000)] [large points (default 10000000; 0 skips)]
#include "maps/data/bundleddata.h"
#include "maps/data/unitindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

// China's bounding box, as in the issue's QGIS measurement.
constexpr double West = 73.5, East = 135.1, South = 18.1, North = 53.6;
constexpr quint32 Seed = 20261205;

// The issue's measurement of QGIS 3 native:countpointsinpolygon on this kind of machine (2
// cores), 10^6 random points in the same box: 12.8 s to load the CSV with a spatial index
// plus 38.0 s to count. QGIS is not installed here; the figure is quoted, not measured.
constexpr double QgisLoadSeconds = 12.8, QgisCountSeconds = 38.0;

// Writes `count` random points (fixed seed) with a weight column: id,lon,lat,weight.
bool writePoints(const QString &path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(Seed);
    QByteArray buffer;
    buffer.reserve(1 << 22);
    buffer += "id,lon,lat,weight\n";
    char line[96];
    for (qint64 i = 1; i <= count; ++i) {
        const double lon = West + (East - West) * random.generateDouble();
        const double lat = South + (North - South) * random.generateDouble();
        const double weight = double(random.bounded(100000)) / 100.0;
        buffer.append(line, std::snprintf(line, sizeof line, "%lld,%.6f,%.6f,%.2f\n", static_cast<long long>(i), lon, lat, weight));
        if (buffer.size() > (1 << 22) - 128) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size();
}

struct ProcessRun
{
    double seconds = -1;
    QString err;
};

ProcessRun run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return {-1, QString::fromUtf8(process.readAllStandardError())};
    return {double(timer.nsecsElapsed()) / 1e9, QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 points = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qint64 largePoints = argc > 2 ? QByteArray(argv[2]).toLongLong() : 10000000;
    QTextStream out(stdout);
    const QString cli = QStringLiteral(CITYATLAS_CLI);
    const QString prefectures = BundledData::path(u"china_prefectures.gpkg.zip"_s);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"points.csv"_s);
    const QString counts = dir.filePath(u"counts.csv"_s);
    out << "cores: " << QThread::idealThreadCount() << ", units: " << prefectures << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    if (!writePoints(csv, points)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out << "wrote " << points << " random points (seed " << Seed << ") in " << timer.elapsed() << " ms, "
        << QFile(csv).size() / 1e6 << " MB" << Qt::endl;

    // The library's parts, in this process: wall and CPU time (the machine may be shared).
    timer.restart();
    std::clock_t cpu = std::clock();
    auto cpuMs = [&cpu] { return (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC; };
    const UnitIndexResult units = UnitIndex::read(prefectures, {}, u"code"_s);
    if (!units.index) {
        out << firstErrorOrIssue(units.issues) << Qt::endl;
        return 1;
    }
    out << "read 367 prefectures and built their index: " << timer.elapsed() << " ms (CPU " << cpuMs() << " ms)" << Qt::endl;
    {
        QRandomGenerator random(Seed);
        std::vector<double> x(static_cast<size_t>(points)), y(static_cast<size_t>(points));
        for (qint64 i = 0; i < points; ++i) {
            x[size_t(i)] = West + (East - West) * random.generateDouble();
            y[size_t(i)] = South + (North - South) * random.generateDouble();
            random.bounded(100000);
        }
        timer.restart();
        cpu = std::clock();
        qint64 inside = 0;
        for (qint64 i = 0; i < points; ++i)
            inside += units.index->locate(x[size_t(i)], y[size_t(i)]) >= 0 ? 1 : 0;
        out << "located " << points << " points in memory: " << timer.elapsed() << " ms (CPU " << cpuMs() << " ms; " << inside
            << " inside a unit)" << Qt::endl;
    }

    // The whole process, as a user runs it.
    const QStringList arguments{u"aggregate"_s, u"points"_s, u"--points"_s, csv, u"--to"_s, prefectures,
                                u"--weight"_s, u"weight"_s, u"--out"_s, counts};
    std::vector<double> seconds;
    for (int i = 0; i < 3; ++i) {
        const ProcessRun r = run(cli, arguments);
        if (r.seconds < 0) {
            out << "cityatlas-cli failed: " << r.err << Qt::endl;
            return 1;
        }
        seconds.push_back(r.seconds);
        out << "  run " << i + 1 << ": " << QString::number(r.seconds, 'f', 2) << " s" << Qt::endl;
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[1];
    const double qgis = QgisLoadSeconds + QgisCountSeconds;
    out << "\n" << points << " points into 367 prefectures, whole process:\n"
        << "  cityatlas-cli aggregate points   " << QString::number(median, 'f', 2) << " s (median of 3)\n"
        << "  QGIS native:countpointsinpolygon " << QString::number(qgis, 'f', 1) << " s (" << QgisLoadSeconds
        << " s load with spatial index + " << QgisCountSeconds << " s count; the issue's measurement, 10^6 points, 2 cores; "
        << "not measured here)\n"
        << "  speed-up                         " << QString::number(qgis / median, 'f', 1) << "x" << Qt::endl;

    // Peak memory: the same points under /usr/bin/time -v, then ten times as many.
    auto peak = [&](const QString &file) -> QString {
        const ProcessRun r = run(u"/usr/bin/time"_s, QStringList{u"-v"_s, cli} + QStringList(arguments).replaceInStrings(csv, file));
        const auto match = QRegularExpression(u"Maximum resident set size \\(kbytes\\): (\\d+)"_s).match(r.err);
        const auto user = QRegularExpression(u"User time \\(seconds\\): ([0-9.]+)"_s).match(r.err);
        const auto system = QRegularExpression(u"System time \\(seconds\\): ([0-9.]+)"_s).match(r.err);
        if (r.seconds < 0 || !match.hasMatch() || !user.hasMatch() || !system.hasMatch())
            return u"(failed: %1)"_s.arg(r.err.left(300));
        return u"%1 s wall, %2 s CPU (user + system), max RSS %3 MB"_s.arg(r.seconds, 0, 'f', 2)
            .arg(user.captured(1).toDouble() + system.captured(1).toDouble(), 0, 'f', 2)
            .arg(match.captured(1).toDouble() / 1024.0, 0, 'f', 1);
    };
    out << "\npeak memory (/usr/bin/time -v):\n  " << points << " points: " << peak(csv) << Qt::endl;
    if (largePoints > 0) {
        const QString large = dir.filePath(u"large.csv"_s);
        timer.restart();
        if (!writePoints(large, largePoints)) {
            out << "cannot write " << large << Qt::endl;
            return 1;
        }
        out << "  (wrote " << largePoints << " points, " << QFile(large).size() / 1e6 << " MB, in " << timer.elapsed() << " ms)" << Qt::endl;
        out << "  " << largePoints << " points: " << peak(large) << Qt::endl;
    }
    return 0;
}
