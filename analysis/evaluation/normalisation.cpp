#include "analysis/evaluation/normalisation.h"

#include "analysis/evaluation/aggregation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace CityAtlas {

namespace {

struct NormalisationTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Normalisation)
};

Issue columnIssue(Issue::Severity severity, const QString &message, const EvaluationLabels &labels, Eigen::Index j)
{
    Issue issue = severity == Issue::Severity::Error ? Issue::error(message) : Issue::warning(message);
    issue.field = labels.fieldName(j);
    return issue;
}

} // namespace

QString normalisationMethodName(NormalisationMethod method)
{
    switch (method) {
    case NormalisationMethod::MinMax:
        return NormalisationTr::tr("min–max");
    case NormalisationMethod::ZScore:
        return NormalisationTr::tr("z-score");
    case NormalisationMethod::Rank:
        return NormalisationTr::tr("rank");
    case NormalisationMethod::DistanceToTarget:
        return NormalisationTr::tr("distance to target");
    }
    return {};
}

NormalisationResult normalise(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                              const NormalisationOptions &options, const EvaluationLabels &labels)
{
    NormalisationResult result;
    result.method = options.method;
    result.issues = checkIndicatorMatrix(x, directions, labels, 2, options.method != NormalisationMethod::DistanceToTarget);
    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();
    if (options.method == NormalisationMethod::DistanceToTarget) {
        if (options.targets.size() != m) {
            result.issues.append(Issue::error(NormalisationTr::tr("Distance-to-target normalisation needs one target per "
                                                                  "indicator: %1 target(s) were given for %2 indicator(s).")
                                                  .arg(options.targets.size())
                                                  .arg(m)));
        } else {
            for (Eigen::Index j = 0; j < m; ++j) {
                if (!std::isfinite(options.targets.at(j))) {
                    result.issues.append(columnIssue(Issue::Severity::Error,
                                                     NormalisationTr::tr("The target of %1 is not a finite number (%2).")
                                                         .arg(labels.indicatorName(j))
                                                         .arg(options.targets.at(j)),
                                                     labels, j));
                }
            }
        }
    }
    if (hasErrors(result.issues))
        return result;

    result.minimum = x.colwise().minCoeff().transpose();
    result.maximum = x.colwise().maxCoeff().transpose();
    result.mean = x.colwise().mean().transpose();
    result.standardDeviation.resize(m);
    for (Eigen::Index j = 0; j < m; ++j)
        result.standardDeviation(j) = std::sqrt((x.col(j).array() - result.mean(j)).square().sum() / double(n));

    Eigen::MatrixXd y(n, m);
    for (Eigen::Index j = 0; j < m; ++j) {
        const bool cost = options.method != NormalisationMethod::DistanceToTarget && directions[size_t(j)] == Direction::Cost;
        const double lo = result.minimum(j);
        const double hi = result.maximum(j);
        switch (options.method) {
        case NormalisationMethod::MinMax: {
            if (hi == lo) {
                result.issues.append(columnIssue(Issue::Severity::Error,
                                                 NormalisationTr::tr("%1 has the same value (%2) for all %3 units: "
                                                                     "min–max normalisation is undefined (max − min = 0). "
                                                                     "Remove the indicator or choose another method.")
                                                     .arg(labels.indicatorName(j))
                                                     .arg(lo)
                                                     .arg(n),
                                                 labels, j));
                continue;
            }
            const double range = hi - lo;
            if (cost)
                y.col(j) = ((hi - x.col(j).array()) / range).matrix();
            else
                y.col(j) = ((x.col(j).array() - lo) / range).matrix();
            break;
        }
        case NormalisationMethod::ZScore: {
            const double sd = result.standardDeviation(j);
            if (!(sd > 0.0)) {
                result.issues.append(columnIssue(Issue::Severity::Error,
                                                 NormalisationTr::tr("%1 has the same value (%2) for all %3 units: its "
                                                                     "standard deviation is 0, so z-scores are undefined.")
                                                     .arg(labels.indicatorName(j))
                                                     .arg(lo)
                                                     .arg(n),
                                                 labels, j));
                continue;
            }
            const double mu = result.mean(j);
            if (cost)
                y.col(j) = ((mu - x.col(j).array()) / sd).matrix();
            else
                y.col(j) = ((x.col(j).array() - mu) / sd).matrix();
            break;
        }
        case NormalisationMethod::Rank: {
            if (hi == lo) {
                result.issues.append(columnIssue(Issue::Severity::Warning,
                                                 NormalisationTr::tr("%1 has the same value (%2) for all %3 units: all "
                                                                     "share the middle rank, so it does not "
                                                                     "discriminate between units.")
                                                     .arg(labels.indicatorName(j))
                                                     .arg(lo)
                                                     .arg(n),
                                                 labels, j));
            }
            const Eigen::VectorXd column = x.col(j);
            // Benefit: the smallest value gets rank 1 and the largest rank n.
            const Eigen::VectorXd r = rankValues({column.data(), size_t(n)},
                                                 cost ? RankOrder::HighestFirst : RankOrder::LowestFirst,
                                                 TieMethod::Average);
            y.col(j) = options.rankScale == RankScale::Fraction ? Eigen::VectorXd(r / double(n)) : r;
            break;
        }
        case NormalisationMethod::DistanceToTarget: {
            const double target = options.targets.at(j);
            const Eigen::ArrayXd d = (x.col(j).array() - target).abs();
            const double dMax = d.maxCoeff();
            if (dMax == 0.0) {
                result.issues.append(columnIssue(Issue::Severity::Warning,
                                                 NormalisationTr::tr("All %1 units are on the target (%2) of %3: every "
                                                                     "unit gets 1, so it does not discriminate.")
                                                     .arg(n)
                                                     .arg(target)
                                                     .arg(labels.indicatorName(j)),
                                                 labels, j));
                y.col(j).setOnes();
            } else {
                y.col(j) = (1.0 - d / dMax).matrix();
            }
            break;
        }
        }
    }
    if (!hasErrors(result.issues))
        result.values = std::move(y);
    return result;
}

} // namespace CityAtlas
