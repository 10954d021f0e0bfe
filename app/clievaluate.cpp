#include "app/clievaluate.h"

#include "app/clishared.h"
#include "maps/data/evaluationrun.h"
#include "maps/data/unitnames.h"
#include "maps/data/outputguard.h"

#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

// Reads the options into settings; an error message, or empty.
QString readSettings(const QCommandLineParser &p, bool haveSystem, EvaluationSettings *s)
{
    const QString weights = p.isSet(u"weights"_s) ? p.value(u"weights"_s) : (haveSystem ? u"template"_s : u"equal"_s);
    const auto weighting = EvaluationRun::weightingFromKey(weights.section(u':', 0, 0));
    s->weightsFile = weights.section(u':', 1);
    if (!weighting)
        return CliText::tr("evaluate: unknown --weights '%1' (use template, equal, entropy, critic, pca, ahp:FILE or file:FILE)").arg(weights);
    s->weighting = *weighting;
    const QString weightingKey = EvaluationRun::weightingKey(s->weighting);
    if ((s->weighting == WeightingMethod::Ahp || s->weighting == WeightingMethod::File) && s->weightsFile.isEmpty())
        return CliText::tr("evaluate: --weights %1 needs a file: --weights %1:FILE").arg(weightingKey);
    if (s->weighting == WeightingMethod::Template && !haveSystem)
        return CliText::tr("evaluate: --weights template needs --system; without a system every numeric column is an "
                           "indicator with no template weight (use equal, entropy, critic, pca, ahp:FILE or file:FILE)");
    const auto aggregate = EvaluationRun::aggregationFromKey(p.value(u"aggregate"_s));
    if (!aggregate)
        return CliText::tr("evaluate: unknown --aggregate '%1' (use arithmetic, geometric or topsis)").arg(p.value(u"aggregate"_s));
    s->aggregation = *aggregate;
    if (p.isSet(u"normalise"_s)) {
        const auto normalise = EvaluationRun::normalisationFromKey(p.value(u"normalise"_s));
        if (!normalise)
            return CliText::tr("evaluate: unknown --normalise '%1' (use minmax, zscore or rank)").arg(p.value(u"normalise"_s));
        s->normalisation = *normalise;
    } else {
        s->vectorTopsis = s->aggregation == AggregationMethod::Topsis;
    }
    if (s->aggregation == AggregationMethod::Geometric && s->normalisation == NormalisationMethod::ZScore)
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
    s->mc.normalisations = {s->normalisation};
    s->mc.aggregations = {s->aggregation};
    const auto addMethods = [&p](const QString &option, const auto &fromKey, auto &list) {
        for (const QString &name : p.value(option).split(u',', Qt::SkipEmptyParts)) {
            const auto method = fromKey(name);
            if (!method)
                return CliText::tr("evaluate: unknown method '%1' in --%2").arg(name, option);
            if (!list.contains(*method))
                list << *method;
        }
        return QString();
    };
    if (const QString e = addMethods(u"mc-normalise"_s, EvaluationRun::normalisationFromKey, s->mc.normalisations); !e.isEmpty())
        return e;
    if (const QString e = addMethods(u"mc-aggregate"_s, EvaluationRun::aggregationFromKey, s->mc.aggregations); !e.isEmpty())
        return e;
    return {};
}

} // namespace

int evaluate(const QCommandLineParser &parser)
{
    // The indicator system.
    const QString systemName = parser.value(u"system"_s);
    const bool sample = systemName.toLower() == u"sample"_s;
    if (!parser.isSet(u"indicators"_s) && !sample)
        return fail(CliText::tr("evaluate: --indicators PATH is required (or use --system sample for the bundled sample table)"));
    const QString systemPath = EvaluationRun::systemPath(systemName);
    if (parser.isSet(u"out"_s)) {
        // Every file read, before anything is written: the table (with its .csvt), the system, a weights file, the layer.
        const QString weights = parser.value(u"weights"_s);
        const QStringList inputs{parser.isSet(u"indicators"_s) ? parser.value(u"indicators"_s) : IndicatorSystemFile::sampleTablePath(),
                                 systemPath, parser.value(u"layer"_s),
                                 weights.contains(u':') ? weights.section(u':', 1) : QString()};
        if (const QString problem = OutputGuard::check(parser.value(u"out"_s), inputs); !problem.isEmpty())
            return fail(problem);
    }
    IndicatorSystem system;
    IssueList warnings;
    if (!systemName.isEmpty()) {
        IndicatorSystemLoad load = IndicatorSystemFile::read(systemPath);
        if (!load.ok())
            return fail(firstErrorOrIssue(load.issues));
        system = *load.system;
        warnings << load.issues;
    }
    EvaluationSettings s;
    if (const QString e = readSettings(parser, !systemName.isEmpty(), &s); !e.isEmpty())
        return fail(e);
    if (s.weighting == WeightingMethod::Template) {
        // Before reading any data: does the template have the weights asked for?
        const IndicatorWeights iw = s.firstLevel ? system.firstLevelWeights() : system.leafWeights();
        if (!iw.ok())
            return fail(firstErrorOrIssue(iw.issues) + CliText::tr(" (--level 1, or --weights equal|entropy|critic|pca|ahp:FILE)"));
    }

    // The table.
    const QString tableSpec = parser.isSet(u"indicators"_s) ? parser.value(u"indicators"_s) : IndicatorSystemFile::sampleTablePath();
    const auto [tablePath, tableLayer] = VectorReader::splitLayerSpec(tableSpec);
    const LoadResult loaded = VectorReader::read(tablePath, tableLayer, nullptr, {}, sourceAccess(parser));
    if (!loaded.table)
        return fail(firstErrorOrIssue(loaded.issues));
    warnings << loaded.issues;
    const FeatureTable &table = *loaded.table;
    EvaluationTableOptions &options = s.table;
    options.idField = parser.value(u"id"_s);
    options.nameField = parser.value(u"name"_s);
    options.costColumns = parser.value(u"cost"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &c : options.costColumns)
        c = c.trimmed();
    LoadResult layer;
    if (parser.isSet(u"layer"_s)) {
        const auto [layerPath, layerName] = VectorReader::splitLayerSpec(parser.value(u"layer"_s));
        layer = VectorReader::read(layerPath, layerName, nullptr, {}, sourceAccess(parser));
        if (!layer.table)
            return fail(firstErrorOrIssue(layer.issues));
        options.layer = layer.table.get();
        options.layerIdField = parser.value(u"layer-id"_s);
    }
    if (systemName.isEmpty())
        system = EvaluationRun::systemFromColumns(table, options);

    if (parser.isSet(u"check"_s)) {
        const QList<int> nodes = EvaluationRun::evaluatedIndicators(system, s);
        const EvaluationTable t = EvaluationRun::validate(table, system, s);
        QTextStream out(stdout);
        out << CliText::tr("%1: %2 units; %3 of %4 indicators matched").arg(tablePath).arg(t.rows.size()).arg(t.indicators.size()).arg(nodes.size()) << "\n";
        for (qsizetype j = 0; j < t.indicators.size(); ++j)
            out << "  " << padRight(system.indicator(t.indicators[j]).id, 22) << padRight(t.columns[j], 22)
                << directionName(t.directions[j]) << "\n";
        for (const Issue &issue : warnings + system.unsourcedIssues() + t.issues)
            out << (issue.severity == Issue::Severity::Error ? CliText::tr("error: %1") : CliText::tr("warning: %1")).arg(issue.message) << "\n";
        return t.ok() ? 0 : 1;
    }
    const EvaluationResult r = EvaluationRun::run(table, system, s);
    const EvaluationTable &t = r.table;
    if (r.stage == EvaluationResult::Stage::Validation) {
        QString message = firstErrorOrIssue(t.issues);
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
    if (!r.ok())
        return fail(r.errorMessage());
    warnings << r.issues();
    printWarnings(warnings);

    // Results.
    const bool sampleData = sample || EvaluationRun::isSampleTable(tablePath);
    const EvaluationSource source{tablePath, systemName.isEmpty() ? QString() : systemPath, sampleData};
    const QJsonObject sidecar = EvaluationRun::reportJson(r, source, warnings);
    if (parser.isSet(u"out"_s)) {
        if (const QString e = EvaluationRun::writeResult(r, sidecar, parser.value(u"out"_s)); !e.isEmpty())
            return fail(e);
    }
    if (parser.isSet(u"json"_s)) {
        QJsonObject root = sidecar;
        root[u"units"_s] = EvaluationRun::unitsJson(r);
        printJson(root);
        return 0;
    }

    const QList<int> order = r.order();
    const Eigen::VectorXd &ranks = r.ranks;
    const UncertaintyResult &mc = r.mc;
    QTextStream out(stdout);
    out << CliText::tr("Evaluation of %1 units on %2 indicators (%3; system: %4)")
               .arg(t.rows.size()).arg(t.indicators.size()).arg(QFileInfo(tablePath).fileName(), system.name(chineseInterface()))
        << "\n";
    if (sampleData)
        out << CliText::tr("SAMPLE DATA: synthetic values from a seeded script, not statistics.") << "\n";
    out << CliText::tr("Weights: %1; normalisation: %2; aggregation: %3")
               .arg(EvaluationRun::weightingKey(s.weighting), s.normalisationKey(), aggregationMethodName(s.aggregation)) << "\n";
    for (qsizetype j = 0; j < t.indicators.size(); ++j)
        out << "  " << padRight(system.indicator(t.indicators[j]).id, 24) << padRight(directionName(t.directions[j]), 9)
            << padLeft(number(r.weights(j)), 10) << "\n";
    out << "\n" << padLeft(CliText::tr("rank"), 5) << "  " << padRight(CliText::tr("id"), 10) << padRight(CliText::tr("name"), 18)
        << padLeft(CliText::tr("score"), 10) << (s.mc.draws > 0 ? padLeft(CliText::tr("rank 5–95 %"), 14) : QString()) << "\n";
    for (int i : order) {
        out << padLeft(QString::number(ranks(i)), 5) << "  " << padRight(t.unitIds[i], 10) << padRight(t.unitNames[i], 18)
            << padLeft(number(r.scores(i)), 10);
        if (s.mc.draws > 0)
            out << padLeft(QString::number(mc.lowerRank(i), 'f', 1) + u"–"_s + QString::number(mc.upperRank(i), 'f', 1), 14);
        out << "\n";
    }
    return 0;
}

} // namespace CityAtlas::Cli
