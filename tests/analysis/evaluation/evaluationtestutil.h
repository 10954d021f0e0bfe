#pragma once

// Helpers shared by the tests of analysis/evaluation: tolerant comparisons that print both
// values, matrix construction from row-major lists, and issue searches.

#include "analysis/evaluation/evaluationinput.h"

#include <Eigen/Core>

#include <QList>
#include <QString>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace EvaluationTest {

using namespace Qt::StringLiterals;

using Values = QList<double>;

inline constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// |actual − expected| <= tolerance · max(1, |expected|): relative for large values, absolute
// near 0 (loadings and z-scores cross 0).
inline bool isNear(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

inline QByteArray nearMessage(const QByteArray &what, double actual, double expected)
{
    return u"%1: actual %2, expected %3 (difference %4)"_s.arg(QString::fromUtf8(what))
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(std::abs(actual - expected), 0, 'g', 3)
        .toUtf8();
}

inline Eigen::MatrixXd rowMajor(Eigen::Index rows, Eigen::Index cols, const Values &values)
{
    Eigen::MatrixXd m(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j)
            m(i, j) = values.at(i * cols + j);
    return m;
}

inline Eigen::VectorXd vector(const Values &values)
{
    Eigen::VectorXd v(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        v(i) = values.at(i);
    return v;
}

inline std::span<const double> sp(const Values &v)
{
    return {v.constData(), std::size_t(v.size())};
}

// The first issue of the given severity whose message contains all the fragments, or null.
inline const CityAtlas::Issue *findIssue(const CityAtlas::IssueList &issues, CityAtlas::Issue::Severity severity,
                                         const QStringList &fragments)
{
    for (const CityAtlas::Issue &issue : issues) {
        if (issue.severity != severity)
            continue;
        bool all = true;
        for (const QString &f : fragments)
            all = all && issue.message.contains(f);
        if (all)
            return &issue;
    }
    return nullptr;
}

inline QByteArray describe(const CityAtlas::IssueList &issues)
{
    QStringList lines;
    for (const CityAtlas::Issue &issue : issues)
        lines.append(u"[%1] row %2 field '%3': %4"_s.arg(int(issue.severity)).arg(issue.row).arg(issue.field, issue.message));
    return lines.join(u"\n"_s).toUtf8();
}

} // namespace EvaluationTest

#define EVAL_COMPARE_NEAR(actual, expected, tolerance)                                                      \
    QVERIFY2(EvaluationTest::isNear((actual), (expected), (tolerance)),                                     \
             EvaluationTest::nearMessage(#actual, (actual), (expected)).constData())

// Compares an Eigen vector or matrix with a row-major list of expected values.
#define EVAL_COMPARE_ALL(actual, expectedList, tolerance)                                                   \
    do {                                                                                                    \
        const auto &a_ = (actual);                                                                          \
        const EvaluationTest::Values e_ = (expectedList);                                                   \
        QCOMPARE(qsizetype(a_.size()), e_.size());                                                          \
        for (Eigen::Index i_ = 0; i_ < a_.rows(); ++i_)                                                     \
            for (Eigen::Index j_ = 0; j_ < a_.cols(); ++j_) {                                               \
                const double ev_ = e_.at(i_ * a_.cols() + j_);                                              \
                QVERIFY2(EvaluationTest::isNear(a_(i_, j_), ev_, (tolerance)),                              \
                         EvaluationTest::nearMessage(QByteArray(#actual "(") + QByteArray::number(i_) + ", "  \
                                                         + QByteArray::number(j_) + ")",                    \
                                                     a_(i_, j_), ev_)                                       \
                             .constData());                                                                 \
            }                                                                                               \
    } while (false)

#define EVAL_VERIFY_OK(result) QVERIFY2((result).ok(), EvaluationTest::describe((result).issues).constData())
