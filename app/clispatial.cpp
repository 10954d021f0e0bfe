// analyze moran | lisa | gistar: spatial statistics on one field with chosen weights.
#include "app/clianalysis.h"

#include "analysis/getisord.h"
#include "analysis/localmoran.h"
#include "analysis/moran.h"
#include "analysis/runtimeprofiler.h"
#include "app/clishared.h"
#include "app/jsontext.h"
#include "maps/data/analysisjson.h"
#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/data/spatialinput.h"
#include "maps/data/unitnames.h"
#include "maps/render/mapexporter.h"
#include "maps/style/categorystyle.h"
#include "maps/style/lisastyle.h"

#include <QFileInfo>
#include <functional>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {


// A local statistic's per-unit results, as lisa and gistar report them.
struct LocalStatistic
{
    QString statisticKey; // "local_I", "g_star"
    QString classKey;     // "cluster", "class"
    QList<double> statistic, z, pAnalytical, pseudoP;
    QStringList classes;

    double p(int i) const { return pseudoP.isEmpty() ? pAnalytical[i] : pseudoP[i]; }
};

// What the three spatial commands share: options, data, weights, permutation settings.
class SpatialCommand
{
public:
    SpatialCommand(const QString &name, const QCommandLineParser &parser)
        : m_name(name)
        , m_parser(parser)
    {
    }

    const QCommandLineParser &parser() const { return m_parser; }

    // Reads the options, loads the data and builds the weights; false (the error printed) when
    // the command ends here with exit code 1.
    bool prepare()
    {
        m_field = m_parser.value(u"field"_s);
        if (m_field.isEmpty())
            return fail(CliText::tr("analyze %1: --field NAME is required").arg(m_name)), false;
        // Before anything is computed: no output may replace an input (a weights file included).
        QStringList outputs, inputs = dataInputs(m_parser);
        for (const QString &option : {u"out"_s, u"map"_s, u"save-weights"_s})
            if (m_parser.optionNames().contains(option))
                outputs << m_parser.value(option);
        if (QFileInfo::exists(m_parser.value(u"weights"_s)))
            inputs << m_parser.value(u"weights"_s);
        if (const QString problem = OutputGuard::check(outputs, inputs); !problem.isEmpty())
            return fail(problem), false;
        QString error;
        QString weights = m_parser.value(u"weights"_s);
        if (weights.startsWith(u"distance:"_s))
            weights = u"band:"_s + weights.mid(9);
        if (!WeightsSpec::parse(weights, &m_spec, &error)
            || (m_parser.isSet(u"isolates"_s) && !WeightsSpec::parseIsolates(m_parser.value(u"isolates"_s), &m_spec, &error)))
            return fail(u"analyze %1: "_s.arg(m_name) + error), false;
        bool okSnap = false, okPerm = false, okSeed = false, okAlpha = false;
        m_spec.snapMetres = m_parser.value(u"snap"_s).toDouble(&okSnap);
        m_spec.idField = m_parser.value(u"id"_s);
        m_permutation.permutations = m_parser.value(u"permutations"_s).toInt(&okPerm);
        m_permutation.seed = m_parser.value(u"seed"_s).toULongLong(&okSeed);
        m_permutation.threadCount = 0; // every core; results do not depend on the count
        m_alpha = m_parser.value(u"alpha"_s).toDouble(&okAlpha);
        if (!okSnap || m_spec.snapMetres < 0 || !okPerm || m_permutation.permutations < 0 || !okSeed || !okAlpha
            || m_alpha <= 0 || m_alpha >= 1)
            return fail(CliText::tr("analyze %1: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 < --alpha < 1").arg(m_name)), false;

        m_loaded = loadData(m_parser);
        if (!m_loaded.table)
            return fail(firstErrorOrIssue(m_loaded.issues)), false;
        const FeatureTable &table = *m_loaded.table;
        m_input = timed(u"weights"_s, [&] { return SpatialInput::build(table, m_field, m_spec, unitNameField(table)); });
        if (!m_input.isValid())
            return fail(m_input.needsIsolatePolicy
                            ? CliText::tr("%1 (--isolates exclude or --isolates attach:K)").arg(firstErrorOrIssue(m_input.issues))
                            : firstErrorOrIssue(m_input.issues)), false;
        printWarnings(m_loaded.issues + m_input.issues);
        if (m_parser.isSet(u"save-weights"_s))
            if (const QString e = WeightsFile::write(m_input.layerWeights, m_parser.value(u"save-weights"_s), table.name(),
                                                     m_spec.idField.isEmpty() ? u"code"_s : m_spec.idField); !e.isEmpty())
                return fail(e), false;
        m_input.layerWeights = SpatialWeights(); // written or not wanted: not kept through the analysis
        return true;
    }

    const QString &field() const { return m_field; }
    const WeightsSpec &spec() const { return m_spec; }
    const SpatialInput &input() const { return m_input; }
    const FeatureTable &table() const { return *m_loaded.table; }
    const PermutationOptions &permutation() const { return m_permutation; }
    // Options of a local statistic (LocalMoranOptions, GetisOrdOptions) from the shared flags.
    template <typename Options>
    Options localOptions() const
    {
        Options options;
        options.permutation = m_permutation;
        options.alpha = m_alpha;
        options.falseDiscoveryRate = fdr();
        return options;
    }
    double alpha() const { return m_alpha; }
    bool fdr() const { return m_parser.isSet(u"fdr"_s); }
    bool json() const { return m_parser.isSet(u"json"_s); }

    QJsonObject summary() const
    {
        return {{u"value"_s, m_field}, {u"data"_s, dataSourceNote(m_parser)}, {u"n"_s, int(m_input.rows.size())},
                {u"weights"_s, m_spec.description()}, {u"islands"_s, QJsonArray::fromStringList(m_input.isolates)},
                {u"permutations"_s, m_permutation.permutations}, {u"seed"_s, QString::number(m_permutation.seed)}};
    }

    // --out for a local statistic, and its per-unit JSON and text table.
    QString writeUnits(const LocalStatistic &local) const
    {
        return writeUnits({local.statisticKey, u"z"_s, u"p_analytical"_s, u"p"_s, local.classKey}, [&local](int i) {
            return QStringList{exact(local.statistic[i]), exact(local.z[i]), exact(local.pAnalytical[i]),
                               local.pseudoP.isEmpty() ? QString() : exact(local.pseudoP[i]), local.classes.value(i)};
        });
    }

    // The units for --json: name, id, statistic, z, p (pseudo p when permuted) and class.
    JsonRecords unitRecords(const LocalStatistic &local) const
    {
        return {{u"unit"_s, u"id"_s, local.statisticKey, u"z"_s, u"p"_s, local.classKey}, int(local.statistic.size()),
                [this, &local](int i, int key) -> QJsonValue {
                    switch (key) {
                    case 0: return m_input.unitNames.value(i);
                    case 1: return m_input.weights.id(i);
                    case 2: return local.statistic[i];
                    case 3: return local.z[i];
                    case 4: return local.p(i);
                    default: return local.classes.value(i);
                    }
                }};
    }

    void printUnits(QTextStream &out, const LocalStatistic &local) const
    {
        out << "  " << padRight(CliText::tr("unit"), 20) << padLeft(local.statisticKey, 11) << padLeft(CliText::tr("z"), 11)
            << padLeft(CliText::tr("p"), 10) << "  " << local.classKey << "\n";
        for (int i = 0; i < local.statistic.size(); ++i)
            out << "  " << padRight(m_input.unitNames.value(i), 20) << padLeft(number(local.statistic[i]), 11)
                << padLeft(number(local.z[i]), 11) << padLeft(QString::number(local.p(i), 'f', 4), 10)
                << "  " << local.classes.value(i) << "\n";
    }

    // Writes --out when given; columns: unit, id, the value, then the command's own (columnsOf(unit)).
    QString writeUnits(const QStringList &header, const std::function<QStringList(int unit)> &columnsOf) const
    {
        if (!m_parser.isSet(u"out"_s))
            return {};
        const ProfileScope writing(u"write"_s);
        QList<QStringList> rows;
        for (int i = 0; i < m_input.rows.size(); ++i)
            rows << (QStringList{m_input.unitNames.value(i), m_input.weights.id(i), exact(m_input.values[i])} + columnsOf(i));
        return writeCsv(m_parser.value(u"out"_s), QStringList{u"unit"_s, u"id"_s, m_field} + header, rows);
    }

private:
    QString m_name;
    const QCommandLineParser &m_parser;
    QString m_field;
    WeightsSpec m_spec;
    LoadResult m_loaded;
    SpatialInput m_input;
    PermutationOptions m_permutation;
    double m_alpha = 0.05;
};

} // namespace

int moran(const QCommandLineParser &parser)
{
    SpatialCommand command(u"moran"_s, parser);
    if (!command.prepare())
        return 1;
    const SpatialInput &input = command.input();
    MoranOptions options;
    options.permutation = command.permutation();
    const MoranResult result = timed(u"compute"_s, [&] { return globalMoran(input.values, input.weights, options); });
    if (!result.isValid())
        return fail(firstErrorOrIssue(result.issues));
    printWarnings(result.issues);
    const MoranScatter scatter = moranScatter(input.values, input.weights);
    const auto scatterColumns = [&scatter](int i) { return QStringList{exact(scatter.z[i]), exact(scatter.lag[i])}; };
    if (const QString e = command.writeUnits({u"z"_s, u"lag_z"_s}, scatterColumns); !e.isEmpty())
        return fail(e);

    if (command.json()) {
        QJsonObject root = AnalysisJson::merged(command.summary(), AnalysisJson::moran(result));
        root[u"scatter_slope"_s] = scatter.slope;
        printJson(root);
        return 0;
    }
    QTextStream out(stdout);
    out << CliText::tr("Moran's I of %1: %2 units, %3").arg(command.field()).arg(result.unitCount).arg(command.spec().description()) << "\n";
    out << "  " << padRight(CliText::tr("I"), 16) << number(result.moranI) << "\n";
    out << "  " << padRight(CliText::tr("E[I]"), 16) << number(result.expectedI) << "\n";
    auto printTest = [&out](const QString &name, const MoranTest &t) {
        out << "  " << padRight(name, 16) << CliText::tr("Var %1  z %2  p(greater) %3  p(two-sided) %4")
                                                  .arg(number(t.variance), number(t.zScore), number(t.pGreater), number(t.pTwoSided)) << "\n";
    };
    if (result.randomisation)
        printTest(CliText::tr("randomisation"), *result.randomisation);
    if (result.normality)
        printTest(CliText::tr("normality"), *result.normality);
    if (const auto &p = result.permutation)
        out << "  " << padRight(CliText::tr("permutations"), 16)
            << CliText::tr("%1 (seed %2): pseudo p %3, mean %4, sd %5").arg(p->permutations).arg(p->seed)
                   .arg(number(p->pseudoP), number(p->mean), number(p->standardDeviation)) << "\n";
    return 0;
}

int lisa(const QCommandLineParser &parser)
{
    SpatialCommand command(u"lisa"_s, parser);
    if (!command.prepare())
        return 1;
    const SpatialInput &input = command.input();
    const auto options = command.localOptions<LocalMoranOptions>();
    const LocalMoranResult result = timed(u"compute"_s, [&] { return localMoran(input.values, input.weights, options); });
    if (!result.isValid())
        return fail(firstErrorOrIssue(result.issues));
    printWarnings(result.issues);

    LocalStatistic local{u"local_I"_s, u"cluster"_s, result.localI, result.zScore, result.pValue, result.pseudoP, {}};
    for (LisaCluster c : result.clusters)
        local.classes << lisaClusterKey(c);
    if (const QString e = command.writeUnits(local); !e.isEmpty())
        return fail(e);
    if (command.parser().isSet(u"map"_s)) {
        const CategoryStyle style = lisaClusterStyle(command.table().rowCount(), input.rows, result.clusters);
        MapSettings settings;
        settings.title = CliText::tr("LISA clusters of %1").arg(BundledData::fieldCaption(command.field()));
        settings.legendTitle = CliText::tr("LISA cluster (p ≤ %1)").arg(options.alpha);
        settings.sourceLine = CliText::tr("Local Moran's I, %1, %2 permutations, seed %3. Data: %4")
                                  .arg(command.spec().description()).arg(options.permutation.permutations)
                                  .arg(options.permutation.seed).arg(dataSourceNote(command.parser()));
        settings.sketchMapNote = true;
        if (const QString e = MapExporter::exportMap(MapRenderer(command.table(), style, settings),
                                                     command.parser().value(u"map"_s), {}); !e.isEmpty())
            return fail(e);
    }

    const QJsonObject counts = AnalysisJson::lisaClusterCounts(result);
    if (command.json()) {
        QJsonObject root = command.summary();
        root[u"alpha"_s] = options.alpha;
        root[u"fdr"_s] = options.falseDiscoveryRate;
        root[u"clusters"_s] = counts;
        printJson(root, u"units"_s, command.unitRecords(local));
        return 0;
    }
    QTextStream out(stdout);
    out << CliText::tr("LISA clusters of %1 (p ≤ %2%3), %4: High–High %5, Low–Low %6, Low–High %7, High–Low %8, not significant %9")
               .arg(command.field()).arg(options.alpha).arg(options.falseDiscoveryRate ? CliText::tr(", FDR") : QString())
               .arg(command.spec().description())
               .arg(counts[u"HH"_s].toInt()).arg(counts[u"LL"_s].toInt()).arg(counts[u"LH"_s].toInt())
               .arg(counts[u"HL"_s].toInt()).arg(counts[u"ns"_s].toInt()) << "\n";
    command.printUnits(out, local);
    return 0;
}

int gistar(const QCommandLineParser &parser)
{
    SpatialCommand command(u"gistar"_s, parser);
    if (!command.prepare())
        return 1;
    const SpatialInput &input = command.input();
    const auto options = command.localOptions<GetisOrdOptions>();
    const GetisOrdResult result = timed(u"compute"_s, [&] { return getisOrdGiStar(input.values, input.weights, options); });
    if (!result.isValid())
        return fail(firstErrorOrIssue(result.issues));
    printWarnings(result.issues);

    LocalStatistic local{u"g_star"_s, u"class"_s, result.g, result.zScore, result.pValue, result.pseudoP, {}};
    for (HotSpot c : result.classes)
        local.classes << hotSpotKey(c);
    if (const QString e = command.writeUnits(local); !e.isEmpty())
        return fail(e);
    int hot = 0, cold = 0;
    for (HotSpot c : result.classes) {
        hot += c == HotSpot::Hot;
        cold += c == HotSpot::Cold;
    }
    if (command.json()) {
        QJsonObject root = command.summary();
        root[u"alpha"_s] = options.alpha;
        root[u"hot"_s] = hot;
        root[u"cold"_s] = cold;
        printJson(root, u"units"_s, command.unitRecords(local));
        return 0;
    }
    QTextStream out(stdout);
    out << CliText::tr("Getis–Ord Gi* of %1 (p ≤ %2), %3: %4 hot spots, %5 cold spots")
               .arg(command.field()).arg(options.alpha).arg(command.spec().description()).arg(hot).arg(cold) << "\n";
    command.printUnits(out, local);
    return 0;
}

} // namespace CityAtlas::Cli
