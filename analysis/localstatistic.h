#pragma once

#include "analysis/issue.h"
#include "analysis/moran.h"
#include "analysis/spatialweights.h"

#include <QList>
#include <QString>

#include <span>

namespace CityAtlas {

class Feedback;

// What the results of the local statistics (local Moran's I, Getis–Ord Gi*) share: an
// analytical test per unit, the conditional permutation test, and the p-values the units are
// classified (cluster or hot-spot map) with.
struct LocalStatisticResult
{
    int unitCount = 0;
    QList<double> zScore;     // (stat_i − E[stat_i]) / √Var[stat_i]
    QList<double> pValue;     // analytical, by options.alternative
    // Units with Var[stat_i] = 0 (the statistic is constant under the null): z = 0 and p = 1
    // are set, and a Warning lists them.
    QList<bool> degenerate;
    QList<double> pseudoP;    // conditional permutation p (empty without permutations or when cancelled)
    // The p-values the units were classified with: pseudoP when permutations ran, otherwise
    // pValue; Benjamini–Hochberg adjusted when options.falseDiscoveryRate is set.
    QList<double> significanceP;
    double alpha = 0.05;
    int permutations = 0;
    quint64 seed = 0;
    bool cancelled = false;
    IssueList issues;

    bool isValid() const { return !hasErrors(issues); }
    // Not degenerate and significanceP[unit] <= alpha (needs significanceP, i.e. not cancelled).
    bool isSignificant(int unit) const;
};

// Building blocks of the local statistics.
namespace LocalInference {

// Starts a result: sets alpha, and issues to checkSpatialInput (at least 3 units),
// checkPermutationOptions and alphaError as an Error when alpha is not between 0 and 1.
// Returns false when there are errors.
bool checkInput(LocalStatisticResult &result, std::span<const double> values, const SpatialWeights &weights,
                const QString &statistic, const PermutationOptions &permutation, double alpha,
                const QString &alphaError);

// Appends the analytical test of the next unit to zScore, pValue and degenerate: z = (observed −
// expected) / √variance and its p-value, or z = 0 and p = 1 when the variance is not positive.
void appendTest(LocalStatisticResult &result, double observed, double expected, double variance,
                Alternative alternative);

// The degenerate units, ascending.
QList<int> degenerateUnits(const LocalStatisticResult &result);
// "'a', 'b', ...": the ids of the first 10 units.
QString quotedIds(const SpatialWeights &weights, const QList<int> &units);

// Sets permutations and seed; runs the conditional permutation test of
//   stat_i = offset[i] + scale[i] Σ_k w_ik values[π(k)]
// (Permutation::conditionalPseudoP, observed holds stat_i) when permutation.permutations > 0;
// then sets significanceP. Returns false when the test was cancelled: cancelled is set,
// cancelledWarning is appended as a Warning, and pseudoP and significanceP stay empty.
bool testSignificance(LocalStatisticResult &result, const SpatialWeights &weights,
                      std::span<const double> values, std::span<const double> observed,
                      std::span<const double> scale, std::span<const double> offset,
                      const PermutationOptions &permutation, bool falseDiscoveryRate, Feedback *feedback,
                      const QString &cancelledWarning);

} // namespace LocalInference

} // namespace CityAtlas
