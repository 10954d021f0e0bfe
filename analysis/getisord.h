#pragma once

#include "analysis/localstatistic.h"
#include "analysis/moran.h"
#include "analysis/spatialweights.h"

#include <QList>
#include <QString>

#include <span>

namespace CityAtlas {

class Feedback;

enum class HotSpot { NotSignificant, Hot, Cold };

QString hotSpotKey(HotSpot spot); // "ns", "hot", "cold"

struct GetisOrdOptions
{
    Alternative alternative = Alternative::TwoSided; // analytical p (spdep localG default)
    PermutationOptions permutation;                  // conditional randomisation; R = 0: none
    double alpha = 0.05;              // hot/cold when p <= alpha
    bool falseDiscoveryRate = false;  // classify with Benjamini–Hochberg adjusted p-values
};

// Getis–Ord Gi* (Ord & Getis 1995), "star" form: unit i is its own neighbour. The weights'
// neighbour structure is used as binary weights plus the self-link, w_ij = 1 for j ∈ N(i) ∪ {i}
// (spdep localG with include.self() on style "B"; PySAL esda G_Local(star=True, transform="B")):
//   G*_i = Σ_j w_ij x_j / Σ_j x_j,
//   z_i  = (Σ_j w_ij x_j − W_i x̄) / √( s² (n S1i − W_i²) / (n − 1) ),
// with W_i = Σ_j w_ij (= k_i + 1), S1i = Σ_j w_ij² (= W_i for binary), x̄ = mean(x),
// s² = Σ (x − x̄)² / n. E[G*_i] = W_i / n, Var[G*_i] = s² (n S1i − W_i²) / ((n − 1)(Σx)²).
// Gi* is meant for non-negative values (counts, amounts); negative values give a Warning.
struct GetisOrdResult : LocalStatisticResult
{
    QList<double> g;           // G*_i
    QList<double> expectedG;   // E[G*_i]
    QList<double> varianceG;   // Var[G*_i]
    // zScore, pValue (analytical, by options.alternative), degenerate (zero variance: i linked
    // to every unit; z = 0, p = 1, Warning), pseudoP, significanceP: see LocalStatisticResult.
    QList<HotSpot> classes;    // empty when cancelled
};

GetisOrdResult getisOrdGiStar(std::span<const double> values, const SpatialWeights &weights,
                              const GetisOrdOptions &options = {}, Feedback *feedback = nullptr);

} // namespace CityAtlas
