#pragma once

#include "analysis/evaluation/evaluationinput.h"
#include "analysis/evaluation/indicatorsystem.h"
#include "maps/data/featuretable.h"

#include <Eigen/Core>

#include <QList>
#include <QStringList>

namespace CityAtlas {

struct EvaluationTableOptions
{
    QString idField;         // unit ids; empty: "code" when the table has it, else its first column
    QString nameField;       // unit names for messages; empty: name_en, name, name_zh when present
    QStringList costColumns; // indicators to treat as Cost whatever the system says (matched like columns or ids)
    // Optional: the layer the results will be mapped on. Its units without a row in the table,
    // and the table's rows without a unit in the layer, are listed (Warnings). Keys are matched
    // like TableJoin (GB/T 2260 codes normalised to 6 digits, else unit names).
    const FeatureTable *layer = nullptr;
    QString layerIdField; // empty: "code"
    double outlierFence = 3.0; // k in Q1 − k·IQR, Q3 + k·IQR
};

// One cell the validation report points at. `column` is the position in
// EvaluationTable::indicators (the matrix column), `row` the table row (0-based).
struct EvaluationCell
{
    int row = -1;
    int column = -1;
    QString text;       // the cell as written (non-numeric and empty cells)
    double value = 0.0; // outliers
    double lowerFence = 0.0;
    double upperFence = 0.0;
};

// An indicator table matched to an indicator system, validated before anything is computed,
// and turned into the input of the evaluation methods (analysis/evaluation/*.h).
//
// Matching, for each indicator asked for (in that order, each case-insensitive, the first hit
// wins): its "column" when the template sets one, its id, its English name, its Chinese name.
// A column claimed by two indicators is an Error.
//
// The validation report (all of it is collected before anything fails):
//   - indicators with no column (Error, naming the names tried and the table's columns);
//   - the id column missing (Error); rows with an empty or duplicate id (Warning);
//   - non-numeric cells (Error: file, row, unit, column and the text found) — text cells are
//     parsed as C-locale numbers ("12.5", " 3e2 "), so CSV files without a .csvt work;
//   - empty cells (Error: the methods need every value; fill them or remove the unit);
//   - outliers (Warning): values outside Tukey's fences Q1 − 3·IQR, Q3 + 3·IQR per column,
//     Q1 and Q3 by linear interpolation between order statistics (Hyndman & Fan type 7,
//     percentileType7() in uncertainty.h), over the column's numeric cells; they are reported,
//     not removed;
//   - with options.layer: units of the layer without a row, rows without a unit in the layer.
// At most MaxListedIssues cells are listed per kind; one more issue counts the rest.
// Row numbers in messages are 1-based data rows (the header is not counted), as elsewhere.
//
// On success `values` is n units × m indicators in table-row order and `directions` holds the
// system's directions with options.costColumns applied.
// Weights or an AHP matrix read from a file for the evaluated indicators, in their order.
struct EvaluationWeightsInput
{
    Eigen::VectorXd weights; // m; empty on error (weights files)
    Eigen::MatrixXd pairwise; // m × m; empty on error (AHP matrices)
    IssueList issues;
    bool ok() const { return !hasErrors(issues); }
};

struct EvaluationTable
{
    QList<int> indicators;        // system indices, one per matrix column
    QStringList columns;          // the table column matched to each
    QList<Direction> directions;  // one per matrix column (system's, with options.costColumns applied)
    QList<int> rows;              // table rows, one per matrix row (all rows)
    QStringList unitIds;
    QStringList unitNames;        // the name field, else the id
    EvaluationLabels labels;      // for the methods' messages: indicators by column, units by name
    Eigen::MatrixXd values;       // n × m; empty when there are Errors

    // The validation report.
    QList<int> missingIndicators; // system indices without a column
    QList<EvaluationCell> nonNumericCells;
    QList<EvaluationCell> emptyCells;
    QList<EvaluationCell> outliers;
    QStringList layerUnitsWithoutRow;  // ids of layer units the table lacks
    QStringList rowsWithoutLayerUnit;  // ids of table rows the layer lacks
    IssueList issues;

    bool ok() const { return !hasErrors(issues); }
    QString idField;
    QString sourcePath;

    static EvaluationTable fromTable(const FeatureTable &table, const IndicatorSystem &system,
                                     const QList<int> &indicators, const EvaluationTableOptions &options = {});

    // The position (matrix column) of an evaluated indicator named in another file: by its
    // matched column, id, English or Chinese name, ignoring case; -1 when none matches.
    int position(const IndicatorSystem &system, const QString &name) const;

    // Weights from a table with the columns "indicator" and "weight" (else its first two
    // columns), one row per evaluated indicator, named as position() accepts. Errors (naming the
    // file and row): unknown or repeated names, a weight that is not a number, an evaluated
    // indicator without a row, and checkWeights() (negative weights; a sum differing from 1 —
    // weights are never rescaled, so percentages are an error that says so).
    EvaluationWeightsInput weightsFrom(const FeatureTable &weights, const IndicatorSystem &system) const;
    // An AHP pairwise comparison matrix (Saaty scale): the first column names the rows, the
    // other column headers name the columns, in any order, as position() accepts; cells are
    // numbers or fractions such as "1/3". Errors: a name matching no evaluated indicator or
    // repeated, an evaluated indicator missing as a row or a column, a cell that is not a
    // positive number (file, row, column). Consistency is checked by ahpWeights().
    EvaluationWeightsInput pairwiseFrom(const FeatureTable &matrix, const IndicatorSystem &system) const;

    // A one-level system for a table used without a template: every column except `skipFields`
    // that is numeric, or text with at least half of its non-empty cells numbers (so that a typo
    // is reported as a bad cell rather than dropping the column), becomes a Benefit indicator
    // with that id and no weight (template weights are then unavailable).
    static IndicatorSystem systemFromColumns(const FeatureTable &table, const QStringList &skipFields);

    // The column of `table` holding indicator `indicator` (see above); -1 when none.
    static int matchColumn(const FeatureTable &table, const Indicator &indicator);
    // The names tried for an indicator, in order, without duplicates.
    static QStringList candidateNames(const Indicator &indicator);
};

} // namespace CityAtlas
