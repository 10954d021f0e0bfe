#pragma once

#include "analysis/evaluation/evaluationinput.h"

#include <Eigen/Core>

#include <QList>

#include <span>

namespace CityAtlas {

// Normalisation of an indicator matrix X (n units × m indicators) so that indicators with
// different units can be combined, and so that "larger is better" for every column of the
// result (Cost indicators are turned around). Each column j is treated on its own, with
// min_j, max_j, mean_j over the n units and the population standard deviation
// sd_j = sqrt(Σ_i (x_ij − mean_j)² / n):
//
//   MinMax            benefit  y_ij = (x_ij − min_j) / (max_j − min_j)        in [0, 1]
//                     cost     y_ij = (max_j − x_ij) / (max_j − min_j)
//                     Error when max_j == min_j ("min–max undefined").
//   ZScore            benefit  y_ij = (x_ij − mean_j) / sd_j                   mean 0, sd 1
//                     cost     y_ij = (mean_j − x_ij) / sd_j                   (negated)
//                     Error when sd_j == 0. Population sd (1/n), as the OECD/JRC Handbook's
//                     standardisation; scale by sqrt((n − 1)/n) for the sample-sd version.
//   Rank              r_ij = average rank of x_ij in column j, ascending for benefit (the
//                     smallest value gets 1, the largest n) and descending for cost; tied
//                     values share the mean of the ranks they occupy (1, 2.5, 2.5, 4).
//                     RankScale::Fraction: y_ij = r_ij / n, in (0, 1] (never 0, so usable by
//                     the geometric mean); RankScale::Ordinal: y_ij = r_ij, in [1, n].
//                     A constant column is valid (every unit gets (n + 1)/2 before scaling)
//                     but carries no information: Warning.
//   DistanceToTarget  d_ij = |x_ij − t_j| with a target t_j per indicator ("moderate"
//                     indicators, 适度指标: a ratio that should be near a planned value);
//                     y_ij = 1 − d_ij / max_i d_ij, in [0, 1]: 1 on the target, 0 for the unit
//                     farthest from it. The direction is not used (being on target is good).
//                     When every unit is on the target (max d = 0) all y_ij = 1: Warning.
//
// Errors (ok() == false, `values` empty): see checkIndicatorMatrix() (empty matrix, fewer
// than 2 units, direction/name count, NaN or infinite cells with unit and indicator); the
// per-column errors above, naming the indicator; DistanceToTarget without one finite target
// per indicator.
enum class NormalisationMethod {
    MinMax,
    ZScore,
    Rank,
    DistanceToTarget,
};

enum class RankScale {
    Fraction, // r / n, in (0, 1]
    Ordinal,  // r, in [1, n]
};

struct NormalisationOptions
{
    NormalisationMethod method = NormalisationMethod::MinMax;
    RankScale rankScale = RankScale::Fraction;
    QList<double> targets; // DistanceToTarget only: t_j, one per indicator
};

struct NormalisationResult
{
    NormalisationMethod method = NormalisationMethod::MinMax;
    Eigen::MatrixXd values; // n × m, the normalised matrix

    // Column statistics of the input X, always filled when the input is valid (length m).
    Eigen::VectorXd minimum;
    Eigen::VectorXd maximum;
    Eigen::VectorXd mean;
    Eigen::VectorXd standardDeviation; // population (1/n)

    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

NormalisationResult normalise(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                              const NormalisationOptions &options = {}, const EvaluationLabels &labels = {});

// A readable name of the method for messages ("min–max", "z-score", "rank", "distance to target").
QString normalisationMethodName(NormalisationMethod method);

} // namespace CityAtlas
