#pragma once

#include "analysis/localstatistic.h"
#include "analysis/moran.h"
#include "analysis/spatialweights.h"

#include <QList>
#include <QString>

#include <span>

namespace CityAtlas {

class Feedback;

// LISA cluster class of a unit, from the signs of z_i and of its lag Σ_j w_ij z_j
// (z_i > 0 is High, z_i <= 0 is Low, as PySAL esda Moran_Local.q and spdep's "pysal" quadrants).
enum class LisaCluster {
    NotSignificant,
    HighHigh, // hot spot
    LowLow,   // cold spot
    LowHigh,  // low unit among high neighbours (spatial outlier)
    HighLow,  // high unit among low neighbours (spatial outlier)
};

QString lisaClusterKey(LisaCluster cluster); // "ns", "HH", "LL", "LH", "HL"

// Moments of I_i under the null (spdep localmoran):
enum class LocalMoranVariance {
    // conditional = TRUE, the default from spdep 1.1-7 (Sokal et al. 1998, eqs. A7/A8;
    // Sauer et al. 2021): E[I_i] = −z_i² W_i / ((n − 1) m2),
    // Var[I_i] = (z_i / m2)² · n / (n − 2) · (W_i(2) − W_i² / (n − 1)) · (m2 − z_i² / (n − 1)).
    Conditional,
    // conditional = FALSE, total randomisation (Anselin 1995): E[I_i] = −W_i / (n − 1),
    // Var[I_i] = W_i(2) (n − b2) / (n − 1) + (W_i² − W_i(2)) (2 b2 − n) / ((n − 1)(n − 2)) − E[I_i]².
    Total,
};
// with W_i = Σ_j w_ij, W_i(2) = Σ_j w_ij², m2 = Σ z² / n, b2 = (Σ z⁴ / n) / m2².

struct LocalMoranOptions
{
    bool rowStandardise = true; // spdep style "W"
    LocalMoranVariance variance = LocalMoranVariance::Conditional;
    Alternative alternative = Alternative::TwoSided; // analytical p (spdep localmoran default)
    PermutationOptions permutation;                  // conditional randomisation; R = 0: none
    double alpha = 0.05;              // significance level of the cluster map (p <= alpha)
    bool falseDiscoveryRate = false;  // classify with Benjamini–Hochberg adjusted p-values
};

// Local Moran's I (LISA), spdep localmoran's convention (mlvar = TRUE):
//   I_i = (z_i / m2) Σ_j w_ij z_j,  z = x − mean(x),  m2 = Σ z² / n.
// (PySAL esda Moran_Local scales by (n − 1) / Σ z² instead: its I_i are n/(n − 1) times these;
// the pseudo p-values are unaffected.)
struct LocalMoranResult : LocalStatisticResult
{
    QList<double> deviations; // z_i = x_i − mean
    QList<double> lag;        // Σ_j w_ij z_j
    QList<double> localI;
    QList<double> expectedI;
    QList<double> varianceI;
    // zScore ((I_i − E[I_i]) / √Var[I_i]), pValue (analytical, by options.alternative),
    // degenerate (Var[I_i] = 0, e.g. z_i = 0), pseudoP, significanceP: see LocalStatisticResult.
    QList<LisaCluster> clusters; // empty when cancelled
};

LocalMoranResult localMoran(std::span<const double> values, const SpatialWeights &weights,
                            const LocalMoranOptions &options = {}, Feedback *feedback = nullptr);

} // namespace CityAtlas
