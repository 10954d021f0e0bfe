#pragma once

#include "analysis/evaluation/aggregation.h"
#include "analysis/evaluation/evaluationinput.h"
#include "analysis/evaluation/normalisation.h"

#include <Eigen/Core>

#include <QList>
#include <QtGlobal>

#include <span>

namespace CityAtlas {

class Feedback;

// Monte Carlo uncertainty analysis of a composite index (in the spirit of the OECD/JRC
// Handbook, section 7, "Uncertainty and sensitivity analysis"): how stable is each unit's
// rank when the weights, the normalisation and the aggregation are varied?
//
// Each of the D draws d = 0..D−1:
//  1. uses its own generator std::mt19937_64 seeded with Permutation::streamSeed(seed, d)
//     (analysis/moran.h), so a draw is the same whatever the thread count and the chunking;
//  2. picks one (normalisation, aggregation) pair uniformly from the valid pairs of
//     options.normalisations × options.aggregations (Permutation::uniformIndex; always
//     drawn, even when there is a single pair). ZScore × Geometric is excluded (z-scores are
//     negative; Warning when the lists would allow it);
//  3. perturbs the nominal weights w (which must pass checkWeights()):
//       None       w' = w;
//       Dirichlet  w' ~ Dirichlet(α), α_j = κ w_j: g_j ~ Gamma(α_j, 1) by
//                  std::gamma_distribution, w'_j = g_j / Σ g; E[w'] = w and
//                  Var[w'_j] = w_j (1 − w_j) / (κ + 1), so a larger κ stays closer to w.
//                  Indicators with w_j = 0 keep 0. (std::gamma_distribution is specified by
//                  the distribution, not the algorithm: draws are reproducible for a given
//                  C++ standard library, e.g. libstdc++ on Debian, not across libraries.)
//       Uniform    w'_j = w_j (1 + r (2 U_j − 1)), U_j uniform on [0, 1) from the top 53
//                  bits of the generator (portable), then w' /= Σ w'; r = relativeRange in
//                  [0, 1), so every weight varies by ±100·r % before renormalising.
//     The random numbers are drawn in this order: the pair index, then the weights in
//     indicator order (Dirichlet: one Gamma variate per indicator with w_j > 0; Uniform: one
//     U_j per indicator, also where w_j = 0, which stays 0). In the practically impossible
//     case that every Gamma variate underflows to 0, the draw keeps w (Warning with the count).
//  4. normalises X with the chosen method (Direction per indicator; the normalised matrices
//     are computed once) and aggregates with w':
//       Arithmetic  Σ_j w'_j y_ij;
//       Geometric   Π_j (y_ij + ε)^{w'_j} − ε, ε = geometricShift (ZeroHandling::Shift);
//       Topsis      TOPSIS closeness of the normalised matrix with every indicator as
//                   Benefit (the normalisation has already oriented cost indicators);
//  5. ranks the scores, rank 1 = highest score, ties by options.ties.
// For each unit: median rank, 5th and 95th percentile rank, mean score over the D draws.
// Percentiles use linear interpolation between order statistics (Hyndman & Fan type 7, the
// default of R's quantile() and NumPy's percentile): with the D ranks sorted r_(0) <= ... <=
// r_(D−1), h = (D − 1) p, Q(p) = r_(⌊h⌋) + (h − ⌊h⌋)(r_(⌊h⌋+1) − r_(⌊h⌋)); the median is Q(0.5),
// so Q(0.05) <= median <= Q(0.95). The mean score mixes scales when several aggregation
// methods are drawn (closeness, arithmetic and geometric means are all "larger is better"
// but not on one scale); compare ranks rather than mean scores in that case.
//
// Nominal result: the nominal weights with the first valid pair in list order
// (normalisations[0] with aggregations[0] unless excluded).
//
// Errors (nothing computed): checkIndicatorMatrix() and checkWeights(); draws outside
// 1..1000000 or draws × units above 10 million (the rank and score matrices are kept);
// negative threadCount; κ not positive; relativeRange outside [0, 1); ε not positive; empty
// method lists or no valid pair; any valid pair that fails on the nominal weights (e.g. a
// constant indicator under min–max), reported with the pair's names.
// Cancelling through Feedback stops between chunks of draws: `cancelled` is set, a Warning is
// added, and only the nominal members are filled. Progress runs 0..100 over the draws.
enum class WeightPerturbation {
    None,
    Dirichlet,
    Uniform,
};

struct UncertaintyOptions
{
    int draws = 1000;
    quint64 seed = 12345;
    int threadCount = 1; // 1: the calling thread; > 1: a private QThreadPool; 0: ideal count

    WeightPerturbation weightPerturbation = WeightPerturbation::Dirichlet;
    double concentration = 100.0; // κ (Dirichlet)
    double relativeRange = 0.2;   // r (Uniform)

    QList<NormalisationMethod> normalisations{NormalisationMethod::MinMax};
    QList<AggregationMethod> aggregations{AggregationMethod::Arithmetic};
    RankScale rankScale = RankScale::Fraction; // for NormalisationMethod::Rank
    QList<double> targets;                     // for NormalisationMethod::DistanceToTarget
    double geometricShift = 0.01;              // ε for AggregationMethod::Geometric
    TieMethod ties = TieMethod::Min;
};

struct UncertaintyResult
{
    int draws = 0;
    quint64 seed = 0;

    // Nominal configuration (see above).
    NormalisationMethod nominalNormalisation = NormalisationMethod::MinMax;
    AggregationMethod nominalAggregation = AggregationMethod::Arithmetic;
    Eigen::VectorXd nominalScores; // n
    Eigen::VectorXd nominalRanks;  // n

    // Per unit over the draws (n each; empty when cancelled).
    Eigen::VectorXd medianRank;
    Eigen::VectorXd lowerRank; // 5th percentile, Q(0.05)
    Eigen::VectorXd upperRank; // 95th percentile, Q(0.95)
    Eigen::VectorXd meanScore;

    // Every draw (row d = draw d; empty when cancelled).
    Eigen::MatrixXd ranks;       // D × n
    Eigen::MatrixXd scores;      // D × n
    Eigen::MatrixXd drawWeights; // D × m, w'
    QList<NormalisationMethod> drawNormalisations; // D
    QList<AggregationMethod> drawAggregations;     // D

    bool cancelled = false;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
    bool isComplete() const { return ok() && !cancelled; }
};

UncertaintyResult analyseUncertainty(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                                     std::span<const double> weights, const UncertaintyOptions &options = {},
                                     const EvaluationLabels &labels = {}, Feedback *feedback = nullptr);

// Q(p) of type 7 (see above) of values already sorted ascending (not checked, not empty),
// p in [0, 1]. Exposed for tests and reports.
double percentileType7(std::span<const double> sorted, double p);

} // namespace CityAtlas
