#pragma once

#include "analysis/evaluation/evaluationinput.h"

#include <Eigen/Core>

#include <QList>
#include <QStringList>

#include <span>

namespace CityAtlas {

// Aggregation of normalised indicators into one composite score per unit, ranking, and
// one level of a hierarchical indicator system.
//
// Weights: one per indicator, finite, non-negative, summing to 1 within WeightSumTolerance
// (checkWeights(); weights that do not sum to 1 are an error naming the sum, never silently
// rescaled). Errors leave the numeric members empty.

enum class AggregationMethod {
    Arithmetic, // S_i = Σ_j w_j y_ij
    Geometric,  // S_i = Π_j y_ij^{w_j}
    Topsis,     // closeness to the ideal solution (see topsis())
};

QString aggregationMethodName(AggregationMethod method);

struct ScoreResult
{
    Eigen::VectorXd scores; // n
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

// Weighted arithmetic mean S_i = Σ_j w_j y_ij of a normalised matrix y (n × m). Fully
// compensatory: a deficit in one indicator is offset by a surplus in another.
ScoreResult weightedArithmeticMean(const Eigen::MatrixXd &normalised, std::span<const double> weights,
                                   const EvaluationLabels &labels = {});

// Weighted geometric mean S_i = Π_j y_ij^{w_j} = exp(Σ_j w_j ln y_ij), partially
// compensatory. Indicators with w_j = 0 are left out (y^0 = 1, also for y = 0). It needs
// y_ij > 0 where w_j > 0:
//   - a negative value is always an error naming the unit and indicator (z-scores are not
//     suitable: use min–max, rank or distance-to-target values);
//   - zeros (min–max always gives 0 to the worst unit of each indicator):
//       ZeroHandling::Error  an error per zero cell naming the unit and the indicator;
//       ZeroHandling::Shift  every value is shifted by ε before the mean and the result
//                            shifted back: S_i = Π_j (y_ij + ε)^{w_j} − ε. The shift is applied
//                            to all cells whether or not a zero occurs (one formula for all
//                            data); when zeros occur a Warning gives their count and ε. With
//                            Σw = 1 a unit whose values all equal c still scores c, and a unit
//                            with all zeros scores 0. ε must be > 0 (default 0.01, for data
//                            on [0, 1]).
enum class ZeroHandling {
    Error,
    Shift,
};

struct GeometricOptions
{
    ZeroHandling zeros = ZeroHandling::Error;
    double shift = 0.01; // ε
};

ScoreResult weightedGeometricMean(const Eigen::MatrixXd &normalised, std::span<const double> weights,
                                  const GeometricOptions &options = {}, const EvaluationLabels &labels = {});

// TOPSIS (Hwang & Yoon 1981) on a raw decision matrix x (n × m) with directions:
//   r_ij = x_ij / sqrt(Σ_i x_ij²)                 vector normalisation
//   v_ij = w_j r_ij
//   A+_j = max_i v_ij (benefit) or min_i v_ij (cost)     ideal
//   A−_j = min_i v_ij (benefit) or max_i v_ij (cost)     anti-ideal
//   D+_i = sqrt(Σ_j (v_ij − A+_j)²),  D−_i = sqrt(Σ_j (v_ij − A−_j)²)   Euclidean
//   C_i  = D−_i / (D+_i + D−_i)                   in [0, 1], larger is better
// Errors: checkIndicatorMatrix() (at least 2 units), checkWeights(); an indicator with w_j > 0 whose column is
// all zero (vector normalisation undefined); all units identical on every indicator with
// w_j > 0 (D+ + D− = 0, closeness undefined). Negative values are accepted (the formulas stay
// defined), as when TOPSIS is applied to z-scores with all directions Benefit.
struct TopsisResult
{
    Eigen::VectorXd closeness;          // C_i
    Eigen::VectorXd distanceToIdeal;    // D+_i
    Eigen::VectorXd distanceToAntiIdeal; // D−_i
    Eigen::VectorXd ideal;              // A+ (length m)
    Eigen::VectorXd antiIdeal;          // A−
    Eigen::MatrixXd weightedNormalised; // v (n × m)
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

TopsisResult topsis(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                    std::span<const double> weights, const EvaluationLabels &labels = {});

// ---- Ranking ------------------------------------------------------------------------------
//
// Ranks are 1-based. Values that compare equal (exactly, ==) are ties:
//   TieMethod::Min      all tied units get the smallest rank of the block ("competition"
//                       ranking 1, 2, 2, 4; R rank(ties.method = "min"));
//   TieMethod::Average  they share the mean of the ranks of the block (1, 2.5, 2.5, 4;
//                       R rank(ties.method = "average")).
// RankOrder::HighestFirst gives rank 1 to the largest value (scores); LowestFirst to the
// smallest. Values must be finite (they are, after a successful aggregation); a NaN would
// make the order undefined, so the caller checks first.
enum class TieMethod {
    Min,
    Average,
};

enum class RankOrder {
    HighestFirst,
    LowestFirst,
};

Eigen::VectorXd rankValues(std::span<const double> values, RankOrder order = RankOrder::HighestFirst,
                           TieMethod ties = TieMethod::Min);

// ---- One level of a hierarchical indicator system ------------------------------------------
//
// leafScores (n × L) holds the normalised leaf indicators; parent[l] in [0, G) names the
// first-level group of leaf l (e.g. 0 = economy, 1 = environment, 2 = governance), and
// withinGroupWeights[l] its weight inside that group; the weights of each group must sum to
// 1 (within WeightSumTolerance). The result (n × G) is, per group g,
//   Arithmetic: S_ig = Σ_{l: parent[l] = g} w_l y_il
//   Geometric:  S_ig = Π_{l: parent[l] = g} y_il^{w_l}   (zeros as in weightedGeometricMean)
// G is groupNames.size() when names are given, otherwise max(parent) + 1; every group needs
// at least one leaf. Call again on the result with group weights for the next level (or use
// weightedArithmeticMean with first-level weights for the composite). TOPSIS is not a
// within-group mean: Error.
struct GroupScores
{
    Eigen::MatrixXd scores; // n × G
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

GroupScores aggregateGroups(const Eigen::MatrixXd &leafScores, std::span<const int> parent,
                            std::span<const double> withinGroupWeights,
                            AggregationMethod method = AggregationMethod::Arithmetic,
                            const GeometricOptions &geometric = {}, const EvaluationLabels &labels = {},
                            const QStringList &groupNames = {});

} // namespace CityAtlas
