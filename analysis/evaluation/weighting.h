#pragma once

#include "analysis/evaluation/evaluationinput.h"

#include <Eigen/Core>

#include <QList>

#include <optional>
#include <span>

namespace CityAtlas {

// Indicator weights for a composite index. Every result holds weights w (length m, w_j >= 0,
// Σ w_j = 1 to rounding) plus the intermediate quantities of its method, so that a report can
// show how they were obtained. Errors leave `weights` empty. Matrix input: X is n units × m
// indicators, as in normalisation.h.

struct WeightResult
{
    Eigen::VectorXd weights;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

// w_j = 1/m. Error for m < 1.
WeightResult equalWeights(Eigen::Index indicatorCount);

// w_j = s_j / Σ_k s_k for raw importance scores s (e.g. a weight file in percent). Errors: a
// score that is NaN, infinite or negative (naming the indicator), all scores 0. This is the
// explicit way to turn scores into weights; functions that take weights never rescale them.
WeightResult normaliseWeights(std::span<const double> scores, const EvaluationLabels &labels = {});

// ---- Entropy weight method ------------------------------------------------------------------
//
//   x'_ij = min–max normalised by direction (normalisation.h; a constant indicator is an error)
//   p_ij  = x'_ij / Σ_i x'_ij
//   e_j   = −(1 / ln n) Σ_i p_ij ln p_ij,   with 0 · ln 0 = 0        (entropy, in [0, 1])
//   d_j   = 1 − e_j                                                  (divergence)
//   w_j   = d_j / Σ_k d_k
// No small constant is added to x' (some papers add 0.0001 to avoid ln 0; the 0 · ln 0 = 0
// convention makes that unnecessary and keeps the min–max scale exact). Since every column of
// x' contains a 0 and a 1, p_j is never uniform, so d_j > 0 and Σ d > 0. Needs n >= 2.
struct EntropyWeights
{
    Eigen::VectorXd weights;
    Eigen::VectorXd entropy;    // e_j
    Eigen::VectorXd divergence; // d_j
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

EntropyWeights entropyWeights(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                              const EvaluationLabels &labels = {});

// ---- CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995, Computers & Operations Research
//      22(7):763–770, "Determining objective weights in multiple criteria problems: the
//      CRITIC method") ------------------------------------------------------------------------
//
//   x'_ij = min–max normalised by direction (a constant indicator is an error)
//   σ_j   = sample standard deviation of x'_j, sqrt(Σ_i (x'_ij − mean_j)² / (n − 1))
//   r_jk  = Pearson correlation of x'_j and x'_k
//   C_j   = σ_j Σ_k (1 − r_jk)          (information content; the k = j term is 0)
//   w_j   = C_j / Σ_k C_k
// The sd convention (sample, n − 1) only scales every C_j by the same factor
// sqrt(n / (n − 1)) relative to the population sd, so the weights do not depend on it; the
// reported σ_j and C_j do. Needs n >= 3 and m >= 2. Error when every C_j is 0 (all
// indicators perfectly correlated after orientation: r_jk = 1 for all pairs).
struct CriticWeights
{
    Eigen::VectorXd weights;
    Eigen::VectorXd standardDeviation; // σ_j (sample)
    Eigen::VectorXd conflict;          // Σ_k (1 − r_jk)
    Eigen::VectorXd information;       // C_j
    Eigen::MatrixXd correlation;       // r (m × m)
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

CriticWeights criticWeights(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                            const EvaluationLabels &labels = {});

// ---- PCA / factor-analysis weights (OECD & JRC 2008, Handbook on Constructing Composite
//      Indicators: Methodology and User Guide, section 6.1 "Weights based on principal
//      components analysis or factor analysis", after Nicoletti et al. 2000) ----------------
//
// What is implemented, step by step:
//  1. Standardise: z_ij = (x_ij − mean_j) / sd_j (population sd); a constant indicator is an
//     error. Directions are not needed: the weights use squared loadings, which do not change
//     when an indicator is negated.
//  2. Correlation matrix R = Zᵀ Z / n; eigen-decomposition with Eigen's
//     SelfAdjointEigenSolver; eigenvalues λ_1 >= ... >= λ_m (Σ λ = m). Eigenvectors are
//     oriented so that their components sum to a non-negative value.
//  3. Retain k components: EigenvalueAboveOne (λ > 1, Kaiser's rule; at least 1, with a
//     Warning when even λ_1 <= 1), CumulativeVariance (smallest k with Σ_{f<=k} λ_f / m >=
//     the threshold) or FixedCount. Unrotated loadings A_if = v_if sqrt(λ_f) (m × k).
//  4. Varimax rotation of A when k >= 2 (Kaiser 1958), with Kaiser normalisation: each row i is
//     divided by its communality root h_i = sqrt(Σ_f A_if²) before rotating and multiplied
//     back afterwards (as R's stats::varimax(normalize = TRUE)). The rotation maximises the raw
//     varimax criterion by the SVD iteration of R's stats::varimax (T ← U Vᵀ from the SVD of
//     Aᵀ (Λ³ − Λ diag(colSums(Λ²)) / m), Λ = A T), stopping when no element of T changes by
//     more than 1e-13 between iterations (stricter than R's criterion-based stop, so results
//     agree with other implementations to ~1e-10), at most 5000 iterations (Warning if not
//     converged). Rotated
//     factors are sorted by explained variance, largest first, and oriented so that their
//     loadings sum to a non-negative value.
//  5. Explained variance of factor f: V_f = Σ_i L_if² (L = rotated loadings; Σ_f V_f = Σ_{f<=k}
//     λ_f since rotation keeps communalities). Squared loadings scaled to unity sum per
//     factor: q_if = L_if² / V_f.
//  6. Each indicator i is assigned to the factor f(i) where its squared rotated loading L_if²
//     is largest (the Handbook groups indicators "with the highest factor loadings"; first
//     factor on an exact tie).
//  7. u_i = q_{i,f(i)} · V_{f(i)} / Σ_f V_f (scaled squared loading times the factor's share of
//     the explained variance); w_i = u_i / Σ_l u_l.
//     Note: u_i simplifies to L_{i,f(i)}² / Σ_f V_f, so after step 7 w_i = L_{i,f(i)}² /
//     Σ_l L_{l,f(l)}²; the intermediate terms are still reported as in the Handbook's tables.
// Needs n >= 3 and m >= 2; a Warning when n <= m (R is singular; the loadings and weights
// are then unstable, and the Handbook advises enough units per indicator). An indicator whose
// retained loadings are all 0 gets weight 0 (Warning).
enum class ComponentRetention {
    EigenvalueAboveOne,
    CumulativeVariance,
    FixedCount,
};

struct PcaWeightOptions
{
    ComponentRetention retention = ComponentRetention::EigenvalueAboveOne;
    double cumulativeVariance = 0.6; // CumulativeVariance: fraction in (0, 1]
    int componentCount = 2;          // FixedCount: 1..m
    bool varimax = true;             // false: use the unrotated loadings in steps 5–7
};

struct PcaWeights
{
    Eigen::VectorXd weights;               // w (m)
    Eigen::VectorXd eigenvalues;           // λ, all m, descending
    Eigen::MatrixXd eigenvectors;          // m × m, column f belongs to λ_f
    Eigen::MatrixXd correlation;           // R (m × m)
    int retainedComponents = 0;            // k
    Eigen::MatrixXd loadings;              // L (m × k), rotated unless varimax == false
    Eigen::VectorXd explainedVariance;     // V_f (k)
    Eigen::MatrixXd scaledSquaredLoadings; // q (m × k)
    QList<int> factorOfIndicator;          // f(i) (m), 0-based factor index
    int varimaxIterations = 0;             // 0 when not rotated
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

PcaWeights pcaWeights(const Eigen::MatrixXd &x, const PcaWeightOptions &options = {},
                      const EvaluationLabels &labels = {});

// ---- AHP (Saaty 1980, The Analytic Hierarchy Process, McGraw-Hill) ---------------------------
//
// From an m × m pairwise comparison matrix A (a_ij = how much more important i is than j, on
// Saaty's 1–9 scale):
//   validation  a_ij > 0 and finite; a_ii = 1 (within tolerance); a_ij · a_ji = 1 within
//               the reciprocal tolerance (so 0.33 for 1/3 is accepted with the default 0.02,
//               since 0.33 × 3 = 0.99);
//   weights     the principal (Perron) eigenvector of A (Eigen's EigenSolver; the eigenvalue
//               with the largest real part), normalised to sum 1;
//   λ_max       that eigenvalue; CI = (λ_max − m) / (m − 1);
//   RI          Saaty's random index for m = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32,
//               1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 (saatyRandomIndex());
//   CR          CI / RI. A Warning when CR >= 0.1 (Saaty's threshold). For m <= 2 every
//               reciprocal matrix is consistent: CI = CR = 0. For m > 15 there is no RI: CR is
//               left empty (Warning).
struct AhpOptions
{
    double reciprocalTolerance = 0.02; // |a_ij a_ji − 1| allowed
    double diagonalTolerance = 1e-9;   // |a_ii − 1| allowed
};

struct AhpWeights
{
    Eigen::VectorXd weights;
    double lambdaMax = 0.0;
    double consistencyIndex = 0.0;          // CI
    std::optional<double> randomIndex;      // RI (empty for m > 15)
    std::optional<double> consistencyRatio; // CR (empty for m > 15)
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
    bool isConsistent() const { return consistencyRatio && *consistencyRatio < 0.1; }
};

AhpWeights ahpWeights(const Eigen::MatrixXd &pairwise, const AhpOptions &options = {},
                      const EvaluationLabels &labels = {});

// Saaty's random consistency index RI(m) for m = 1..15; empty outside that range.
std::optional<double> saatyRandomIndex(int m);

} // namespace CityAtlas
