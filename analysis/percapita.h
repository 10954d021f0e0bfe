#pragma once

#include "analysis/issue.h"

#include <QList>

#include <optional>
#include <span>

namespace CityAtlas {

// Ratios that turn counts into comparable indicators: per-capita values, densities, location
// quotients, the per-capita share method for a few large groups, and group totals (to
// aggregate provinces into the four NBS economic regions before computing shares).
//
// Input rules, the same for every function here. Issue::row is the 0-based index of the unit
// (or, in perCapitaShares, of the group), and the message begins with "Unit <row>:" (or
// "Group <row>:"). Every problem of every unit is listed.
//   Warning (missing data; the rest of the result stays valid):
//     a value or a denominator that is NaN (missing), or a denominator that is 0. The unit's
//     result is std::nullopt (groupTotals: the unit is left out of its group's total).
//   Error (invalid input; ok() == false):
//     inputs of different lengths; a parameter that is not a finite number > 0; an infinite
//     value or denominator; a negative denominator (population, area, base); a negative value
//     where shares are taken (locationQuotient, perCapitaShares); a group label out of range;
//     a zero total.
//   In perCapita() and density() each unit depends on its own row only, so an Error in one
//   unit leaves only that unit without a result (a length mismatch or a bad parameter leaves
//   all of them without one). locationQuotient(), perCapitaShares() and groupTotals() depend on
//   all units: after any Error there is no result at all (every LQ is std::nullopt; the group
//   lists are empty).
// No function here returns NaN or an infinity; a result that overflows is an Error for its unit.

// One entry per unit, in input order; values.size() is always the number of values passed.
struct PerUnitResult
{
    QList<std::optional<double>> values;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

// Value per `perPersons` people, with the population given in units of `populationUnit`
// persons:
//   y_i = x_i / (P_i * populationUnit) * perPersons,
// evaluated as (x_i / P_i) * (perPersons / populationUnit).
// The bundled province table stores population in 10,000 persons, so pass populationUnit =
// 10000: with perPersons = 10000 a value of 21840 enterprises in Beijing (2022: 2184 × 10k
// persons) gives 10 enterprises per 10,000 people. Values may be negative (a net change);
// P_i must be > 0. perPersons and populationUnit must be finite and > 0.
PerUnitResult perCapita(std::span<const double> values, std::span<const double> population,
                        double perPersons = 10000.0, double populationUnit = 1.0);

// Density per km²: y_i = x_i / A_i, with the land area A_i in km² (> 0). Values may be
// negative. For persons per km² from a population in 10,000 persons, pass P_i * 10000.
PerUnitResult density(std::span<const double> values, std::span<const double> areaKm2);

// Location quotient of x (e.g. enterprises) against a base b (e.g. population):
//   LQ_i = (x_i / X) / (b_i / B),   X = Σ_j x_j,  B = Σ_j b_j,
// evaluated as (x_i / b_i) * (B / X). The sums run over the units that have both values
// (units with a NaN value or base are left out of X and B and get std::nullopt, with a
// Warning). A unit with b_i = 0 counts in both sums but has no LQ (Warning). LQ_i > 1: unit i
// holds a larger share of x than of b. With all b_i > 0, Σ_i (b_i / B) LQ_i = 1.
// Errors: x_i < 0 or b_i < 0, infinite numbers, X = 0 or B = 0, no unit with both values.
PerUnitResult locationQuotient(std::span<const double> values, std::span<const double> base);

// ---- A few large groups (e.g. the four NBS regions) ------------------------------------------

struct PerCapitaShare
{
    double ratio = 0.0; // r_g = value_g / population_g
    double share = 0.0; // r_g / Σ_h r_h
};

// groups[g] belongs to input g; empty when issues contain an error.
struct PerCapitaShares
{
    QList<PerCapitaShare> groups;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

// The per-capita share method (the paper's Figure 7D): for groups g with a total value_g and
// a population_g,
//   r_g = value_g / population_g,   share_g = r_g / Σ_h r_h,
// so the shares sum to 1 (to rounding) and equal per-capita levels give 1/G each. share_g is
// group g's part of the summed per-capita levels, not its part of the total value. The ratios
// are in value per population unit (per 10,000 persons for the bundled table); the shares do
// not depend on that unit.
// Errors (every group is needed for the shares, so there are no warnings): lengths differ; no
// groups; a value that is NaN, infinite or negative; a population that is NaN, infinite, 0 or
// negative; all ratios 0 (Σ r = 0); a ratio sum that overflows.
PerCapitaShares perCapitaShares(std::span<const double> groupValues, std::span<const double> groupPopulations);

struct GroupTotal
{
    int group = 0;
    double total = 0.0;        // Σ of the values of the units summed; 0 when there are none
    qint64 unitCount = 0;      // units summed
    qint64 missingCount = 0;   // units of this group skipped because their value is NaN
};

// groups[g].group == g for g = 0..groupCount-1; empty when issues contain an error.
struct GroupTotals
{
    QList<GroupTotal> groups;
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

// Sums the values per group: groupLabels[i] in [0, groupCount) is the group of unit i.
// A NaN value is skipped with a Warning naming its row (counted in missingCount); a group
// with no unit summed gets a Warning (row -1) and total 0.
// Errors: lengths differ; groupCount <= 0; a label outside [0, groupCount) (filter out units
// that belong to no group first); an infinite value; a total that overflows.
GroupTotals groupTotals(std::span<const double> values, std::span<const int> groupLabels, int groupCount);

} // namespace CityAtlas
