#include "app/clievaluate.h"

#include "analysis/evaluation/aggregation.h"
#include "analysis/evaluation/normalisation.h"
#include "analysis/evaluation/uncertainty.h"
#include "analysis/evaluation/weighting.h"
#include "app/clishared.h"
#include "maps/data/evaluationtable.h"
#include "maps/data/indicatorsystemfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <numeric>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

constexpr double GeometricShift = 0.01; // ε of the geometric mean (ZeroHandling::Shift)

struct Settings
{
    QString weights;        // template, equal, entropy, critic, pca, ahp, file
    QString weightsFile;    // ahp:FILE, file:FILE
    bool vectorTopsis = false; // TOPSIS on the raw values with its own vector normalisation
    NormalisationMethod normalise = NormalisationMethod::MinMax;
    AggregationMethod aggregate = AggregationMethod::Arithmetic;
    bool firstLevel = false;
    UncertaintyOptions mc = [] {
        UncertaintyOptions o;
        o.draws = 0; // no Monte Carlo unless --mc
        return o;
    }();
};

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

QString normalisationKey(const Settings &s) { return s.vectorTopsis ? u"vector"_s : keyOf(Normalisations, s.normalise); }

// Reads the options into settings; an error message, or empty.
QString readSettings(const QCommandLineParser &p, bool haveSystem, Settings *s)
{
    const QString weights = p.isSet(u"weights"_s) ? p.value(u"weights"_s) : (haveSystem ? u"template"_s : u"equal"_s);
    s->weights = weights.section(u':', 0, 0).toLower();
    s->weightsFile = weights.section(u':', 1);
    static const QStringList known{u"template"_s, u"equal"_s, u"entropy"_s, u"critic"_s, u"pca"_s, u"ahp"_s, u"file"_s};
    if (!known.contains(s->weights))
        return CliText::tr("evaluate: unknown --weights '%1' (use template, equal, entropy, critic, pca, ahp:FILE or file:FILE)").arg(weights);
    if ((s->weights == u"ahp"_s || s->weights == u"file"_s) && s->weightsFile.isEmpty())
        return CliText::tr("evaluate: --weights %1 needs a file: --weights %1:FILE").arg(s->weights);
    if (s->weights == u"template"_s && !haveSystem)
        return CliText::tr("evaluate: --weights template needs --system; without a system every numeric column is an "
                           "indicator with no template weight (use equal, entropy, critic, pca, ahp:FILE or file:FILE)");
    const auto aggregate = lookup(Aggregations, p.value(u"aggregate"_s));
    if (!aggregate)
        return CliText::tr("evaluate: unknown --aggregate '%1' (use arithmetic, geometric or topsis)").arg(p.value(u"aggregate"_s));
    s->aggregate = *aggregate;
    if (p.isSet(u"normalise"_s)) {
        const auto normalise = lookup(Normalisations, p.value(u"normalise"_s));
        if (!normalise)
            return CliText::tr("evaluate: unknown --normalise '%1' (use minmax, zscore or rank)").arg(p.value(u"normalise"_s));
        s->normalise = *normalise;
    } else {
        s->vectorTopsis = s->aggregate == AggregationMethod::Topsis;
    }
    if (s->aggregate == AggregationMethod::Geometric && s->normalise == NormalisationMethod::ZScore)
        return CliText::tr("evaluate: the geometric mean needs positive values, and z-scores are negative for half the "
                           "units: use --normalise minmax or rank");
    const QString level = p.value(u"level"_s);
    if (level != u"leaves"_s && level != u"1"_s)
        return CliText::tr("evaluate: unknown --level '%1' (use leaves or 1)").arg(level);
    s->firstLevel = level == u"1"_s;

    if (!p.isSet(u"mc"_s))
        return {};
    bool ok = false;
    s->mc.draws = p.value(u"mc"_s).toInt(&ok);
    if (!ok || s->mc.draws < 1)
        return CliText::tr("evaluate: --mc takes a number of draws >= 1");
    s->mc.seed = p.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return CliText::tr("evaluate: --seed takes a non-negative integer");
    if (s->vectorTopsis)
        return CliText::tr("evaluate: --mc with TOPSIS needs --normalise minmax, zscore or rank (the draws normalise "
                           "the values first; TOPSIS's own vector normalisation is not varied)");
    const QString perturb = p.value(u"mc-perturb"_s);
    s->mc.weightPerturbation = perturb == u"none"_s ? WeightPerturbation::None
                             : perturb == u"uniform"_s ? WeightPerturbation::Uniform : WeightPerturbation::Dirichlet;
    if (perturb != u"none"_s && perturb != u"uniform"_s && perturb != u"dirichlet"_s)
        return CliText::tr("evaluate: unknown --mc-perturb '%1' (use dirichlet, uniform or none)").arg(perturb);
    s->mc.concentration = p.value(u"mc-concentration"_s).toDouble(&ok);
    if (!ok)
        return CliText::tr("evaluate: --mc-concentration takes a number");
    s->mc.relativeRange = p.value(u"mc-range"_s).toDouble(&ok);
    if (!ok)
        return CliText::tr("evaluate: --mc-range takes a number");
    // The chosen methods first: they are the Monte Carlo's nominal configuration.
    s->mc.normalisations = {s->normalise};
    s->mc.aggregations = {s->aggregate};
    const auto addMethods = [&p](const QString &option, const auto &table, auto &list) {
        for (const QString &name : p.value(option).split(u',', Qt::SkipEmptyParts)) {
            const auto method = lookup(table, name);
            if (!method)
                return CliText::tr("evaluate: unknown method '%1' in --%2").arg(name, option);
            if (!list.contains(*method))
                list << *method;
        }
        return QString();
    };
    if (const QString e = addMethods(u"mc-normalise"_s, Normalisations, s->mc.normalisations); !e.isEmpty())
        return e;
    if (const QString e = addMethods(u"mc-aggregate"_s, Aggregations, s->mc.aggregations); !e.isEmpty())
        return e;
    s->mc.geometricShift = GeometricShift;
    s->mc.threadCount = 0; // draws are seeded one by one: the same result on any thread count
    return {};
}

// The first error; when it only announces others ("see the following problems"), the first
// error that names an indicator or a row is added.
QString errorLine(const IssueList &issues)
{
    const QString first = firstError(issues);
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

struct Weights
{
    Eigen::VectorXd w;
    QJsonObject details;
    IssueList issues;
};

Weights computeWeights(const Settings &s, const IndicatorSystem &system, const EvaluationTable &t)
{
    Weights r;
    const Eigen::MatrixXd &x = t.values;
    const std::span<const Direction> dirs(t.directions.constData(), size_t(t.directions.size()));
    if (s.weights == u"template"_s) {
        const IndicatorWeights iw = system.effectiveWeights(t.indicators);
        r.issues = iw.issues;
        if (iw.ok())
            r.w = Eigen::Map<const Eigen::VectorXd>(iw.weights.constData(), iw.weights.size());
    } else if (s.weights == u"equal"_s) {
        const WeightResult e = equalWeights(x.cols());
        r.w = e.weights;
        r.issues = e.issues;
    } else if (s.weights == u"entropy"_s) {
        const EntropyWeights e = entropyWeights(x, dirs, t.labels);
        r.w = e.weights;
        r.issues = inFile(e.issues, t.sourcePath);
        r.details = {{u"entropy"_s, toJsonArray(e.entropy)}, {u"divergence"_s, toJsonArray(e.divergence)}};
    } else if (s.weights == u"critic"_s) {
        const CriticWeights c = criticWeights(x, dirs, t.labels);
        r.w = c.weights;
        r.issues = inFile(c.issues, t.sourcePath);
        r.details = {{u"standard_deviation"_s, toJsonArray(c.standardDeviation)}, {u"information"_s, toJsonArray(c.information)}};
    } else if (s.weights == u"pca"_s) {
        const PcaWeights pca = pcaWeights(x, {}, t.labels);
        r.w = pca.weights;
        r.issues = inFile(pca.issues, t.sourcePath);
        r.details = {{u"eigenvalues"_s, toJsonArray(pca.eigenvalues)}, {u"retained_components"_s, pca.retainedComponents},
                     {u"explained_variance"_s, toJsonArray(pca.explainedVariance)}};
    } else {
        const auto [path, layer] = VectorReader::splitLayerSpec(s.weightsFile);
        const LoadResult file = VectorReader::read(path, layer);
        r.issues = file.issues;
        if (!file.table)
            return r;
        const EvaluationWeightsInput in = s.weights == u"file"_s ? t.weightsFrom(*file.table, system)
                                                                 : t.pairwiseFrom(*file.table, system);
        r.issues << in.issues;
        if (!in.ok())
            return r;
        if (s.weights == u"file"_s) {
            r.w = in.weights;
        } else {
            const AhpWeights ahp = ahpWeights(in.pairwise, {}, t.labels);
            r.w = ahp.weights;
            r.issues << inFile(ahp.issues, path);
            r.details = {{u"lambda_max"_s, ahp.lambdaMax}, {u"consistency_index"_s, ahp.consistencyIndex}};
            if (ahp.consistencyRatio)
                r.details[u"consistency_ratio"_s] = *ahp.consistencyRatio;
        }
        r.details[u"file"_s] = path;
    }
    if (hasErrors(r.issues))
        r.w.resize(0);
    return r;
}

struct Scores
{
    Eigen::VectorXd scores;
    Eigen::MatrixXd normalised; // n × m (empty for TOPSIS with vector normalisation)
    Eigen::MatrixXd groups;     // n × G first-level sub-scores, or empty
    QList<int> groupNodes;      // system indices of the groups
    IssueList issues;
};

Scores computeScores(const Settings &s, const IndicatorSystem &system, const EvaluationTable &t, const Eigen::VectorXd &w)
{
    Scores r;
    const std::span<const Direction> dirs(t.directions.constData(), size_t(t.directions.size()));
    const GeometricOptions geometric{ZeroHandling::Shift, GeometricShift};
    if (s.vectorTopsis) {
        const TopsisResult topsisResult = topsis(t.values, dirs, asSpan(w), t.labels);
        r.issues = inFile(topsisResult.issues, t.sourcePath);
        r.scores = topsisResult.closeness;
        return r;
    }
    const NormalisationResult norm = normalise(t.values, dirs, {s.normalise, RankScale::Fraction, {}}, t.labels);
    r.issues = inFile(norm.issues, t.sourcePath);
    if (!norm.ok())
        return r;
    r.normalised = norm.values;
    ScoreResult score;
    if (s.aggregate == AggregationMethod::Topsis) {
        const QList<Direction> benefit(t.directions.size(), Direction::Benefit); // normalisation oriented them
        const TopsisResult topsisResult = topsis(norm.values, benefit, asSpan(w), t.labels);
        score.scores = topsisResult.closeness;
        score.issues = topsisResult.issues;
    } else if (s.aggregate == AggregationMethod::Geometric) {
        score = weightedGeometricMean(norm.values, asSpan(w), geometric, t.labels);
    } else {
        score = weightedArithmeticMean(norm.values, asSpan(w), t.labels);
    }
    r.issues << inFile(score.issues, t.sourcePath);
    r.scores = score.scores;
    if (!score.ok() || s.firstLevel || s.aggregate == AggregationMethod::Topsis || system.depth() < 2)
        return r;

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
            r.issues << Issue::warning(CliText::tr("the first-level sub-scores are left out: every indicator of %1 has weight 0")
                                           .arg(system.label(r.groupNodes[parent[l]])));
            r.groupNodes.clear();
            return r;
        }
        within << w(l) / groupWeight[parent[l]];
    }
    const GroupScores groups = aggregateGroups(norm.values, parent, within, s.aggregate, geometric, t.labels, groupNames);
    r.issues << inFile(groups.issues, t.sourcePath);
    r.groups = groups.scores;
    return r;
}

// Writes text through QSaveFile; an error message or empty.
QString writeText(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return CliText::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace

int evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Composite smart-city index: matches an indicator table to an indicator system, validates it (missing "
        "indicators, non-numeric or empty cells, outliers beyond 3 IQR), weights, normalises and aggregates the "
        "indicators, and ranks the units; --mc adds Monte Carlo rank intervals.\n"
        "Columns are matched to indicators by the template's \"column\", the indicator id, its English or its "
        "Chinese name, ignoring case. Without --system every numeric column except the id and name is an indicator.\n"
        "'--system sample' without --indicators evaluates the bundled SAMPLE table (synthetic values for the 31 "
        "provinces, not statistics)."));
    parser.addOptions({
        {u"indicators"_s, CliText::tr("Indicator table, PATH or PATH:LAYER (CSV, XLSX, GeoPackage, ...). Required, "
                                      "except with --system sample."), u"path"_s},
        {u"system"_s, CliText::tr("Indicator system: gbt33356, giffinger, sample, or a JSON file."), u"name|file"_s},
        {u"level"_s, CliText::tr("Evaluate the system's leaves, or its first level (1) from a table of first-level scores."), u"leaves|1"_s, u"leaves"_s},
        {u"id"_s, CliText::tr("Field identifying the units (default: code, else the first column)."), u"field"_s},
        {u"name"_s, CliText::tr("Field naming the units (default: name_en, name or name_zh)."), u"field"_s},
        {u"weights"_s, CliText::tr("template, equal, entropy, critic, pca, ahp:FILE (pairwise matrix CSV) or file:FILE "
                                   "(indicator,weight CSV summing to 1). Default: template with --system, else equal."), u"method"_s},
        {u"normalise"_s, CliText::tr("minmax, zscore or rank (default minmax; with topsis: TOPSIS's own vector "
                                     "normalisation of the raw values)."), u"method"_s},
        {u"aggregate"_s, CliText::tr("arithmetic, geometric (ε = 0.01 shift) or topsis."), u"method"_s, u"arithmetic"_s},
        {u"cost"_s, CliText::tr("Indicators (columns or ids) where smaller is better, besides the system's."), u"field,..."_s},
        {u"mc"_s, CliText::tr("Monte Carlo draws over the weights (and the methods named by --mc-normalise/--mc-aggregate)."), u"n"_s},
        {u"seed"_s, CliText::tr("Seed of the Monte Carlo draws."), u"s"_s, u"12345"_s},
        {u"mc-perturb"_s, CliText::tr("Weight perturbation: dirichlet (around the weights), uniform (± --mc-range) or none."), u"kind"_s, u"dirichlet"_s},
        {u"mc-concentration"_s, CliText::tr("Dirichlet concentration κ (larger: closer to the weights)."), u"k"_s, u"100"_s},
        {u"mc-range"_s, CliText::tr("Uniform perturbation: each weight varies by ± this fraction."), u"r"_s, u"0.2"_s},
        {u"mc-normalise"_s, CliText::tr("Further normalisations drawn in the Monte Carlo, e.g. rank,zscore."), u"list"_s},
        {u"mc-aggregate"_s, CliText::tr("Further aggregations drawn in the Monte Carlo, e.g. geometric,topsis."), u"list"_s},
        {u"layer"_s, CliText::tr("Map layer to check the units against (PATH[:LAYER]); its units without a row are listed."), u"path"_s},
        {u"layer-id"_s, CliText::tr("Key field of --layer (default code)."), u"field"_s, u"code"_s},
        {u"check"_s, CliText::tr("Only print the validation report (exit 1 when it has errors).")},
        {u"json"_s, CliText::tr("Print JSON: parameters, weights (indicator → weight) and units (id, score, rank, with "
                                "--mc rank_median, rank_p05, rank_p95).")},
        {u"out"_s, CliText::tr("Write the per-unit result to this CSV file, with FILE.csvt (types) and "
                               "FILE.parameters.json (the method parameters) next to it."), u"file"_s},
    });
    int exitCode = 0;
    if (!parseCommand(parser, u"evaluate"_s, arguments, &exitCode))
        return exitCode;

    // The indicator system.
    const QString systemName = parser.value(u"system"_s);
    const bool sample = systemName.toLower() == u"sample"_s;
    if (!parser.isSet(u"indicators"_s) && !sample)
        return fail(CliText::tr("evaluate: --indicators PATH is required (or use --system sample for the bundled sample table)"));
    QString systemPath = IndicatorSystemFile::bundledTemplatePath(systemName);
    if (systemPath.isEmpty())
        systemPath = systemName;
    IndicatorSystem system;
    IssueList warnings;
    if (!systemName.isEmpty()) {
        IndicatorSystemLoad load = IndicatorSystemFile::read(systemPath);
        if (!load.ok())
            return fail(firstError(load.issues));
        system = *load.system;
        warnings << load.issues;
    }
    Settings s;
    if (const QString e = readSettings(parser, !systemName.isEmpty(), &s); !e.isEmpty())
        return fail(e);
    if (s.weights == u"template"_s) {
        // Before reading any data: does the template have the weights asked for?
        const IndicatorWeights iw = s.firstLevel ? system.firstLevelWeights() : system.leafWeights();
        if (!iw.ok())
            return fail(firstError(iw.issues) + CliText::tr(" (--level 1, or --weights equal|entropy|critic|pca|ahp:FILE)"));
    }

    // The table.
    const QString tableSpec = parser.isSet(u"indicators"_s) ? parser.value(u"indicators"_s) : IndicatorSystemFile::sampleTablePath();
    const auto [tablePath, tableLayer] = VectorReader::splitLayerSpec(tableSpec);
    const LoadResult loaded = VectorReader::read(tablePath, tableLayer);
    if (!loaded.table)
        return fail(firstError(loaded.issues));
    warnings << loaded.issues;
    const FeatureTable &table = *loaded.table;
    EvaluationTableOptions options;
    options.idField = parser.value(u"id"_s);
    options.nameField = parser.value(u"name"_s);
    options.costColumns = parser.value(u"cost"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &c : options.costColumns)
        c = c.trimmed();
    LoadResult layer;
    if (parser.isSet(u"layer"_s)) {
        const auto [layerPath, layerName] = VectorReader::splitLayerSpec(parser.value(u"layer"_s));
        layer = VectorReader::read(layerPath, layerName);
        if (!layer.table)
            return fail(firstError(layer.issues));
        options.layer = layer.table.get();
        options.layerIdField = parser.value(u"layer-id"_s);
    }
    if (systemName.isEmpty()) {
        const QString id = options.idField.isEmpty() ? (table.fieldIndex(u"code"_s) >= 0 ? u"code"_s : table.fieldNames().value(0)) : options.idField;
        system = EvaluationTable::systemFromColumns(table, {id, options.nameField, u"name"_s, u"name_en"_s, u"name_zh"_s, u"pinyin"_s});
    }
    const QList<int> nodes = s.firstLevel ? system.firstLevel() : system.leaves();
    const EvaluationTable t = EvaluationTable::fromTable(table, system, nodes, options);

    if (parser.isSet(u"check"_s)) {
        QTextStream out(stdout);
        out << CliText::tr("%1: %2 units; %3 of %4 indicators matched").arg(tablePath).arg(t.rows.size()).arg(t.indicators.size()).arg(nodes.size()) << "\n";
        for (qsizetype j = 0; j < t.indicators.size(); ++j)
            out << "  " << padRight(system.indicator(t.indicators[j]).id, 22) << padRight(t.columns[j], 22)
                << directionName(t.directions[j]) << "\n";
        for (const Issue &issue : warnings + system.unsourcedIssues() + t.issues)
            out << (issue.severity == Issue::Severity::Error ? CliText::tr("error: %1") : CliText::tr("warning: %1")).arg(issue.message) << "\n";
        return t.ok() ? 0 : 1;
    }
    if (!t.ok()) {
        QString message = firstError(t.issues);
        if (!s.firstLevel && !t.missingIndicators.isEmpty() && system.depth() > 1) {
            bool firstLevelPresent = true;
            for (int g : system.firstLevel())
                firstLevelPresent = firstLevelPresent && EvaluationTable::matchColumn(table, system.indicator(g)) >= 0;
            if (firstLevelPresent)
                message += CliText::tr("; the table has a column for every first-level indicator: use --level 1");
        }
        const qsizetype errors = std::count_if(t.issues.cbegin(), t.issues.cend(), [](const Issue &i) { return i.severity == Issue::Severity::Error; });
        if (errors > 1)
            message += CliText::tr(" (and %1 more problem(s): run with --check to list them)").arg(errors - 1);
        return fail(message);
    }
    warnings << t.issues;

    const Weights weights = computeWeights(s, system, t);
    if (weights.w.size() == 0)
        return fail(errorLine(weights.issues));
    warnings << weights.issues;
    const Scores scores = computeScores(s, system, t, weights.w);
    if (hasErrors(scores.issues))
        return fail(errorLine(scores.issues));
    warnings << scores.issues;
    const Eigen::VectorXd ranks = rankValues(asSpan(scores.scores), RankOrder::HighestFirst, TieMethod::Min);
    UncertaintyResult mc;
    if (s.mc.draws > 0) {
        mc = analyseUncertainty(t.values, {t.directions.constData(), size_t(t.directions.size())}, asSpan(weights.w), s.mc, t.labels);
        if (!mc.ok())
            return fail(errorLine(inFile(mc.issues, t.sourcePath)));
        warnings << mc.issues;
    }
    printWarnings(warnings);

    // Results.
    const bool sampleData = sample || QFileInfo(tablePath).fileName().contains(u"sample"_s, Qt::CaseInsensitive);
    QJsonObject parameters{{u"weights"_s, s.weights}, {u"normalise"_s, normalisationKey(s)},
                           {u"aggregate"_s, keyOf(Aggregations, s.aggregate)},
                           {u"level"_s, s.firstLevel ? u"1"_s : u"leaves"_s}, {u"ties"_s, u"min"_s},
                           {u"cost"_s, QJsonArray::fromStringList(options.costColumns)}};
    if (!s.weightsFile.isEmpty())
        parameters[u"weights_file"_s] = s.weightsFile;
    if (s.aggregate == AggregationMethod::Geometric)
        parameters[u"geometric_shift"_s] = GeometricShift;
    if (s.mc.draws > 0) {
        QJsonArray norms, aggs;
        for (NormalisationMethod m : s.mc.normalisations)
            norms.append(keyOf(Normalisations, m));
        for (AggregationMethod m : s.mc.aggregations)
            aggs.append(keyOf(Aggregations, m));
        parameters[u"mc"_s] = QJsonObject{{u"draws"_s, s.mc.draws}, {u"seed"_s, qint64(s.mc.seed)},
                                          {u"perturbation"_s, parser.value(u"mc-perturb"_s)},
                                          {u"concentration"_s, s.mc.concentration}, {u"range"_s, s.mc.relativeRange},
                                          {u"normalisations"_s, norms}, {u"aggregations"_s, aggs},
                                          {u"percentiles"_s, u"type 7 (R default)"_s}};
    }
    QJsonObject weightMap;
    QJsonArray indicatorArray;
    for (qsizetype j = 0; j < t.indicators.size(); ++j) {
        const Indicator &ind = system.indicator(t.indicators[j]);
        weightMap[ind.id] = weights.w(j);
        indicatorArray.append(QJsonObject{{u"id"_s, ind.id}, {u"column"_s, t.columns[j]}, {u"name_zh"_s, ind.nameZh},
                                          {u"name_en"_s, ind.nameEn}, {u"unit"_s, ind.unit},
                                          {u"direction"_s, directionName(t.directions[j])}, {u"weight"_s, weights.w(j)}});
    }
    QJsonObject root{{u"command"_s, u"evaluate"_s}, {u"indicators_table"_s, QFileInfo(tablePath).fileName()},
                     {u"system"_s, QJsonObject{{u"id"_s, system.id}, {u"name_en"_s, system.nameEn}, {u"name_zh"_s, system.nameZh},
                                               {u"file"_s, systemName.isEmpty() ? QString() : QFileInfo(systemPath).fileName()}}},
                     {u"id_field"_s, t.idField}, {u"n"_s, int(t.rows.size())}, {u"parameters"_s, parameters},
                     {u"indicators"_s, indicatorArray}, {u"weights"_s, weightMap}};
    if (!weights.details.isEmpty())
        root[u"weight_details"_s] = weights.details;
    if (sampleData) {
        root[u"sample_data"_s] = true;
        root[u"note"_s] = CliText::tr("SAMPLE data: synthetic values from a seeded script, not statistics");
    }
    QJsonArray warningArray;
    for (const Issue &issue : warnings)
        warningArray.append(issue.message);
    root[u"warnings"_s] = warningArray;
    const QJsonObject sidecar = root;

    QList<int> order(t.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ranks(a) < ranks(b); });
    QJsonArray units;
    for (int i : order) {
        QJsonObject u{{u"id"_s, t.unitIds[i]}, {u"name"_s, t.unitNames[i]}, {u"score"_s, scores.scores(i)}, {u"rank"_s, ranks(i)}};
        if (s.mc.draws > 0) {
            u[u"rank_median"_s] = mc.medianRank(i);
            u[u"rank_p05"_s] = mc.lowerRank(i);
            u[u"rank_p95"_s] = mc.upperRank(i);
            u[u"mean_score"_s] = mc.meanScore(i);
        }
        if (scores.groups.size() > 0) {
            QJsonObject g;
            for (qsizetype k = 0; k < scores.groupNodes.size(); ++k)
                g[system.indicator(scores.groupNodes[k]).id] = scores.groups(i, k);
            u[u"groups"_s] = g;
        }
        units.append(u);
    }
    root[u"units"_s] = units;

    if (parser.isSet(u"out"_s)) {
        const QString out = parser.value(u"out"_s);
        QStringList header{t.idField, u"name"_s, u"score"_s, u"rank"_s};
        QStringList types{u"String"_s, u"String"_s, u"Real"_s, u"Integer"_s};
        if (s.mc.draws > 0) {
            header << u"rank_median"_s << u"rank_p05"_s << u"rank_p95"_s << u"mc_mean_score"_s;
            types << u"Real"_s << u"Real"_s << u"Real"_s << u"Real"_s;
        }
        for (int g : scores.groupNodes)
            header << u"score_"_s + system.indicator(g).id, types << u"Real"_s;
        for (qsizetype j = 0; j < t.columns.size(); ++j) {
            header << t.columns[j], types << u"Real"_s;
            if (scores.normalised.size() > 0)
                header << t.columns[j] + u"_norm"_s, types << u"Real"_s;
        }
        QList<QStringList> rows;
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            QStringList row{t.unitIds[i], t.unitNames[i], exact(scores.scores(i)), QString::number(ranks(i))};
            if (s.mc.draws > 0)
                row << exact(mc.medianRank(i)) << exact(mc.lowerRank(i)) << exact(mc.upperRank(i)) << exact(mc.meanScore(i));
            for (qsizetype k = 0; k < scores.groupNodes.size(); ++k)
                row << exact(scores.groups(i, k));
            for (qsizetype j = 0; j < t.columns.size(); ++j) {
                row << exact(t.values(i, j));
                if (scores.normalised.size() > 0)
                    row << exact(scores.normalised(i, j));
            }
            rows << row;
        }
        if (const QString e = writeCsv(out, header, rows); !e.isEmpty())
            return fail(e);
        const QFileInfo info(out);
        const QString base = info.path() + u'/' + info.completeBaseName();
        QStringList quotedTypes;
        for (const QString &type : types)
            quotedTypes << u'"' + type + u'"';
        if (const QString e = writeText(base + u".csvt"_s, (quotedTypes.join(u',') + u'\n').toUtf8()); !e.isEmpty())
            return fail(e);
        if (const QString e = writeText(base + u".parameters.json"_s, QJsonDocument(sidecar).toJson(QJsonDocument::Indented)); !e.isEmpty())
            return fail(e);
    }
    if (parser.isSet(u"json"_s)) {
        printJson(root);
        return 0;
    }

    QTextStream out(stdout);
    out << CliText::tr("Evaluation of %1 units on %2 indicators (%3; system: %4)")
               .arg(t.rows.size()).arg(t.indicators.size()).arg(QFileInfo(tablePath).fileName(), system.nameEn.isEmpty() ? system.id : system.nameEn)
        << "\n";
    if (sampleData)
        out << CliText::tr("SAMPLE DATA: synthetic values from a seeded script, not statistics.") << "\n";
    out << CliText::tr("Weights: %1; normalisation: %2; aggregation: %3")
               .arg(s.weights, normalisationKey(s), aggregationMethodName(s.aggregate)) << "\n";
    for (qsizetype j = 0; j < t.indicators.size(); ++j)
        out << "  " << padRight(system.indicator(t.indicators[j]).id, 24) << padRight(directionName(t.directions[j]), 9)
            << padLeft(number(weights.w(j)), 10) << "\n";
    out << "\n" << padLeft(CliText::tr("rank"), 5) << "  " << padRight(CliText::tr("id"), 10) << padRight(CliText::tr("name"), 18)
        << padLeft(CliText::tr("score"), 10) << (s.mc.draws > 0 ? padLeft(CliText::tr("rank 5–95 %"), 14) : QString()) << "\n";
    for (int i : order) {
        out << padLeft(QString::number(ranks(i)), 5) << "  " << padRight(t.unitIds[i], 10) << padRight(t.unitNames[i], 18)
            << padLeft(number(scores.scores(i)), 10);
        if (s.mc.draws > 0)
            out << padLeft(QString::number(mc.lowerRank(i), 'f', 1) + u"–"_s + QString::number(mc.upperRank(i), 'f', 1), 14);
        out << "\n";
    }
    return 0;
}

} // namespace CityAtlas::Cli
