#pragma once

// Header-only helpers of the spatial statistics tests (spatial weights, Moran's I, local
// statistics): neighbour lists, weights builders, the fixtures of
// tests/analysis/reference/moran_reference.py, comparisons and feedback stubs.

#include "analysis/feedback.h"
#include "analysis/issue.h"
#include "analysis/spatialweights.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>

namespace TestUtil {

using namespace Qt::StringLiterals;

using NeighbourLists = QList<QList<int>>;

// ---- Neighbour lists and weights ------------------------------------------------------------

// Rook contiguity on a rows × cols lattice, units numbered row by row.
inline NeighbourLists rookLattice(int rows, int cols)
{
    NeighbourLists nb;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            QList<int> list;
            if (r > 0)
                list.append((r - 1) * cols + c);
            if (c > 0)
                list.append(r * cols + c - 1);
            if (c < cols - 1)
                list.append(r * cols + c + 1);
            if (r < rows - 1)
                list.append((r + 1) * cols + c);
            nb.append(list);
        }
    return nb;
}

// Binary weights from valid neighbour lists (a broken fixture aborts the test).
inline CityAtlas::SpatialWeights make(const NeighbourLists &nb, const QStringList &ids = {})
{
    CityAtlas::WeightsResult r = CityAtlas::SpatialWeights::fromNeighbourLists(nb, ids);
    if (!r.isValid())
        qFatal("test fixture weights are invalid: %s", qPrintable(r.issues.value(0).message));
    return *r.weights;
}

// The messages, joined by " | " (for QVERIFY2).
inline QString messages(const CityAtlas::IssueList &issues)
{
    QStringList list;
    for (const CityAtlas::Issue &issue : issues)
        list.append(issue.message);
    return list.join(u" | "_s);
}

// ---- The fixtures of tests/analysis/reference/moran_reference.py ------------------------------

inline const NeighbourLists Line4 = {{1}, {0, 2}, {1, 3}, {2}};
inline const QList<double> Line4Values = {1.0, 2.0, 3.0, 4.0};
inline const QList<double> LatticeValues = {
    9.8, 8.7, 7.9, 2.0, 4.2,
    8.9, 9.1, 6.4, 4.8, 3.9,
    7.2, 6.8, 5.5, 4.1, 3.3,
    4.4, 5.0, 3.8, 2.9, 2.6,
    3.1, 2.7, 3.5, 2.2, 7.6,
};
inline const NeighbourLists Asym6 = {{1, 2}, {0}, {1, 3}, {2, 4, 5}, {3}, {3, 4}};
inline const QList<double> Asym6Values = {3.0, 5.0, 4.0, 8.0, 6.0, 9.0};

// ---- Comparisons ------------------------------------------------------------------------------

inline constexpr double RelativeTolerance = 1e-9;
inline constexpr double AbsoluteTolerance = 1e-14;

// Empty when actual is within 1e-9 relative (or 1e-14 absolute) of expected; otherwise both
// values, full precision.
inline QString nearMismatch(double actual, double expected, const QString &what)
{
    const double diff = std::abs(actual - expected);
    if (diff <= RelativeTolerance * std::abs(expected) || diff <= AbsoluteTolerance)
        return {};
    return u"%1: actual %2, expected %3"_s.arg(what).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

// The first element-wise nearMismatch, or a size mismatch; empty when the lists agree.
inline QString listMismatch(const QList<double> &actual, const QList<double> &expected, const QString &what)
{
    if (actual.size() != expected.size())
        return u"%1: %2 values, expected %3"_s.arg(what).arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QString m = nearMismatch(actual[i], expected[i], u"%1[%2]"_s.arg(what).arg(i));
        if (!m.isEmpty())
            return m;
    }
    return {};
}

// ---- Feedback stubs ---------------------------------------------------------------------------

// Cancels once progress has been reported (i.e. after the first chunk).
class CancelAfterFirstProgress : public CityAtlas::Feedback
{
public:
    bool isCanceled() const override { return m_cancel; }
    void setProgress(double percent) override
    {
        m_progress = percent;
        if (percent > 0.0)
            m_cancel = true;
    }
    double progress() const { return m_progress; }

private:
    bool m_cancel = false;
    double m_progress = -1.0;
};

} // namespace TestUtil

// Fails with the description unless mismatch (a QString expression) is empty.
#define VERIFY_NO_MISMATCH(mismatch)                                                          \
    do {                                                                                      \
        const QString mismatch_ = (mismatch);                                                 \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                 \
    } while (false)

// actual is near expected (nearMismatch); for two lists of doubles, COMPARE_LIST_NEAR.
#define COMPARE_NEAR(actual, expected)                                                        \
    VERIFY_NO_MISMATCH(TestUtil::nearMismatch((actual), (expected), QString::fromLatin1(#actual)))
#define COMPARE_LIST_NEAR(actual, expected)                                                   \
    VERIFY_NO_MISMATCH(TestUtil::listMismatch((actual), (expected), QString::fromLatin1(#actual)))
