#include "analysis/runtimeprofiler.h"

#include <QFile>

#include <cmath>

#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

// Seconds since the process started, from the kernel's record of its start (Linux; clock-tick
// resolution), so that "total" includes loading the program and its libraries; -1 elsewhere.
double secondsSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Field 22 of the file (index 19 here) is the start time in clock ticks since boot.
    bool ok = false;
    const double startTicks = fields.value(19).toDouble(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1.0;
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9 - startTicks / ticksPerSecond;
}

} // namespace

RuntimeProfiler &RuntimeProfiler::instance()
{
    static RuntimeProfiler profiler;
    return profiler;
}

void RuntimeProfiler::add(const QString &phase, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    for (auto &[name, total] : m_phases)
        if (name == phase) {
            total += seconds;
            return;
        }
    m_phases.append({phase, seconds});
}

QList<std::pair<QString, double>> RuntimeProfiler::phases() const
{
    const QMutexLocker lock(&m_mutex);
    return m_phases;
}

QJsonObject RuntimeProfiler::toJson() const
{
    QJsonObject json;
    for (const auto &[name, seconds] : phases())
        json.insert(name, std::round(seconds * 1e4) / 1e4);
    if (const double total = secondsSinceProcessStart(); total >= 0.0)
        json.insert(u"total"_s, std::round(total * 1e4) / 1e4);
    return json;
}

void RuntimeProfiler::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_phases.clear();
}

} // namespace CityAtlas
