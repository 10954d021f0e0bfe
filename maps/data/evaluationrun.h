#pragma once

#include "analysis/evaluation/aggregation.h"
#include "analysis/evaluation/normalisation.h"
#include "analysis/evaluation/uncertainty.h"
#include "maps/data/evaluationtable.h"
#include "maps/data/indicatorsystemfile.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace CityAtlas {

class Feedback;

enum class WeightingMethod {
    Template, // the system's effective weights (indicatorsystem.h)
    Equal,
    Entropy,
    Critic,
    Pca,
    Ahp,  // a pairwise comparison matrix read from EvaluationSettings::weightsFile
    File, // an indicator,weight table read from EvaluationSettings::weightsFile
};

// The choices of one evaluation: what `cityatlas-cli evaluate`'s options and the Evaluation
// panel set. Keys are the CLI's spellings ("entropy", "minmax", "topsis", ...).
struct EvaluationSettings
{
    static constexpr double GeometricShift = 0.01; // ε of the geometric mean (ZeroHandling::Shift)

    WeightingMethod weighting = WeightingMethod::Template;
    QString weightsFile;       // Ahp and File: PATH[:LAYER]
    bool vectorTopsis = false; // TOPSIS on the raw values with its own vector normalisation
    NormalisationMethod normalisation = NormalisationMethod::MinMax;
    AggregationMethod aggregation = AggregationMethod::Arithmetic;
    bool firstLevel = false;     // evaluate the system's first level (a table of first-level scores), not its leaves
    EvaluationTableOptions table; // id and name fields, extra cost columns, the layer to check the units against
    // draws == 0: no Monte Carlo. The chosen normalisation and aggregation should come first
    // in mc.normalisations / mc.aggregations: they are the draws' nominal configuration.
    UncertaintyOptions mc = [] {
        UncertaintyOptions o;
        o.draws = 0;
        o.threadCount = 0; // draws are seeded one by one: the same result on any thread count
        o.geometricShift = GeometricShift;
        return o;
    }();

    // "vector" for TOPSIS's own normalisation, else the normalisation's key.
    QString normalisationKey() const;
};

// The result of one evaluation. `stage` says how far it got: Done, or the stage whose issues
// hold the Error that stopped it (or where it was cancelled).
struct EvaluationResult
{
    enum class Stage { Validation, Weights, Scores, MonteCarlo, Done };

    Stage stage = Stage::Validation;
    bool cancelled = false;
    EvaluationSettings settings;
    IndicatorSystem system; // the system evaluated
    EvaluationTable table;  // the matched matrix and the validation report (table.issues)

    Eigen::VectorXd weights;   // m, one per evaluated indicator (table.indicators)
    QJsonObject weightDetails; // the weighting's intermediate quantities (entropy, eigenvalues, CR, ...)
    IssueList weightIssues;

    Eigen::VectorXd scores;     // n, in table-row order
    Eigen::VectorXd ranks;      // n, 1 = highest score, ties share the smallest rank (TieMethod::Min)
    Eigen::MatrixXd normalised; // n × m; empty for TOPSIS's vector normalisation
    Eigen::MatrixXd groups;     // n × G first-level sub-scores, or empty
    QList<int> groupNodes;      // system indices of the G groups
    IssueList scoreIssues;

    UncertaintyResult mc; // empty unless settings.mc.draws > 0
    IssueList mcIssues;

    bool ok() const { return stage == Stage::Done; }
    bool hasMonteCarlo() const { return ok() && settings.mc.draws > 0; }
    int unitCount() const { return int(table.unitIds.size()); }
    // Every issue in stage order: validation, weights, scores, Monte Carlo.
    IssueList issues() const;
    // One line for a failed stage: its first Error, plus the first one naming an indicator or
    // a row when the first only announces them.
    QString errorMessage() const;
    // Units (matrix rows) by rank, best first; ties keep the table order.
    QList<int> order() const;
};

// Where the inputs came from, for reports.
struct EvaluationSource
{
    QString tablePath;
    QString systemPath; // empty: the system was made from the table's numeric columns
    bool sampleData = false;
};

// One evaluation end to end, headless: match the table to the system and validate it, weight,
// normalise, aggregate, rank, and optionally the Monte Carlo rank intervals; then the report
// as JSON and CSV. `cityatlas-cli evaluate` and the Evaluation panel both run this.
class EvaluationRun
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRun)

public:
    // The bundled template for a short name (gbt33356, giffinger, sample), else the name as a path.
    static QString systemPath(const QString &nameOrPath);
    // The one-level system used for a table without one: every numeric column except the id
    // (options.idField, else "code", else the first column) and the name fields.
    static IndicatorSystem systemFromColumns(const FeatureTable &table, const EvaluationTableOptions &options);
    // True for the bundled sample table, or any table whose file name says "sample".
    static bool isSampleTable(const QString &path);

    // The indicators evaluated: the system's leaves, or its first level.
    static QList<int> evaluatedIndicators(const IndicatorSystem &system, const EvaluationSettings &settings);
    // Matching and the validation report, before anything is computed.
    static EvaluationTable validate(const FeatureTable &table, const IndicatorSystem &system,
                                    const EvaluationSettings &settings);
    // Everything. The Monte Carlo draws report progress and can be cancelled through feedback.
    static EvaluationResult run(const FeatureTable &table, const IndicatorSystem &system,
                                const EvaluationSettings &settings, Feedback *feedback = nullptr);

    // Keys of the methods as the CLI spells them, and back (ignoring case and spaces).
    static QString weightingKey(WeightingMethod method);
    static std::optional<WeightingMethod> weightingFromKey(const QString &key);
    static QString normalisationKey(NormalisationMethod method);
    static std::optional<NormalisationMethod> normalisationFromKey(const QString &key);
    static QString aggregationKey(AggregationMethod method);
    static std::optional<AggregationMethod> aggregationFromKey(const QString &key);
    static QString perturbationKey(WeightPerturbation perturbation);

    // The method parameters ("parameters" of the CLI's JSON).
    static QJsonObject parametersJson(const EvaluationResult &result);
    // Everything but the units: command, inputs, parameters, indicators, weights, weight
    // details, the sample note and `warnings` (messages).
    static QJsonObject reportJson(const EvaluationResult &result, const EvaluationSource &source, const IssueList &warnings);
    // Units by rank: id, name, score, rank (with Monte Carlo rank_median, rank_p05, rank_p95,
    // mean_score), first-level groups.
    static QJsonArray unitsJson(const EvaluationResult &result);
    // The per-unit result as CSV (id, name, score, rank, Monte Carlo columns, group scores, each
    // indicator raw and normalised) with FILE.csvt (types) and FILE.parameters.json (`report`)
    // next to it, each through QSaveFile. Empty on success, else a message naming the file.
    static QString writeCsv(const EvaluationResult &result, const QJsonObject &report, const QString &path);
    // The same by the file's extension: .csv as above; .xlsx, .ods or .gpkg through GDAL
    // (TableWriter), with FILE.parameters.json next to it.
    static QString writeResult(const EvaluationResult &result, const QJsonObject &report, const QString &path);

private:
    struct ResultTable
    {
        QStringList header;
        QStringList types; // GDAL type names: String, Integer, Real
        QList<QVariantList> rows;
    };
    static ResultTable resultTable(const EvaluationResult &result);
    static QString writeParameters(const QJsonObject &report, const QString &path);
};

} // namespace CityAtlas
