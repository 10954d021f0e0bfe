#include "analysis/evaluation/aggregation.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <vector>

namespace CityAtlas {

namespace {

struct AggregationTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Aggregation)
};

// Lists at most MaxListedIssues cell issues, then one issue counting the rest.
class CellIssues
{
public:
    CellIssues(IssueList &issues, const EvaluationLabels &labels) : m_issues(issues), m_labels(labels) {}
    void add(Eigen::Index row, Eigen::Index column, const QString &message)
    {
        if (m_count < MaxListedIssues) {
            Issue issue = Issue::error(message);
            issue.row = row;
            issue.field = m_labels.fieldName(column);
            m_issues.append(issue);
        }
        ++m_count;
    }
    void finish()
    {
        if (m_count > MaxListedIssues)
            m_issues.append(Issue::error(AggregationTr::tr("%n more cell(s) with the same problem were not listed.",
                                                           nullptr, m_count - MaxListedIssues)));
    }

private:
    IssueList &m_issues;
    const EvaluationLabels &m_labels;
    int m_count = 0;
};

IssueList checkShift(const GeometricOptions &options)
{
    IssueList issues;
    if (options.zeros == ZeroHandling::Shift && !(std::isfinite(options.shift) && options.shift > 0.0)) {
        issues.append(Issue::error(
            AggregationTr::tr("The shift ε of the geometric mean must be a positive number; it is %1.").arg(options.shift)));
    }
    return issues;
}

// Geometric means of selected columns: columns[k] with weight weights[k]. Appends issues
// for non-positive cells (negative always, zero unless shifted) and a Warning for zeros
// when shifted. Returns false on errors.
bool geometricMeans(const Eigen::MatrixXd &y, std::span<const Eigen::Index> columns, std::span<const double> weights,
                    const GeometricOptions &options, const EvaluationLabels &labels, IssueList &issues,
                    Eigen::VectorXd &out)
{
    const Eigen::Index n = y.rows();
    const bool shift = options.zeros == ZeroHandling::Shift;
    const double eps = shift ? options.shift : 0.0;
    CellIssues cellIssues(issues, labels);
    qint64 zeros = 0;
    bool bad = false;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        if (weights[k] == 0.0)
            continue;
        const Eigen::Index j = columns[k];
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v = y(i, j);
            if (v < 0.0) {
                cellIssues.add(i, j,
                               AggregationTr::tr("%1, %2: the value %3 is negative; the geometric mean needs "
                                                 "positive values (use min–max, rank or distance-to-target "
                                                 "normalisation, not z-scores).")
                                   .arg(labels.unitName(i), labels.indicatorName(j))
                                   .arg(v));
                bad = true;
            } else if (v == 0.0) {
                ++zeros;
                if (!shift) {
                    cellIssues.add(i, j,
                                   AggregationTr::tr("%1, %2: the value is 0, so the geometric mean would be 0 "
                                                     "whatever the other indicators are. Shift the values by a small "
                                                     "ε (ZeroHandling::Shift) or use the arithmetic mean.")
                                       .arg(labels.unitName(i), labels.indicatorName(j)));
                    bad = true;
                }
            }
        }
    }
    cellIssues.finish();
    if (bad)
        return false;
    if (zeros > 0) {
        issues.append(Issue::warning(AggregationTr::tr("%n cell(s) were 0; ε = %1 was added to every value before "
                                                       "the geometric mean and subtracted from the result.",
                                                       nullptr, int(std::min<qint64>(zeros, INT_MAX)))
                                         .arg(eps)));
    }
    out.setZero(n);
    for (std::size_t k = 0; k < columns.size(); ++k) {
        if (weights[k] == 0.0)
            continue;
        out.array() += weights[k] * (y.col(columns[k]).array() + eps).log();
    }
    out = (out.array().exp() - eps).matrix();
    return true;
}

} // namespace

QString aggregationMethodName(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::Arithmetic:
        return AggregationTr::tr("weighted arithmetic mean");
    case AggregationMethod::Geometric:
        return AggregationTr::tr("weighted geometric mean");
    case AggregationMethod::Topsis:
        return AggregationTr::tr("TOPSIS");
    }
    return {};
}

ScoreResult weightedArithmeticMean(const Eigen::MatrixXd &normalised, std::span<const double> weights,
                                   const EvaluationLabels &labels)
{
    ScoreResult result;
    result.issues = checkIndicatorMatrix(normalised, {}, labels, 1, false);
    result.issues += checkWeights(weights, normalised.cols(), labels);
    if (hasErrors(result.issues))
        return result;
    const Eigen::Map<const Eigen::VectorXd> w(weights.data(), Eigen::Index(weights.size()));
    result.scores = normalised * w;
    return result;
}

ScoreResult weightedGeometricMean(const Eigen::MatrixXd &normalised, std::span<const double> weights,
                                  const GeometricOptions &options, const EvaluationLabels &labels)
{
    ScoreResult result;
    result.issues = checkIndicatorMatrix(normalised, {}, labels, 1, false);
    result.issues += checkWeights(weights, normalised.cols(), labels);
    result.issues += checkShift(options);
    if (hasErrors(result.issues))
        return result;
    std::vector<Eigen::Index> columns(static_cast<size_t>(normalised.cols()));
    std::iota(columns.begin(), columns.end(), Eigen::Index(0));
    Eigen::VectorXd scores;
    if (geometricMeans(normalised, columns, weights, options, labels, result.issues, scores))
        result.scores = std::move(scores);
    return result;
}

TopsisResult topsis(const Eigen::MatrixXd &x, std::span<const Direction> directions, std::span<const double> weights,
                    const EvaluationLabels &labels)
{
    TopsisResult result;
    result.issues = checkIndicatorMatrix(x, directions, labels, 2);
    if (!hasErrors(result.issues))
        result.issues += checkWeights(weights, x.cols(), labels);
    if (hasErrors(result.issues))
        return result;

    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();
    Eigen::MatrixXd v(n, m);
    for (Eigen::Index j = 0; j < m; ++j) {
        const double norm = x.col(j).norm();
        if (norm == 0.0) {
            if (weights[size_t(j)] > 0.0) {
                Issue issue = Issue::error(AggregationTr::tr("%1 is 0 for every unit: its vector normalisation "
                                                             "x / sqrt(Σ x²) is undefined. Remove the indicator "
                                                             "or give it weight 0.")
                                               .arg(labels.indicatorName(j)));
                issue.field = labels.fieldName(j);
                result.issues.append(issue);
            }
            v.col(j).setZero();
            continue;
        }
        v.col(j) = weights[size_t(j)] * x.col(j) / norm;
    }
    if (hasErrors(result.issues))
        return result;

    Eigen::VectorXd ideal(m);
    Eigen::VectorXd antiIdeal(m);
    for (Eigen::Index j = 0; j < m; ++j) {
        const double hi = v.col(j).maxCoeff();
        const double lo = v.col(j).minCoeff();
        const bool cost = directions[size_t(j)] == Direction::Cost;
        ideal(j) = cost ? lo : hi;
        antiIdeal(j) = cost ? hi : lo;
    }
    Eigen::VectorXd dPlus(n);
    Eigen::VectorXd dMinus(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        dPlus(i) = (v.row(i).transpose() - ideal).norm();
        dMinus(i) = (v.row(i).transpose() - antiIdeal).norm();
    }
    if (ideal == antiIdeal) {
        result.issues.append(Issue::error(AggregationTr::tr("All %1 units have the same values on every indicator with "
                                                            "a positive weight: the ideal and anti-ideal solutions "
                                                            "coincide, so the TOPSIS closeness is undefined.")
                                              .arg(n)));
        return result;
    }
    // With ideal != anti-ideal, D+ + D− >= |A+ − A−| > 0 for every unit (triangle inequality).
    result.closeness = (dMinus.array() / (dPlus.array() + dMinus.array())).matrix();
    result.distanceToIdeal = std::move(dPlus);
    result.distanceToAntiIdeal = std::move(dMinus);
    result.ideal = std::move(ideal);
    result.antiIdeal = std::move(antiIdeal);
    result.weightedNormalised = std::move(v);
    return result;
}

Eigen::VectorXd rankValues(std::span<const double> values, RankOrder order, TieMethod ties)
{
    const std::size_t n = values.size();
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), std::size_t(0));
    if (order == RankOrder::HighestFirst)
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    else
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });

    Eigen::VectorXd ranks(static_cast<Eigen::Index>(n));
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start + 1; // block [start, end) of equal values
        while (end < n && values[idx[end]] == values[idx[start]])
            ++end;
        // Positions start..end-1 hold ranks start+1..end.
        const double rank = ties == TieMethod::Min ? double(start + 1) : 0.5 * double(start + 1 + end);
        for (std::size_t k = start; k < end; ++k)
            ranks(Eigen::Index(idx[k])) = rank;
        start = end;
    }
    return ranks;
}

GroupScores aggregateGroups(const Eigen::MatrixXd &leafScores, std::span<const int> parent,
                            std::span<const double> withinGroupWeights, AggregationMethod method,
                            const GeometricOptions &geometric, const EvaluationLabels &labels,
                            const QStringList &groupNames)
{
    GroupScores result;
    result.issues = checkIndicatorMatrix(leafScores, {}, labels, 1, false);
    const Eigen::Index leaves = leafScores.cols();
    if (method == AggregationMethod::Topsis) {
        result.issues.append(Issue::error(AggregationTr::tr("TOPSIS cannot aggregate indicators within a group; use the "
                                                            "weighted arithmetic or geometric mean.")));
    }
    if (Eigen::Index(parent.size()) != leaves || Eigen::Index(withinGroupWeights.size()) != leaves) {
        result.issues.append(Issue::error(AggregationTr::tr("The hierarchy lists %1 parent(s) and %2 weight(s) for %3 "
                                                            "leaf indicator(s); each leaf needs one of both.")
                                              .arg(parent.size())
                                              .arg(withinGroupWeights.size())
                                              .arg(leaves)));
    }
    result.issues += checkShift(geometric);
    if (hasErrors(result.issues))
        return result;

    const int maxParent = leaves > 0 ? *std::max_element(parent.begin(), parent.end()) : -1;
    const int groupCount = groupNames.isEmpty() ? maxParent + 1 : int(groupNames.size());
    auto groupName = [&](int g) {
        if (g >= 0 && g < groupNames.size() && !groupNames.at(g).isEmpty())
            return AggregationTr::tr("group %1 “%2”").arg(g).arg(groupNames.at(g));
        return AggregationTr::tr("group %1").arg(g);
    };
    std::vector<std::vector<Eigen::Index>> members(size_t(std::max(groupCount, 0)));
    for (Eigen::Index l = 0; l < leaves; ++l) {
        const int g = parent[size_t(l)];
        const double w = withinGroupWeights[size_t(l)];
        if (g < 0 || g >= groupCount) {
            Issue issue = Issue::error(AggregationTr::tr("The parent of %1 is %2; it must be a group index from 0 to %3.")
                                           .arg(labels.indicatorName(l))
                                           .arg(g)
                                           .arg(groupCount - 1));
            issue.field = labels.fieldName(l);
            result.issues.append(issue);
            continue;
        }
        if (!std::isfinite(w) || w < 0.0) {
            Issue issue = Issue::error(AggregationTr::tr("The weight of %1 within its group is %2; weights must be finite "
                                                         "and non-negative.")
                                           .arg(labels.indicatorName(l))
                                           .arg(w));
            issue.field = labels.fieldName(l);
            result.issues.append(issue);
        }
        members[size_t(g)].push_back(l);
    }
    if (hasErrors(result.issues))
        return result;
    for (int g = 0; g < groupCount; ++g) {
        const auto &list = members[size_t(g)];
        if (list.empty()) {
            result.issues.append(Issue::error(
                AggregationTr::tr("%1 has no indicators; every group needs at least one.").arg(groupName(g))));
            continue;
        }
        double sum = 0.0;
        for (Eigen::Index l : list)
            sum += withinGroupWeights[size_t(l)];
        if (std::abs(sum - 1.0) > WeightSumTolerance) {
            result.issues.append(Issue::error(AggregationTr::tr("The weights within %1 sum to %2, not 1 (tolerance %3).")
                                                  .arg(groupName(g))
                                                  .arg(sum, 0, 'g', 10)
                                                  .arg(WeightSumTolerance)));
        }
    }
    if (hasErrors(result.issues))
        return result;

    Eigen::MatrixXd scores(leafScores.rows(), groupCount);
    for (int g = 0; g < groupCount; ++g) {
        const auto &list = members[size_t(g)];
        std::vector<double> w;
        w.reserve(list.size());
        for (Eigen::Index l : list)
            w.push_back(withinGroupWeights[size_t(l)]);
        if (method == AggregationMethod::Arithmetic) {
            Eigen::VectorXd s = Eigen::VectorXd::Zero(leafScores.rows());
            for (std::size_t k = 0; k < list.size(); ++k)
                s += w[k] * leafScores.col(list[k]);
            scores.col(g) = s;
        } else {
            Eigen::VectorXd s;
            if (!geometricMeans(leafScores, list, w, geometric, labels, result.issues, s))
                return result;
            scores.col(g) = s;
        }
    }
    result.scores = std::move(scores);
    return result;
}

} // namespace CityAtlas
