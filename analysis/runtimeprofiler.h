#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <chrono>
#include <utility>

namespace CityAtlas {

// Wall time spent in named phases of the work at hand (read, validate, project, weights,
// compute, render, encode, write), summed over every run of a phase, for `--timings`. One per
// process, as QGIS's QgsRuntimeProfiler: the code doing the work records its phases, whoever
// asked reads them. Thread-safe; a phase costs two clock reads and a lock, so loops record their
// inner phases themselves (PhaseClock) and add the sums once.
class RuntimeProfiler
{
public:
    static RuntimeProfiler &instance();

    void add(const QString &phase, double seconds);
    // Phases in the order first recorded, with their seconds.
    QList<std::pair<QString, double>> phases() const;
    // {"read": 0.21, "weights": 0.08, ...} in seconds, plus "total": the time since the process began.
    QJsonObject toJson() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<std::pair<QString, double>> m_phases;
};

// Sums the time of repeated steps in a loop; elapsed() since the last lap, as seconds.
class PhaseClock
{
public:
    PhaseClock() : m_last(std::chrono::steady_clock::now()) {}
    // Seconds since the previous lap (or construction), and starts the next.
    double lap()
    {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        return seconds;
    }

private:
    std::chrono::steady_clock::time_point m_last;
};

// Records the time from its construction to its end as one run of a phase.
class ProfileScope
{
public:
    explicit ProfileScope(QString phase) : m_phase(std::move(phase)) {}
    ~ProfileScope() { RuntimeProfiler::instance().add(m_phase, m_clock.lap()); }
    ProfileScope(const ProfileScope &) = delete;
    ProfileScope &operator=(const ProfileScope &) = delete;

private:
    QString m_phase;
    PhaseClock m_clock;
};

// Runs work as one run of a phase and returns what it returns.
template <typename Work>
auto timed(const QString &phase, Work &&work)
{
    const ProfileScope scope(phase);
    return work();
}

} // namespace CityAtlas
