#include "maps/data/evaluationrun.h"

#include "maps/data/tablewriter.h"

#include "analysis/evaluation/weighting.h"
#include "maps/data/vectorreader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

const QList<std::pair<QString, WeightingMethod>> Weightings{
    {u"template"_s, WeightingMethod::Template}, {u"equal"_s, WeightingMethod::Equal},
    {u"entropy"_s, WeightingMethod::Entropy},   {u"critic"_s, WeightingMethod::Critic},
    {u"pca"_s, WeightingMethod::Pca},           {u"ahp"_s, WeightingMethod::Ahp},
    {u"file"_s, WeightingMethod::File}};
const QList<std::pair<QString, NormalisationMethod>> Normalisations{
    {u"minmax"_s, NormalisationMethod::MinMax}, {u"zscore"_s, NormalisationMethod::ZScore}, {u"rank"_s, NormalisationMethod::Rank}};
const QList<std::pair<QString, AggregationMethod>> Aggregations{
    {u"arithmetic"_s, AggregationMethod::Arithmetic}, {u"geometric"_s, AggregationMethod::Geometric}, {u"topsis"_s, AggregationMethod::Topsis}};

template<typename T>
std::optional<T> lookup(const QList<std::pair<QString, T>> &table, const QString &name)
{
    for (const auto &[key, value] : table)
        if (key == name.trimmed().toLower())
            return value;
    return std::nullopt;
}

template<typename T>
QString keyOf(const QList<std::pair<QString, T>> &table, T value)
{
    for (const auto &[key, v] : table)
        if (v == value)
            return key;
    return {};
}

// The first error; when it only announces others ("see the following problems"), the first
// error that names an indicator or a row is added.
QString errorLine(const IssueList &issues)
{
    const QString first = firstErrorOrIssue(issues);
    bool seenFirst = false;
    for (const Issue &issue : issues) {
        if (issue.severity != Issue::Severity::Error)
            continue;
        if (!seenFirst) {
            seenFirst = true;
            if (!issue.field.isEmpty() || issue.row >= 0)
                return first;
            continue;
        }
        if (!issue.field.isEmpty() || issue.row >= 0)
            return first + u' ' + issue.message;
    }
    return first;
}

IssueList inFile(IssueList issues, const QString &file)
{
    for (Issue &issue : issues)
        if (!issue.message.startsWith(file)) {
            issue.message = file + u": "_s + issue.message;
            issue.file = file;
        }
    return issues;
}

QJsonArray toJsonArray(const Eigen::VectorXd &v)
{
    QJsonArray a;
    for (Eigen::Index i = 0; i < v.size(); ++i)
        a.append(v(i));
    return a;
}

QString exact(double v) { return QString::number(v, 'g', 17); }

std::span<const Direction> directionsOf(const EvaluationTable &t)
{
    return {t.directions.constData(), size_t(t.directions.size())};
}

void computeWeights(const EvaluationSettings &s, EvaluationResult &r)
{
    const EvaluationTable &t = r.table;
    const Eigen::MatrixXd &x = t.values;
    const std::span<const Direction> dirs = directionsOf(t);
    switch (s.weighting) {
    case WeightingMethod::Template: {
        const IndicatorWeights iw = r.system.effectiveWeights(t.indicators);
        r.weightIssues = iw.issues;
        if (iw.ok())
            r.weights = Eigen::Map<const Eigen::VectorXd>(iw.weights.constData(), iw.weights.size());
        break;
    }
    case WeightingMethod::Equal: {
        const WeightResult e = equalWeights(x.cols());
        r.weights = e.weights;
        r.weightIssues = e.issues;
        break;
    }
    case WeightingMethod::Entropy: {
        const EntropyWeights e = entropyWeights(x, dirs, t.labels);
        r.weights = e.weights;
        r.weightIssues = inFile(e.issues, t.sourcePath);
        r.weightDetails = {{u"entropy"_s, toJsonArray(e.entropy)}, {u"divergence"_s, toJsonArray(e.divergence)}};
        break;
    }
    case WeightingMethod::Critic: {
        const CriticWeights c = criticWeights(x, dirs, t.labels);
        r.weights = c.weights;
        r.weightIssues = inFile(c.issues, t.sourcePath);
        r.weightDetails = {{u"standard_deviation"_s, toJsonArray(c.standardDeviation)}, {u"information"_s, toJsonArray(c.information)}};
        break;
    }
    case WeightingMethod::Pca: {
        const PcaWeights pca = pcaWeights(x, {}, t.labels);
        r.weights = pca.weights;
        r.weightIssues = inFile(pca.issues, t.sourcePath);
        r.weightDetails = {{u"eigenvalues"_s, toJsonArray(pca.eigenvalues)}, {u"retained_components"_s, pca.retainedComponents},
                           {u"explained_variance"_s, toJsonArray(pca.explainedVariance)}};
        break;
    }
    case WeightingMethod::Ahp:
    case WeightingMethod::File: {
        const auto [path, layer] = VectorReader::splitLayerSpec(s.weightsFile);
        const LoadResult file = VectorReader::read(path, layer);
        r.weightIssues = file.issues;
        if (!file.table)
            return;
        const bool weightsFile = s.weighting == WeightingMethod::File;
        const EvaluationWeightsInput in = weightsFile ? t.weightsFrom(*file.table, r.system) : t.pairwiseFrom(*file.table, r.system);
        r.weightIssues << in.issues;
        if (!in.ok())
            return;
        if (weightsFile) {
            r.weights = in.weights;
        } else {
            const AhpWeights ahp = ahpWeights(in.pairwise, {}, t.labels);
            r.weights = ahp.weights;
            r.weightIssues << inFile(ahp.issues, path);
            r.weightDetails = {{u"lambda_max"_s, ahp.lambdaMax}, {u"consistency_index"_s, ahp.consistencyIndex}};
            if (ahp.consistencyRatio)
                r.weightDetails[u"consistency_ratio"_s] = *ahp.consistencyRatio;
        }
        r.weightDetails[u"file"_s] = path;
        break;
    }
    }
    if (hasErrors(r.weightIssues))
        r.weights.resize(0);
}

void computeScores(const EvaluationSettings &s, EvaluationResult &r)
{
    const EvaluationTable &t = r.table;
    const IndicatorSystem &system = r.system;
    const Eigen::VectorXd &w = r.weights;
    const std::span<const Direction> dirs = directionsOf(t);
    const GeometricOptions geometric{ZeroHandling::Shift, EvaluationSettings::GeometricShift};
    if (s.vectorTopsis) {
        const TopsisResult topsisResult = topsis(t.values, dirs, asSpan(w), t.labels);
        r.scoreIssues = inFile(topsisResult.issues, t.sourcePath);
        r.scores = topsisResult.closeness;
        return;
    }
    const NormalisationResult norm = normalise(t.values, dirs, {s.normalisation, RankScale::Fraction, {}}, t.labels);
    r.scoreIssues = inFile(norm.issues, t.sourcePath);
    if (!norm.ok())
        return;
    r.normalised = norm.values;
    ScoreResult score;
    if (s.aggregation == AggregationMethod::Topsis) {
        const QList<Direction> benefit(t.directions.size(), Direction::Benefit); // normalisation oriented them
        const TopsisResult topsisResult = topsis(norm.values, benefit, asSpan(w), t.labels);
        score.scores = topsisResult.closeness;
        score.issues = topsisResult.issues;
    } else if (s.aggregation == AggregationMethod::Geometric) {
        score = weightedGeometricMean(norm.values, asSpan(w), geometric, t.labels);
    } else {
        score = weightedArithmeticMean(norm.values, asSpan(w), t.labels);
    }
    r.scoreIssues << inFile(score.issues, t.sourcePath);
    r.scores = score.scores;
    if (!score.ok() || s.firstLevel || s.aggregation == AggregationMethod::Topsis || system.depth() < 2)
        return;

    // First-level profile: S_ig over the leaves l of group g with weights w_l / W_g, W_g = Σ_{l∈g} w_l
    // (for the arithmetic mean Σ_g W_g S_ig is the composite; for the geometric mean, up to ε).
    QList<int> parent;
    QList<double> within;
    QList<double> groupWeight;
    QStringList groupNames;
    for (int index : t.indicators) {
        const int g = system.firstLevelAncestor(index);
        if (!r.groupNodes.contains(g)) {
            r.groupNodes << g;
            groupNames << system.indicator(g).id;
            groupWeight << 0.0;
        }
        parent << int(r.groupNodes.indexOf(g));
        groupWeight[parent.last()] += w(parent.size() - 1);
    }
    for (qsizetype l = 0; l < parent.size(); ++l) {
        if (groupWeight[parent[l]] <= 0.0) {
            r.scoreIssues << Issue::warning(EvaluationRun::tr("the first-level sub-scores are left out: every indicator of %1 has weight 0")
                                                .arg(system.label(r.groupNodes[parent[l]])));
            r.groupNodes.clear();
            return;
        }
        within << w(l) / groupWeight[parent[l]];
    }
    const GroupScores groups = aggregateGroups(norm.values, parent, within, s.aggregation, geometric, t.labels, groupNames);
    r.scoreIssues << inFile(groups.issues, t.sourcePath);
    r.groups = groups.scores;
}

// Writes text through QSaveFile; an error message or empty.
QString writeText(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return EvaluationRun::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QString EvaluationSettings::normalisationKey() const
{
    return vectorTopsis ? u"vector"_s : EvaluationRun::normalisationKey(normalisation);
}

IssueList EvaluationResult::issues() const
{
    return table.issues + weightIssues + scoreIssues + mcIssues;
}

QString EvaluationResult::errorMessage() const
{
    switch (stage) {
    case Stage::Validation:
        return errorLine(table.issues);
    case Stage::Weights:
        return errorLine(weightIssues);
    case Stage::Scores:
        return errorLine(scoreIssues);
    case Stage::MonteCarlo:
        return cancelled ? EvaluationRun::tr("The Monte Carlo draws were cancelled.") : errorLine(inFile(mcIssues, table.sourcePath));
    case Stage::Done:
        break;
    }
    return {};
}

QList<int> EvaluationResult::order() const
{
    QList<int> order(ranks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return ranks(a) < ranks(b); });
    return order;
}

QString EvaluationRun::systemPath(const QString &nameOrPath)
{
    const QString bundled = IndicatorSystemFile::bundledTemplatePath(nameOrPath);
    return bundled.isEmpty() ? nameOrPath : bundled;
}

IndicatorSystem EvaluationRun::systemFromColumns(const FeatureTable &table, const EvaluationTableOptions &options)
{
    const QString id = options.idField.isEmpty() ? (table.fieldIndex(u"code"_s) >= 0 ? u"code"_s : table.fieldNames().value(0))
                                                 : options.idField;
    return EvaluationTable::systemFromColumns(table, {id, options.nameField, u"name"_s, u"name_en"_s, u"name_zh"_s, u"pinyin"_s});
}

bool EvaluationRun::isSampleTable(const QString &path)
{
    return QFileInfo(path).fileName().contains(u"sample"_s, Qt::CaseInsensitive);
}

QList<int> EvaluationRun::evaluatedIndicators(const IndicatorSystem &system, const EvaluationSettings &settings)
{
    return settings.firstLevel ? system.firstLevel() : system.leaves();
}

EvaluationTable EvaluationRun::validate(const FeatureTable &table, const IndicatorSystem &system, const EvaluationSettings &settings)
{
    return EvaluationTable::fromTable(table, system, evaluatedIndicators(system, settings), settings.table);
}

EvaluationResult EvaluationRun::run(const FeatureTable &table, const IndicatorSystem &system, const EvaluationSettings &settings,
                                    Feedback *feedback)
{
    EvaluationResult r;
    r.settings = settings;
    r.settings.table.layer = nullptr; // not kept: the result may outlive the layer
    r.system = system;
    r.table = validate(table, system, settings);
    if (!r.table.ok())
        return r;
    r.stage = EvaluationResult::Stage::Weights;
    computeWeights(settings, r);
    if (r.weights.size() == 0)
        return r;
    r.stage = EvaluationResult::Stage::Scores;
    computeScores(settings, r);
    if (hasErrors(r.scoreIssues))
        return r;
    r.ranks = rankValues(asSpan(r.scores), RankOrder::HighestFirst, TieMethod::Min);
    if (settings.mc.draws > 0) {
        r.stage = EvaluationResult::Stage::MonteCarlo;
        r.mc = analyseUncertainty(r.table.values, directionsOf(r.table), asSpan(r.weights), settings.mc, r.table.labels, feedback);
        r.mcIssues = r.mc.issues;
        r.cancelled = r.mc.cancelled;
        if (!r.mc.isComplete())
            return r;
    }
    r.stage = EvaluationResult::Stage::Done;
    return r;
}

QString EvaluationRun::weightingKey(WeightingMethod method) { return keyOf(Weightings, method); }
std::optional<WeightingMethod> EvaluationRun::weightingFromKey(const QString &key) { return lookup(Weightings, key); }
QString EvaluationRun::normalisationKey(NormalisationMethod method) { return keyOf(Normalisations, method); }
std::optional<NormalisationMethod> EvaluationRun::normalisationFromKey(const QString &key) { return lookup(Normalisations, key); }
QString EvaluationRun::aggregationKey(AggregationMethod method) { return keyOf(Aggregations, method); }
std::optional<AggregationMethod> EvaluationRun::aggregationFromKey(const QString &key) { return lookup(Aggregations, key); }

QString EvaluationRun::perturbationKey(WeightPerturbation perturbation)
{
    switch (perturbation) {
    case WeightPerturbation::None:
        return u"none"_s;
    case WeightPerturbation::Uniform:
        return u"uniform"_s;
    case WeightPerturbation::Dirichlet:
        break;
    }
    return u"dirichlet"_s;
}

QJsonObject EvaluationRun::parametersJson(const EvaluationResult &result)
{
    const EvaluationSettings &s = result.settings;
    QJsonObject parameters{{u"weights"_s, weightingKey(s.weighting)}, {u"normalise"_s, s.normalisationKey()},
                           {u"aggregate"_s, aggregationKey(s.aggregation)},
                           {u"level"_s, s.firstLevel ? u"1"_s : u"leaves"_s}, {u"ties"_s, u"min"_s},
                           {u"cost"_s, QJsonArray::fromStringList(s.table.costColumns)}};
    if (!s.weightsFile.isEmpty())
        parameters[u"weights_file"_s] = s.weightsFile;
    // Entropy and CRITIC weigh min–max normalised values whatever "normalise" says (weighting.h).
    if (s.weighting == WeightingMethod::Entropy || s.weighting == WeightingMethod::Critic)
        parameters[u"weights_normalise"_s] = u"minmax"_s;
    if (s.aggregation == AggregationMethod::Geometric)
        parameters[u"geometric_shift"_s] = EvaluationSettings::GeometricShift;
    if (s.mc.draws > 0) {
        QJsonArray norms, aggs;
        for (NormalisationMethod m : s.mc.normalisations)
            norms.append(normalisationKey(m));
        for (AggregationMethod m : s.mc.aggregations)
            aggs.append(aggregationKey(m));
        parameters[u"mc"_s] = QJsonObject{{u"draws"_s, s.mc.draws}, {u"seed"_s, qint64(s.mc.seed)},
                                          {u"perturbation"_s, perturbationKey(s.mc.weightPerturbation)},
                                          {u"concentration"_s, s.mc.concentration}, {u"range"_s, s.mc.relativeRange},
                                          {u"normalisations"_s, norms}, {u"aggregations"_s, aggs},
                                          {u"percentiles"_s, u"type 7 (R default)"_s}};
    }
    return parameters;
}

QJsonObject EvaluationRun::reportJson(const EvaluationResult &result, const EvaluationSource &source, const IssueList &warnings)
{
    const EvaluationTable &t = result.table;
    const IndicatorSystem &system = result.system;
    QJsonObject weightMap;
    QJsonArray indicatorArray;
    for (qsizetype j = 0; j < t.indicators.size() && j < result.weights.size(); ++j) {
        const Indicator &ind = system.indicator(t.indicators[j]);
        weightMap[ind.id] = result.weights(j);
        indicatorArray.append(QJsonObject{{u"id"_s, ind.id}, {u"column"_s, t.columns[j]}, {u"name_zh"_s, ind.nameZh},
                                          {u"name_en"_s, ind.nameEn}, {u"unit"_s, ind.unit},
                                          {u"direction"_s, directionName(t.directions[j])}, {u"weight"_s, result.weights(j)}});
    }
    QJsonObject root{{u"command"_s, u"evaluate"_s}, {u"indicators_table"_s, QFileInfo(source.tablePath).fileName()},
                     {u"system"_s, QJsonObject{{u"id"_s, system.id}, {u"name_en"_s, system.nameEn}, {u"name_zh"_s, system.nameZh},
                                               {u"file"_s, source.systemPath.isEmpty() ? QString() : QFileInfo(source.systemPath).fileName()}}},
                     {u"id_field"_s, t.idField}, {u"n"_s, int(t.rows.size())}, {u"parameters"_s, parametersJson(result)},
                     {u"indicators"_s, indicatorArray}, {u"weights"_s, weightMap}};
    if (!result.weightDetails.isEmpty())
        root[u"weight_details"_s] = result.weightDetails;
    if (source.sampleData) {
        root[u"sample_data"_s] = true;
        root[u"note"_s] = tr("SAMPLE data: synthetic values from a seeded script, not statistics");
    }
    QJsonArray warningArray;
    for (const Issue &issue : warnings)
        warningArray.append(issue.message);
    root[u"warnings"_s] = warningArray;
    return root;
}

QJsonArray EvaluationRun::unitsJson(const EvaluationResult &result)
{
    const EvaluationTable &t = result.table;
    const bool mc = result.settings.mc.draws > 0 && result.mc.medianRank.size() == result.scores.size();
    QJsonArray units;
    for (int i : result.order()) {
        QJsonObject u{{u"id"_s, t.unitIds[i]}, {u"name"_s, t.unitNames[i]}, {u"score"_s, result.scores(i)}, {u"rank"_s, result.ranks(i)}};
        if (mc) {
            u[u"rank_median"_s] = result.mc.medianRank(i);
            u[u"rank_p05"_s] = result.mc.lowerRank(i);
            u[u"rank_p95"_s] = result.mc.upperRank(i);
            u[u"mean_score"_s] = result.mc.meanScore(i);
        }
        if (result.groups.size() > 0) {
            QJsonObject g;
            for (qsizetype k = 0; k < result.groupNodes.size(); ++k)
                g[result.system.indicator(result.groupNodes[k]).id] = result.groups(i, k);
            u[u"groups"_s] = g;
        }
        units.append(u);
    }
    return units;
}

EvaluationRun::ResultTable EvaluationRun::resultTable(const EvaluationResult &result)
{
    const EvaluationTable &t = result.table;
    const bool mc = result.settings.mc.draws > 0 && result.mc.medianRank.size() == result.scores.size();
    ResultTable table;
    table.header = QStringList{t.idField, u"name"_s, u"score"_s, u"rank"_s};
    table.types = QStringList{u"String"_s, u"String"_s, u"Real"_s, u"Integer"_s};
    if (mc) {
        table.header << u"rank_median"_s << u"rank_p05"_s << u"rank_p95"_s << u"mc_mean_score"_s;
        table.types << u"Real"_s << u"Real"_s << u"Real"_s << u"Real"_s;
    }
    for (int g : result.groupNodes)
        table.header << u"score_"_s + result.system.indicator(g).id, table.types << u"Real"_s;
    const bool normalised = result.normalised.size() > 0;
    for (qsizetype j = 0; j < t.columns.size(); ++j) {
        table.header << t.columns[j], table.types << u"Real"_s;
        if (normalised)
            table.header << t.columns[j] + u"_norm"_s, table.types << u"Real"_s;
    }
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        QVariantList row{t.unitIds[i], t.unitNames[i], result.scores(i), qlonglong(result.ranks(i))};
        if (mc)
            row << result.mc.medianRank(i) << result.mc.lowerRank(i) << result.mc.upperRank(i) << result.mc.meanScore(i);
        for (qsizetype k = 0; k < result.groupNodes.size(); ++k)
            row << result.groups(i, k);
        for (qsizetype j = 0; j < t.columns.size(); ++j) {
            row << t.values(i, j);
            if (normalised)
                row << result.normalised(i, j);
        }
        table.rows << row;
    }
    return table;
}

QString EvaluationRun::writeParameters(const QJsonObject &report, const QString &path)
{
    const QFileInfo info(path);
    return writeText(info.path() + u'/' + info.completeBaseName() + u".parameters.json"_s,
                     QJsonDocument(report).toJson(QJsonDocument::Indented));
}

QString EvaluationRun::writeCsv(const EvaluationResult &result, const QJsonObject &report, const QString &path)
{
    const ResultTable table = resultTable(result);
    QByteArray csv;
    {
        QTextStream out(&csv);
        auto writeRow = [&out](const QStringList &fields) {
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            out << quoted.join(u',') << '\n';
        };
        writeRow(table.header);
        for (const QVariantList &values : table.rows) {
            QStringList row;
            for (const QVariant &v : values)
                row << (v.typeId() == QMetaType::Double ? exact(v.toDouble()) : v.toString());
            writeRow(row);
        }
    }
    if (const QString e = writeText(path, csv); !e.isEmpty())
        return e;
    const QFileInfo info(path);
    QStringList quotedTypes;
    for (const QString &type : table.types)
        quotedTypes << u'"' + type + u'"';
    if (const QString e = writeText(info.path() + u'/' + info.completeBaseName() + u".csvt"_s,
                                    (quotedTypes.join(u',') + u'\n').toUtf8()); !e.isEmpty())
        return e;
    return writeParameters(report, path);
}

QString EvaluationRun::writeResult(const EvaluationResult &result, const QJsonObject &report, const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return writeCsv(result, report, path);
    const ResultTable table = resultTable(result);
    if (const QString e = TableWriter::write(path, u"evaluation"_s, table.header, table.types, table.rows); !e.isEmpty())
        return e;
    return writeParameters(report, path);
}

} // namespace CityAtlas
