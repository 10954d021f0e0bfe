#pragma once

// Header-only helpers of the regional tests (inequality, per capita): the 31 provinces of 2022
// and comparisons with a relative tolerance.

#include "analysis/issue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <span>

namespace TestUtil {

using namespace Qt::StringLiterals;

using Values = QList<double>;
using Labels = QList<int>;
using Rows = QList<qint64>;

inline std::span<const double> sp(const Values &v)
{
    return {v.constData(), std::size_t(v.size())};
}
inline std::span<const int> sp(const Labels &v)
{
    return {v.constData(), std::size_t(v.size())};
}

inline constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// ---- Comparisons ------------------------------------------------------------------------------

// Within relative of expected; when expected is 0, within 1e-12 absolute.
inline bool isNear(double actual, double expected, double relative)
{
    if (expected == 0.0)
        return std::abs(actual) <= 1e-12;
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

inline QByteArray nearMessage(const QByteArray &what, double actual, double expected)
{
    return u"%1: actual %2, expected %3 (relative difference %4)"_s.arg(QString::fromUtf8(what))
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(expected != 0.0 ? std::abs(actual - expected) / std::abs(expected) : std::abs(actual), 0, 'g', 3)
        .toUtf8();
}

// "[E row 1] message; [W row -1] message": every issue, for QVERIFY2.
inline QByteArray issuesText(const CityAtlas::IssueList &issues)
{
    QStringList lines;
    for (const CityAtlas::Issue &issue : issues)
        lines << u"[%1 row %2] %3"_s.arg(issue.severity == CityAtlas::Issue::Severity::Error ? u"E"_s : u"W"_s)
                     .arg(issue.row)
                     .arg(issue.message);
    return lines.join(u"; "_s).toUtf8();
}

// ---- 31 provinces, 2022 (shared/reference/facts.md §1-§3), in GB/T 2260 code order -------
// 11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65
enum Region {
    East = 0,
    Central = 1,
    West = 2,
    Northeast = 3
};

// Year-end resident population, 10k persons (NBS, facts.md §1, "verified").
inline const Values ProvincePopulation = {2184, 1363, 7420, 3481,  2401, 4197, 2348, 3099,  2475, 8515, 6577,
                                          6127, 4188, 4528, 10163, 9872, 5844, 6604, 12657, 5047, 1027, 3213,
                                          8374, 3856, 4693, 364,   3956, 2492, 595,  728,   2587};
// Land area, km² (facts.md §2, "one source").
inline const Values ProvinceArea = {
    16411.0,  11917.0,   188800.0, 156700.0, 1183000.0, 148400.0, 187400.0,  454800.0,
    6340.5,   102600.0,  101800.0, 139400.0, 123900.0,  166900.0, 157100.0,  167000.0,
    185900.0, 211800.0,  179700.0, 237600.0, 35354.0,   82400.0,  486100.0,  176200.0,
    394100.0, 1228400.0, 205800.0, 425800.0, 722300.0,  66400.0,  1664900.0};
// NBS four economic regions (facts.md §3, "verified").
inline const Labels ProvinceRegion = {East,    East,    East, Central, West, Northeast, Northeast, Northeast,
                                      East,    East,    East, Central, East, Central,   East,      Central,
                                      Central, Central, East, West,    East, West,      West,      West,
                                      West,    West,    West, West,    West, West,      West};

} // namespace TestUtil
