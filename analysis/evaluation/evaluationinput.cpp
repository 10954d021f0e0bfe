#include "analysis/evaluation/evaluationinput.h"

#include <QCoreApplication>

#include <cmath>

namespace CityAtlas {

namespace {

struct EvaluationTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Evaluation)
};

} // namespace

QString EvaluationLabels::indicatorName(qsizetype column) const
{
    if (column >= 0 && column < indicators.size() && !indicators.at(column).isEmpty())
        return EvaluationTr::tr("indicator %1 “%2”").arg(column).arg(indicators.at(column));
    return EvaluationTr::tr("indicator %1").arg(column);
}

QString EvaluationLabels::unitName(qsizetype row) const
{
    if (row >= 0 && row < units.size() && !units.at(row).isEmpty())
        return EvaluationTr::tr("unit %1 “%2”").arg(row).arg(units.at(row));
    return EvaluationTr::tr("unit %1").arg(row);
}

QString EvaluationLabels::fieldName(qsizetype column) const
{
    if (column >= 0 && column < indicators.size() && !indicators.at(column).isEmpty())
        return indicators.at(column);
    return EvaluationTr::tr("indicator %1").arg(column);
}

IssueList checkIndicatorMatrix(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                               const EvaluationLabels &labels, Eigen::Index minUnits, bool checkDirections)
{
    IssueList issues;
    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();
    if (n == 0 || m == 0) {
        issues.append(Issue::error(EvaluationTr::tr("The indicator matrix is empty (%1 units × %2 indicators); "
                                                    "at least %3 units and 1 indicator are needed.")
                                       .arg(n)
                                       .arg(m)
                                       .arg(minUnits)));
        return issues;
    }
    if (n < minUnits) {
        issues.append(Issue::error(
            EvaluationTr::tr("The indicator matrix has %1 unit(s); this method needs at least %2.").arg(n).arg(minUnits)));
    }
    if (checkDirections && Eigen::Index(directions.size()) != m) {
        issues.append(Issue::error(EvaluationTr::tr("%1 indicator direction(s) were given for %2 indicator(s); "
                                                    "every indicator needs one (benefit or cost).")
                                       .arg(directions.size())
                                       .arg(m)));
    }
    if (!labels.indicators.isEmpty() && labels.indicators.size() != m) {
        issues.append(Issue::error(EvaluationTr::tr("%1 indicator name(s) were given for %2 indicator(s).")
                                       .arg(labels.indicators.size())
                                       .arg(m)));
    }
    if (!labels.units.isEmpty() && labels.units.size() != n) {
        issues.append(Issue::error(
            EvaluationTr::tr("%1 unit name(s) were given for %2 unit(s).").arg(labels.units.size()).arg(n)));
    }

    int bad = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < m; ++j) {
            if (std::isfinite(x(i, j)))
                continue;
            if (bad < MaxListedIssues) {
                Issue issue = Issue::error(EvaluationTr::tr("%1, %2: the value is not a finite number (%3); "
                                                            "fill or remove missing values first.")
                                               .arg(labels.unitName(i), labels.indicatorName(j))
                                               .arg(x(i, j)));
                issue.row = i;
                issue.field = labels.fieldName(j);
                issues.append(issue);
            }
            ++bad;
        }
    }
    if (bad > MaxListedIssues) {
        issues.append(Issue::error(
            EvaluationTr::tr("%n more cell(s) that are not finite numbers were not listed.", nullptr, bad - MaxListedIssues)));
    }
    return issues;
}

IssueList checkWeights(std::span<const double> weights, Eigen::Index indicatorCount, const EvaluationLabels &labels)
{
    IssueList issues;
    if (Eigen::Index(weights.size()) != indicatorCount) {
        issues.append(Issue::error(EvaluationTr::tr("%1 weight(s) were given for %2 indicator(s).")
                                       .arg(weights.size())
                                       .arg(indicatorCount)));
        return issues;
    }
    double sum = 0.0;
    for (std::size_t j = 0; j < weights.size(); ++j) {
        const double w = weights[j];
        if (!std::isfinite(w) || w < 0.0) {
            Issue issue = Issue::error(EvaluationTr::tr("The weight of %1 is %2; weights must be finite and "
                                                        "non-negative.")
                                           .arg(labels.indicatorName(qsizetype(j)))
                                           .arg(w));
            issue.field = labels.fieldName(qsizetype(j));
            issues.append(issue);
        }
        sum += w;
    }
    if (!hasErrors(issues) && std::abs(sum - 1.0) > WeightSumTolerance) {
        issues.append(Issue::error(EvaluationTr::tr("The weights sum to %1, not 1 (tolerance %2). Correct the "
                                                    "weights, or normalise them by dividing each by their sum.")
                                       .arg(sum, 0, 'g', 10)
                                       .arg(WeightSumTolerance)));
    }
    return issues;
}

} // namespace CityAtlas
