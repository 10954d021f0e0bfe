#pragma once

#include "analysis/inequality.h"

#include <optional>

namespace CityAtlas {

// All inequality measures of one variable at once, as the regional-imbalance view and
// `cityatlas-cli inequality` show them. A measure that cannot be computed for these values
// (e.g. Theil L with a zero value) is empty, with a warning saying why; the others stand.
struct InequalityReport
{
    int unitCount = 0;
    bool weighted = false;
    std::optional<double> gini;
    std::optional<double> theilT;
    std::optional<double> theilL;
    std::optional<double> coefficientOfVariation;
    std::optional<double> halfSquaredCv;          // GE(2) = CV² / 2
    std::optional<TheilDecomposition> theilTByGroup;
    std::optional<TheilDecomposition> theilLByGroup;
    std::optional<GiniDecomposition> giniByGroup;
    LorenzCurve lorenz;
    IssueList issues;

    bool isValid() const { return gini.has_value(); }
};

// weights empty: unweighted; groupLabels empty: no decomposition.
InequalityReport computeInequalityReport(std::span<const double> values, std::span<const double> weights = {},
                                         std::span<const int> groupLabels = {});

} // namespace CityAtlas
