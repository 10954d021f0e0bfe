#include "maps/report/reporttable.h"

#include "analysis/inequalityreport.h"
#include "analysis/moran.h"
#include "maps/data/analysisinput.h"
#include "maps/data/bundleddata.h"
#include "maps/data/evaluationrun.h"
#include "maps/data/spatialinput.h"
#include "maps/data/unitnames.h"
#include "maps/data/vectorreader.h"
#include "maps/project/reviewcoverage.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

QString parameter(const ReportItem &item, const QString &key, const QString &fallback)
{
    const QString value = item.parameters.value(key).toString();
    return value.isEmpty() ? fallback : value;
}

QString decimal(double v, int digits = 4) { return QLocale().toString(v, 'f', digits); }
QString optionalDecimal(const std::optional<double> &v) { return v ? decimal(*v) : ReportTables::tr("n/a"); }
QString share(double v) { return ReportTables::tr("%1 %").arg(QLocale().toString(100.0 * v, 'f', 1)); }

ReportTable failed(const QString &title, const IssueList &issues)
{
    ReportTable table;
    table.title = title;
    table.issues = issues;
    return table;
}

QStringList provinceFiles() { return BundledData::provinceMapFiles(); }

} // namespace

// As many as the spatial panel offers (MaxPermutations).
int ReportTables::permutations(const ReportItem &item)
{
    return item.parameters.value(u"permutations"_s).toInt(999);
}

ReportTable ReportTables::build(const ReportItem &item, const ReportTableInput &input, Feedback *feedback)
{
    const bool needsProvinces = item.table == u"inequality"_s || item.table == u"moran"_s;
    if (needsProvinces && !input.provinces)
        return failed(item.title, {Issue::error(tr("table '%1': the province map could not be read").arg(item.table))});
    if (item.table == u"inequality"_s)
        return inequality(item, *input.provinces);
    if (item.table == u"moran"_s)
        return moran(item, *input.provinces, feedback);
    if (item.table == u"coverage"_s)
        return coverage(item, input.reviews);
    if (item.table == u"evaluation"_s)
        return evaluation(item, feedback);
    return failed(item.title, {Issue::error(tr("unknown table '%1' (tables: %2)").arg(item.table, names().join(u", "_s)))});
}

ReportTable ReportTables::inequality(const ReportItem &item, const FeatureTable &provinces)
{
    const QString value = parameter(item, u"value"_s, BundledData::densityField());
    const QString group = parameter(item, u"group"_s, u"region"_s);
    const QString weight = parameter(item, u"weight"_s, QString());
    const AnalysisInput input = AnalysisInput::fromTable(provinces, value, weight, group == u"none"_s ? QString() : group,
                                                         unitNameField(provinces));
    if (!input.isValid())
        return failed(item.title, input.issues);
    const InequalityReport report = computeInequalityReport(input.values, input.weights, input.groups);
    ReportTable table;
    table.title = item.title;
    table.issues = input.issues + input.attributed(report.issues, provinces.sourcePath());
    if (!report.isValid())
        return table;
    table.header = {tr("Measure"), tr("Total"), tr("Within groups"), tr("Between groups")};
    const auto decomposed = [&](const QString &name, const std::optional<double> &total, const auto &by) {
        table.rows << (by ? QStringList{name, optionalDecimal(total), decimal(by->within), decimal(by->total - by->within)}
                          : QStringList{name, optionalDecimal(total), QString(), QString()});
    };
    decomposed(tr("Gini"), report.gini, report.giniByGroup);
    decomposed(tr("Theil T (GE(1))"), report.theilT, report.theilTByGroup);
    decomposed(tr("Theil L (GE(0), MLD)"), report.theilL, report.theilLByGroup);
    table.rows << QStringList{tr("Coefficient of variation (population SD, 1/n)"), optionalDecimal(report.coefficientOfVariation),
                              QString(), QString()};
    table.note = tr("%1 over %2 units, grouped by %3; Gini decomposed after Dagum (1997), the between part including "
                    "transvariation.").arg(BundledData::fieldCaption(value)).arg(report.unitCount).arg(group);
    table.methods << tr("Inequality (Gini, Theil T and L, CV with the population standard deviation, 1/n): value %1, weight %2, groups %3")
                         .arg(value, weight.isEmpty() ? tr("none") : weight, group);
    table.datasets = provinceFiles();
    return table;
}

ReportTable ReportTables::moran(const ReportItem &item, const FeatureTable &provinces, Feedback *feedback)
{
    const QString field = parameter(item, u"field"_s, BundledData::densityField());
    WeightsSpec spec;
    QString error;
    if (!WeightsSpec::parse(parameter(item, u"weights"_s, u"queen"_s), &spec, &error)
        || !WeightsSpec::parseIsolates(parameter(item, u"isolates"_s, u"exclude"_s), &spec, &error))
        return failed(item.title, {Issue::error(tr("table 'moran': %1").arg(error))});
    // A report is data from a project: it names no files of its own, and its work is bounded.
    if (spec.kind == WeightsSpec::Kind::File)
        return failed(item.title, {Issue::error(tr("table 'moran': a report cannot read a weights file; "
                                                   "use queen, rook, knn:K or band:KM"))});
    const int permutations = ReportTables::permutations(item);
    if (permutations < 0 || permutations > MaxPermutations)
        return failed(item.title, {Issue::error(tr("table 'moran': permutations must be between 0 and %1, not %2")
                                                    .arg(MaxPermutations).arg(permutations))});
    const SpatialInput input = SpatialInput::build(provinces, field, spec, unitNameField(provinces));
    if (!input.isValid())
        return failed(item.title, input.issues);
    MoranOptions options;
    options.permutation.permutations = permutations;
    options.permutation.seed = quint64(item.parameters.value(u"seed"_s).toInteger(42));
    const MoranResult result = globalMoran(input.values, input.weights, options, feedback);
    ReportTable table;
    table.title = item.title;
    table.issues = input.issues + result.issues;
    if (!result.isValid())
        return table;
    table.header = {tr("Statistic"), tr("Value")};
    table.rows << QStringList{tr("Moran's I"), decimal(result.moranI)} << QStringList{tr("E[I]"), decimal(result.expectedI)};
    if (result.randomisation)
        table.rows << QStringList{tr("z (randomisation)"), decimal(result.randomisation->zScore)}
                   << QStringList{tr("p (randomisation, one-sided)"), decimal(result.randomisation->pGreater)};
    if (result.permutation)
        table.rows << QStringList{tr("pseudo p (%1 permutations)").arg(result.permutation->permutations),
                                  decimal(result.permutation->pseudoP)};
    table.rows << QStringList{tr("Units"), QString::number(result.unitCount)};
    table.note = input.isolates.isEmpty()
        ? tr("%1; %2.").arg(BundledData::fieldCaption(field), spec.description())
        : tr("%1; %2; units without neighbours left out: %3.")
              .arg(BundledData::fieldCaption(field), spec.description(), input.isolates.join(u", "_s));
    table.methods << tr("Moran's I: field %1, %2, row-standardised, %3 permutations, seed %4")
                         .arg(field, spec.description()).arg(options.permutation.permutations).arg(options.permutation.seed);
    table.datasets = provinceFiles();
    return table;
}

ReportTable ReportTables::coverage(const ReportItem &item, const QList<ReviewRecord> &reviews)
{
    const ReviewCatalog::LoadResult catalog = ReviewCatalog::loadBundled();
    if (!catalog.catalog)
        return failed(item.title, catalog.issues);
    const ReviewCoverage::Baseline baseline = ReviewCoverage::loadBaseline(ReviewCoverage::bundledBaselinePath());
    const CoverageSummary summary = ReviewCoverage::summarize(reviews, *catalog.catalog, baseline);
    ReportTable table;
    table.title = item.title;
    table.issues = catalog.issues + summary.issues;
    table.header = {tr("Level"), tr("Planned"), tr("Units"), tr("Share"), tr("Paper (Figure 6)")};
    for (const LevelCoverage &level : summary.levels) {
        const QString published = level.baseline
            ? tr("%1 of %2 (%3)").arg(level.baseline->planned).arg(level.baseline->total).arg(share(level.baseline->share()))
            : QString();
        table.rows << QStringList{reviewLevelName(level.level), QString::number(level.planned), QString::number(level.total),
                                  level.share() ? share(*level.share()) : tr("n/a"), published};
    }
    table.note = reviews.isEmpty() ? tr("No review records: the project holds none, so only the paper's numbers are given.")
                                   : tr("%n review record(s) of the project.", nullptr, int(reviews.size()));
    table.methods << tr("Coverage of top-level design: units with a record in preparation or approved, by level");
    const ReviewCatalog::Sources sources = ReviewCatalog::bundledSources();
    table.datasets = {sources.viceProvincial, sources.newAreas, sources.urbanClusters, sources.prefectures,
                      ReviewCoverage::bundledBaselinePath()};
    return table;
}

ReportTable ReportTables::evaluation(const ReportItem &item, Feedback *feedback)
{
    const QString systemName = parameter(item, u"system"_s, u"sample"_s);
    const QString systemPath = IndicatorSystemFile::bundledTemplatePath(systemName);
    if (systemPath.isEmpty())
        return failed(item.title, {Issue::error(tr("table 'evaluation': '%1' is not a bundled indicator system; "
                                                   "a report names templates only (sample, gbt33356, giffinger)").arg(systemName))});
    const IndicatorSystemLoad system = IndicatorSystemFile::read(systemPath);
    if (!system.ok())
        return failed(item.title, system.issues);
    const QString tablePath = IndicatorSystemFile::sampleTablePath();
    const LoadResult loaded = VectorReader::read(tablePath);
    if (!loaded.table)
        return failed(item.title, loaded.issues);
    EvaluationSettings settings;
    const QString weights = parameter(item, u"weights"_s, u"entropy"_s);
    const auto weighting = EvaluationRun::weightingFromKey(weights);
    if (!weighting || *weighting == WeightingMethod::Ahp || *weighting == WeightingMethod::File)
        return failed(item.title, {Issue::error(tr("table 'evaluation': unknown weights '%1' (template, equal, entropy, "
                                                   "critic or pca)").arg(weights))});
    settings.weighting = *weighting;
    const EvaluationResult result = EvaluationRun::run(*loaded.table, *system.system, settings, feedback);
    if (!result.ok())
        return failed(item.title, {Issue::error(result.errorMessage(), tablePath)});
    ReportTable table;
    table.title = item.title;
    table.header = {tr("Rank"), tr("Unit"), tr("Score")};
    const int top = item.parameters.value(u"top"_s).toInt(10);
    const QJsonArray units = EvaluationRun::unitsJson(result);
    for (qsizetype i = 0; i < units.size() && i < top; ++i) {
        const QJsonObject u = units[i].toObject();
        table.rows << QStringList{QString::number(u.value(u"rank"_s).toInt()), u.value(u"name"_s).toString(),
                                  decimal(u.value(u"score"_s).toDouble())};
    }
    table.note = tr("SAMPLE: synthetic indicator values, not statistics. %1 units evaluated.").arg(result.unitCount());
    table.methods << tr("Composite index: system %1, weights %2, normalisation %3, aggregation %4")
                         .arg(QFileInfo(systemPath).fileName(), weights,
                              settings.normalisationKey(), EvaluationRun::aggregationKey(settings.aggregation));
    if (settings.weighting == WeightingMethod::Entropy || settings.weighting == WeightingMethod::Critic)
        table.methods.last() = tr("%1 (the entropy and CRITIC weights are computed from min–max normalised values, "
                                  "whatever the normalisation)").arg(table.methods.last());
    table.datasets = {tablePath, systemPath};
    return table;
}

} // namespace CityAtlas
