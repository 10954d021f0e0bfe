#pragma once

#include "analysis/issue.h"

#include <Eigen/Core>

#include <QString>
#include <QStringList>

#include <span>

namespace CityAtlas {

// Shared vocabulary of the smart-city evaluation module (normalisation.h, weighting.h,
// aggregation.h, uncertainty.h).
//
// Matrix convention: X is an Eigen::MatrixXd with n rows (units: cities, districts, ...) and
// m columns (indicators). Indices in messages and in Issue::row are 0-based, the same as the
// matrix: "unit 4" is row 4, "indicator 2" is column 2. When names are given they are quoted
// next to the index ("indicator 2 “GDP per capita”"), and Issue::field carries the indicator
// name (or "indicator 2" without names).

// Which way an indicator is good.
enum class Direction {
    Benefit, // larger is better (green space per capita, 5G base stations per 10k people)
    Cost,    // smaller is better (PM2.5, commuting time)
};

// Optional names for messages. Either list may be empty; a non-empty list must have one entry
// per indicator (column) or per unit (row).
struct EvaluationLabels
{
    QStringList indicators;
    QStringList units;

    // "indicator 2 “GDP per capita”" or "indicator 2".
    QString indicatorName(qsizetype column) const;
    // "unit 4 “Shenzhen”" or "unit 4".
    QString unitName(qsizetype row) const;
    // The value for Issue::field: the indicator's name, or "indicator 2".
    QString fieldName(qsizetype column) const;
};

// Weights given by the user must sum to 1 within this absolute tolerance.
inline constexpr double WeightSumTolerance = 1e-6;
// At most this many per-cell or per-unit problems are listed; one more issue counts the rest.
inline constexpr int MaxListedIssues = 20;

// Errors for: an empty matrix or fewer than minUnits rows; a direction list (when
// `directions` is not null) or a non-empty name list whose length differs from the matrix;
// cells that are NaN or infinite (Issue::row = the unit, Issue::field = the indicator; at most
// MaxListedIssues listed). Pass directions = {} with checkDirections = false when a method
// does not use them.
IssueList checkIndicatorMatrix(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                               const EvaluationLabels &labels, Eigen::Index minUnits = 2,
                               bool checkDirections = true);

// Errors for user-supplied weights: count differs from indicatorCount; a weight that is NaN,
// infinite or negative (naming the indicator); a sum that differs from 1 by more than
// WeightSumTolerance (the message gives the sum). Weights are not normalised silently: call
// normaliseWeights() (weighting.h) first if raw importance scores are meant.
IssueList checkWeights(std::span<const double> weights, Eigen::Index indicatorCount,
                       const EvaluationLabels &labels = {});

// A view of an Eigen vector as a span, for passing weights around.
inline std::span<const double> asSpan(const Eigen::VectorXd &v)
{
    return {v.data(), std::size_t(v.size())};
}

} // namespace CityAtlas
