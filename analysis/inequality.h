#pragma once

#include "analysis/issue.h"

#include <QList>

#include <span>

namespace CityAtlas {

// Inequality of a non-negative quantity x over n units (provinces, cities, counties).
//
// Every function takes the values and, optionally, one weight per unit:
//   - no weights (empty span): each unit counts once, p_i = 1/n;
//   - weights: the size of each unit (its population when x is per capita, its land area
//     when x is a density). They are normalised internally, p_i = w_i / sum_j w_j, so raw
//     populations can be passed. A weight of 0 is allowed; that unit then has no influence.
// With mu = sum_i p_i x_i (the weighted mean) and value shares s_i = p_i x_i / mu:
//
//   Gini      G    = sum_i sum_j p_i p_j |x_i - x_j| / (2 mu)
//                    (unweighted: sum_i sum_j |x_i - x_j| / (2 n^2 mu), no small-sample
//                    correction; R: ineq::Gini(x, corr = FALSE))
//   Theil T   GE(1) = sum_i p_i (x_i/mu) ln(x_i/mu) = sum_i s_i ln(s_i/p_i), 0 ln 0 = 0
//                    (R: ineq::Theil(x, parameter = 0), ineq::entropy(x, 1))
//   Theil L   GE(0) = sum_i p_i ln(mu/x_i) = sum_i p_i ln(p_i/s_i), the mean log deviation
//                    (R: ineq::Theil(x, parameter = 1), ineq::entropy(x, 0))
//   GE(alpha)       = 1/(alpha (alpha-1)) sum_i p_i [(x_i/mu)^alpha - 1]
//                    (R: ineq::entropy(x, alpha)); GE(2) = CV^2 / 2
//   CV              = sqrt(sum_i p_i (x_i - mu)^2) / mu, population (1/n) standard deviation
//                    (R: ineq::var.coeff(x))
//
// Input rules. Errors (ok() == false, value meaningless) are reported as Issues with
// Issue::row = the 0-based unit index when they concern one unit (messages use the same index):
//   fewer than 2 units; weights or group labels whose count differs from the values;
//   a value or weight that is NaN or infinite; a negative value (all measures here are for
//   non-negative quantities) or a negative weight; a zero value where a logarithm or a
//   negative power is needed (Theil L, GE(alpha <= 0); Theil T allows 0 with 0 ln 0 = 0);
//   all weights 0; all values 0 (zero total, so no shares).
// At most 20 per-unit issues are listed; one more issue then gives the number left out.
// No function here returns NaN: when issues contain an error the numbers are 0.

struct InequalityResult
{
    double value = 0.0;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

InequalityResult giniCoefficient(std::span<const double> values, std::span<const double> weights = {});
InequalityResult theilT(std::span<const double> values, std::span<const double> weights = {});
InequalityResult theilL(std::span<const double> values, std::span<const double> weights = {});
// alpha == 0 and alpha == 1 give Theil L and Theil T. alpha <= 0 needs values > 0.
InequalityResult generalizedEntropy(std::span<const double> values, double alpha,
                                    std::span<const double> weights = {});
InequalityResult coefficientOfVariation(std::span<const double> values, std::span<const double> weights = {});

// Lorenz curve: units sorted by x ascending (ties keep input order); point k > 0 is
// (cumulative population share, cumulative value share) after the k-th unit. points[0] is
// (0, 0); the last point is set to exactly (1, 1). units[k] is the unit index at points[k + 1].
struct LorenzPoint
{
    double populationShare = 0.0;
    double valueShare = 0.0;
};

struct LorenzCurve
{
    QList<LorenzPoint> points;
    QList<qint64> units;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

LorenzCurve lorenzCurve(std::span<const double> values, std::span<const double> weights = {});

// ---- Decomposition by groups (e.g. the four NBS economic regions) --------------------------
//
// groupLabels holds one integer label per unit; groups are reported in ascending label order.
// For group g: p_g = sum_{i in g} p_i (population share; unweighted n_g / n),
// s_g = sum_{i in g} p_i x_i / mu (value share), mu_g = group mean.
// Warnings (results stay valid): a group with one unit (row = that unit; its within-group
// value is 0 by definition); a single group overall (between = 0); a group with zero total
// weight or, for Theil T and Gini, zero total value (its within-group value is undefined,
// reported as 0, and it contributes 0).

enum class TheilIndex {
    T, // GE(1)
    L, // GE(0), mean log deviation
};

// What a group's term says in every decomposition.
struct GroupShares
{
    int group = 0;
    qint64 unitCount = 0;         // n_g
    double populationShare = 0.0; // p_g
    double valueShare = 0.0;      // s_g
    double mean = 0.0;            // mu_g
};

struct TheilGroupTerm : GroupShares
{
    double within = 0.0;              // T_g or L_g, the index computed inside the group
    double withinContribution = 0.0;  // T: s_g T_g          L: p_g L_g
    double betweenContribution = 0.0; // T: s_g ln(s_g/p_g)  L: p_g ln(p_g/s_g)
};

// T = sum_g s_g T_g + sum_g s_g ln(s_g/p_g);  L = sum_g p_g L_g + sum_g p_g ln(p_g/s_g).
// total is computed directly from the units, within and between from the group terms, so
// within + between == total is a check (to rounding, about 1e-15).
struct TheilDecomposition
{
    TheilIndex index = TheilIndex::T;
    double total = 0.0;
    double within = 0.0;
    double between = 0.0;
    QList<TheilGroupTerm> groups;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

TheilDecomposition decomposeTheil(TheilIndex index, std::span<const double> values,
                                  std::span<const int> groupLabels, std::span<const double> weights = {});

// Dagum (1997), "A new approach to the decomposition of the Gini income inequality ratio",
// Empirical Economics 22:515-531. With groups j, h, units y_ji (i = 1..n_j) and, in the
// weighted case, within-group weights q_ji = p_ji / p_j:
//   G_jj = sum_i sum_r q_ji q_jr |y_ji - y_jr| / (2 mu_j)                 within-group Gini
//   G_jh = sum_i sum_r q_ji q_hr |y_ji - y_hr| / (mu_j + mu_h)            between-group Gini
//          (unweighted: sum_i sum_r |y_ji - y_hr| / (n_j n_h (mu_j + mu_h)))
// For a pair ordered so that mu_j >= mu_h:
//   d_jh = sum_i sum_r q_ji q_hr max(y_ji - y_hr, 0)   gross economic affluence of j over h
//   p_jh = sum_i sum_r q_ji q_hr max(y_hr - y_ji, 0)   first-order transvariation moment
//   D_jh = (d_jh - p_jh) / (d_jh + p_jh)              relative economic affluence, in [0, 1]
//          (0 by convention when d_jh + p_jh = 0, i.e. both groups hold one equal value)
// and
//   G_w  = sum_j G_jj p_j s_j
//   G_nb = sum_{pairs} G_jh (p_j s_h + p_h s_j) D_jh        net between-group contribution
//   G_t  = sum_{pairs} G_jh (p_j s_h + p_h s_j) (1 - D_jh)  transvariation
//   G    = G_w + G_nb + G_t      (G_nb + G_t = G_gb, the gross between-group Gini)
struct GiniGroupTerm : GroupShares // group j: n_j, p_j, s_j, mu_j
{
    double gini = 0.0;            // G_jj
    double contribution = 0.0;    // G_jj p_j s_j
};

struct GiniGroupPair
{
    int higherGroup = 0;                     // j, the group with the higher mean
    int lowerGroup = 0;                      // h
    double gini = 0.0;                       // G_jh
    double grossAffluence = 0.0;             // d_jh
    double transvariationMoment = 0.0;       // p_jh
    double relativeAffluence = 0.0;          // D_jh
    double weight = 0.0;                     // p_j s_h + p_h s_j
    double netBetweenContribution = 0.0;     // G_jh weight D_jh
    double transvariationContribution = 0.0; // G_jh weight (1 - D_jh)
};

struct GiniDecomposition
{
    double total = 0.0;          // G, computed directly from the units
    double within = 0.0;         // G_w
    double netBetween = 0.0;     // G_nb
    double transvariation = 0.0; // G_t
    double grossBetween() const { return netBetween + transvariation; }
    QList<GiniGroupTerm> groups; // ascending label
    QList<GiniGroupPair> pairs;  // for labels a < b in ascending order, ordered by mean inside
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

GiniDecomposition decomposeGini(std::span<const double> values, std::span<const int> groupLabels,
                                std::span<const double> weights = {});

} // namespace CityAtlas
