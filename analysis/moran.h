#pragma once

#include "analysis/issue.h"
#include "analysis/spatialweights.h"

#include <QList>
#include <QtGlobal>

#include <pcg_random.hpp>

#include <functional>
#include <optional>
#include <span>

namespace CityAtlas {

class Feedback;

// ---------------------------------------------------------------------------------------------
// Shared inference settings (global Moran, local Moran, Getis–Ord)

// Alternative hypothesis of an analytical (normal approximation) p-value.
enum class Alternative {
    Greater,  // p = P(Z >= z): positive autocorrelation / hot spot (spdep moran.test default)
    Less,     // p = P(Z <= z)
    TwoSided, // p = 2 P(Z >= |z|)                       (spdep localmoran, localG default)
};

// How a pseudo p-value is read from R permuted statistics. M>= counts permuted values >= the
// observed one, M<= those <= it (values within 1e-11 relative count as ties, in both).
enum class PermutationAlternative {
    // PySAL esda's classic p_sim (alternative='directed', the default of Moran, Moran_Local,
    // G_Local): M = M>=; if R - M < M then M = R - M; p = (M + 1) / (R + 1). This is a
    // one-sided p in the direction the observed value lies, so it stays below about 0.5.
    Directed,
    Greater,  // p = (M>= + 1) / (R + 1)
    Less,     // p = (M<= + 1) / (R + 1)
    TwoSided, // p = min(1, 2 (min(M>=, M<=) + 1) / (R + 1))   (esda alternative='two-sided')
};

// A reproducible permutation test. The permutations are split into fixed chunks, each with
// its own generator, Permutation::Engine seeded with splitMix64(seed + stream); chunks are the
// same whatever threadCount is, so the result depends only on the seed (and the data).
struct PermutationOptions
{
    int permutations = 999;   // R; 0 switches the permutation test off
    quint64 seed = 12345;
    int threadCount = 1;      // 1: the calling thread; > 1: a private QThreadPool; 0: ideal count
    PermutationAlternative alternative = PermutationAlternative::Directed;
};

// Upper tail of the standard normal distribution, P(Z >= z) = erfc(z / √2) / 2.
double normalUpperTail(double z);
double analyticalPValue(double z, Alternative alternative);

// Benjamini–Hochberg adjusted p-values (same order as the input): with p sorted ascending,
// p_adj(k) = min_{j >= k} min(1, m p(j) / j). "Significant at FDR α" means p_adj <= α, which is
// the step-up rule p(k) <= k α / m of GeoDa's FDR option.
QList<double> benjaminiHochberg(std::span<const double> pValues);

// Building blocks for permutation tests; used by the global and local statistics.
namespace Permutation {

inline constexpr int ChunkSize = 128;            // permutations per chunk of the global test
inline constexpr double TieTolerance = 1e-11;    // relative

// PCG64 (O'Neill's XSL-RR 128/64, pcg-cpp; NumPy's default bit generator): 999 permutations of
// 40,000 units draw 40 million numbers, and it draws them three times faster than std::mt19937_64
// (which the permutations drew from before: pseudo p values for a given seed changed).
using Engine = pcg64;

quint64 splitMix64(quint64 x);
quint64 streamSeed(quint64 masterSeed, quint64 stream); // splitMix64(masterSeed + stream)
// A uniform integer in [0, range), unbiased and the same on every platform (unlike
// std::uniform_int_distribution): Lemire's nearly divisionless method (ACM TOMACS 29(1), 2019;
// NumPy's Generator.integers draws the same way): the high 64 bits of draw × range, redrawn in
// the rare case the low bits fall below 2^64 mod range. A division only in that case, where
// drawing by modulo costs two per index, most of a permutation's time.
__extension__ typedef unsigned __int128 UInt128; // GCC and Clang
template<typename Engine>
quint64 uniformIndex(Engine &engine, quint64 range)
{
    UInt128 product = static_cast<UInt128>(engine()) * range;
    if (static_cast<quint64>(product) < range) {
        const quint64 threshold = (0 - range) % range; // 2^64 mod range
        while (static_cast<quint64>(product) < threshold)
            product = static_cast<UInt128>(engine()) * range;
    }
    return static_cast<quint64>(product >> 64);
}

struct Counts
{
    int greaterOrEqual = 0;
    int lessOrEqual = 0;
};
Counts count(double observed, std::span<const double> reference);
// Pseudo p-value by the alternative (see PermutationAlternative). A reference distribution
// that ties with the observed value everywhere (a constant statistic) gives p = 1.
double pseudoPValue(double observed, std::span<const double> reference, PermutationAlternative alternative);
double pseudoPValue(Counts counts, int permutations, PermutationAlternative alternative);

// Runs task(chunk) for every chunk in [0, chunkCount), on the calling thread (threadCount 1)
// or a private QThreadPool. Feedback is polled on the calling thread only; progress runs
// 0..100. Returns false when cancelled: chunks not yet started are skipped, so the caller must
// discard the partial output.
bool runChunks(int chunkCount, int threadCount, Feedback *feedback, const std::function<void(int chunk)> &task);

// Conditional randomisation (Anselin 1995) of a local statistic that is affine in the lag:
//   stat_i = offset[i] + scale[i] Σ_k w_ik v_{π(k)},
// where π draws k_i distinct units from the n − 1 units other than i (i's own value fixed).
// As PySAL esda's crand, the permutations are drawn once for all units (R rows of k_max
// distinct positions among n − 1, one generator seeded with streamSeed(seed, 0)); unit i reads
// the first k_i positions of each row, position m being unit m below i and m + 1 from i on. So
// p_i does not depend on the chunking or the thread count, and the draws cost R k_max, not n R k. Units with scale 0 or no neighbours, or whose neighbours are
// all the other units, have a constant statistic and get p = 1.
struct ConditionalResult
{
    QList<double> pseudoP; // empty when cancelled
    bool cancelled = false;
};
ConditionalResult conditionalPseudoP(const SpatialWeights &weights, std::span<const double> values,
                                     std::span<const double> observed, std::span<const double> scale,
                                     std::span<const double> offset, const PermutationOptions &options,
                                     Feedback *feedback);

} // namespace Permutation

// ---------------------------------------------------------------------------------------------
// Global Moran's I

struct MoranOptions
{
    // Row-standardise the weights first (spdep style "W"). With false the weights are used as
    // given (e.g. binary, spdep style "B"); the formulas below hold for any weights.
    bool rowStandardise = true;
    PermutationOptions permutation;
};

// One analytical test: z = (I − E[I]) / √Var[I] and its p-values.
struct MoranTest
{
    double variance = 0.0;
    double zScore = 0.0;
    double pGreater = 1.0;  // P(Z >= z), spdep moran.test's default alternative "greater"
    double pLess = 1.0;     // P(Z <= z)
    double pTwoSided = 1.0; // 2 P(Z >= |z|)
};

struct MoranPermutationTest
{
    int permutations = 0;
    quint64 seed = 0;
    PermutationAlternative alternative = PermutationAlternative::Directed;
    int greaterOrEqual = 0;  // M>=: permuted I >= observed I
    int lessOrEqual = 0;     // M<=
    double pseudoP = 1.0;    // by `alternative`; Directed = PySAL esda Moran.p_sim
    double mean = 0.0;       // of the permuted I (PySAL EI_sim)
    double standardDeviation = 0.0; // population sd (PySAL seI_sim)
    std::optional<double> zScore;   // (I − mean) / sd (PySAL z_sim); empty when sd = 0
    QList<double> reference;        // the R permuted values, in generation order
};

// I = (n / S0) Σ_i Σ_j w_ij z_i z_j / Σ_i z_i², z = x − mean(x); E[I] = −1 / (n − 1).
// Variances as spdep moran.test (Cliff & Ord 1981), with S0, S1, S2 of the weights used:
//   normality:     Var = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − E[I]²
//   randomisation: Var = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − b2((n² − n) S1 − 2n S2 + 6 S0²)]
//                        / ((n − 1)(n − 2)(n − 3) S0²) − E[I]²,   b2 = n Σz⁴ / (Σz²)².
// A test whose variance is not positive is left empty and reported by a Warning.
struct MoranResult
{
    int unitCount = 0;
    double moranI = 0.0;
    double expectedI = 0.0;
    double kurtosis = 0.0; // b2
    SpatialWeights::Sums sums;
    std::optional<MoranTest> normality;
    std::optional<MoranTest> randomisation;
    std::optional<MoranPermutationTest> permutation; // empty when R = 0 or cancelled
    bool cancelled = false;
    IssueList issues;

    bool isValid() const { return !hasErrors(issues); }
};

// Errors (and an otherwise empty result) for: values not matching the units, NaN/infinite
// values, fewer than 4 units, all values equal, isolates (choose a policy on the weights
// first), invalid permutation settings.
MoranResult globalMoran(std::span<const double> values, const SpatialWeights &weights,
                        const MoranOptions &options = {}, Feedback *feedback = nullptr);

// Moran scatter plot: standardised values z_i = (x_i − mean) / sd (population sd) against
// their spatial lag Σ_j w_ij z_j. slope = Σ z·lag / Σ z², equal to I for row-standardised
// weights without isolates.
struct MoranScatter
{
    QList<double> z;
    QList<double> lag;
    double slope = 0.0;
    IssueList issues;

    bool isValid() const { return !hasErrors(issues); }
};

MoranScatter moranScatter(std::span<const double> values, const SpatialWeights &weights,
                          bool rowStandardise = true);

// Input checks shared by the spatial statistics: values line up with the units and are finite,
// at least minUnits units, non-zero variance, no isolates.
IssueList checkSpatialInput(std::span<const double> values, const SpatialWeights &weights,
                            int minUnits, const QString &statistic);
IssueList checkPermutationOptions(const PermutationOptions &options);

} // namespace CityAtlas
