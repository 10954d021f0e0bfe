#include "app/clianalysis.h"

#include "analysis/localmoran.h"
#include "analysis/moran.h"
#include "app/clishared.h"
#include "maps/data/bundleddata.h"
#include "maps/data/spatialinput.h"
#include "maps/render/mapexporter.h"
#include "maps/style/lisastyle.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

QString number(double v) { return QString::number(v, 'f', 6); }

QJsonObject toJson(const MoranTest &t)
{
    return {{u"variance"_s, t.variance}, {u"z"_s, t.zScore}, {u"pGreater"_s, t.pGreater},
            {u"pLess"_s, t.pLess}, {u"pTwoSided"_s, t.pTwoSided}};
}

void printTest(QTextStream &out, const QString &name, const MoranTest &t)
{
    out << "  " << padRight(name, 16) << CliText::tr("Var %1  z %2  p(greater) %3  p(two-sided) %4")
                                                 .arg(number(t.variance), number(t.zScore), number(t.pGreater), number(t.pTwoSided))
        << "\n";
}

} // namespace

int moran(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Global Moran's I (moments as R spdep moran.test, permutation pseudo p as PySAL) and local Moran "
        "(LISA) clusters. Without --data: China's provinces with their statistics."));
    parser.addOptions({
        {u"data"_s, CliText::tr("Polygon layer, PATH or PATH:LAYER."), u"path"_s},
        {u"field"_s, CliText::tr("Numeric field to analyse."), u"name"_s},
        {u"weights"_s, CliText::tr("queen, rook, knn:K, band:KM or a GeoDa .gal/.gwt file (default queen)."), u"spec"_s, u"queen"_s},
        {u"snap"_s, CliText::tr("Contiguity snapping tolerance in metres (default 100)."), u"m"_s, u"100"_s},
        {u"id"_s, CliText::tr("Field with the unit ids of weights files (default: code)."), u"field"_s},
        {u"isolates"_s, CliText::tr("What to do with units without neighbours: exclude, attach or attach:K."), u"policy"_s},
        {u"permutations"_s, CliText::tr("Number of permutations (default 999; 0 for none)."), u"n"_s, u"999"_s},
        {u"seed"_s, CliText::tr("Random seed of the permutations (default 12345)."), u"n"_s, u"12345"_s},
        {u"alpha"_s, CliText::tr("Significance level of the LISA clusters (default 0.05)."), u"p"_s, u"0.05"_s},
        {u"fdr"_s, CliText::tr("Classify LISA clusters with Benjamini–Hochberg adjusted p-values.")},
        {u"lisa"_s, CliText::tr("List the local statistics of every unit.")},
        {u"map"_s, CliText::tr("Draw the LISA cluster map to this .png, .svg or .pdf file."), u"file"_s},
        {u"save-weights"_s, CliText::tr("Write the weights used to this .gal or .gwt file."), u"file"_s},
        {u"json"_s, CliText::tr("Print JSON.")},
    });
    int exitCode = 0;
    if (!parseCommand(parser, u"moran"_s, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(u"field"_s))
        return fail(CliText::tr("moran: --field NAME is required"));

    WeightsSpec spec;
    QString error;
    if (!WeightsSpec::parse(parser.value(u"weights"_s), &spec, &error))
        return fail(u"moran: "_s + error);
    if (parser.isSet(u"isolates"_s) && !WeightsSpec::parseIsolates(parser.value(u"isolates"_s), &spec, &error))
        return fail(u"moran: "_s + error);
    bool okSnap = false, okPerm = false, okSeed = false, okAlpha = false;
    spec.snapMetres = parser.value(u"snap"_s).toDouble(&okSnap);
    spec.idField = parser.value(u"id"_s);
    MoranOptions options;
    options.permutation.permutations = parser.value(u"permutations"_s).toInt(&okPerm);
    options.permutation.seed = parser.value(u"seed"_s).toULongLong(&okSeed);
    options.permutation.threadCount = 0; // all cores; results do not depend on it
    LocalMoranOptions local;
    local.permutation = options.permutation;
    local.alpha = parser.value(u"alpha"_s).toDouble(&okAlpha);
    local.falseDiscoveryRate = parser.isSet(u"fdr"_s);
    if (!okSnap || spec.snapMetres < 0 || !okPerm || options.permutation.permutations < 0 || !okSeed
        || !okAlpha || local.alpha <= 0 || local.alpha >= 1)
        return fail(CliText::tr("moran: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 < --alpha < 1"));

    const LoadResult loaded = loadData(parser.value(u"data"_s));
    if (!loaded.table)
        return fail(loaded.issues.isEmpty() ? CliText::tr("moran: the data could not be read") : loaded.issues.first().message);
    const FeatureTable &table = *loaded.table;
    const QString field = parser.value(u"field"_s);
    const QString nameField = table.fieldIndex(u"name_en"_s) >= 0 ? u"name_en"_s : QString();
    const SpatialInput input = SpatialInput::build(table, field, spec, nameField);
    if (!input.isValid()) {
        for (const Issue &issue : input.issues)
            if (issue.severity == Issue::Severity::Error)
                return fail(input.needsIsolatePolicy
                                ? CliText::tr("%1 (--isolates exclude or --isolates attach:K)").arg(issue.message)
                                : issue.message);
    }
    QTextStream err(stderr);
    for (const Issue &issue : input.issues)
        err << "cityatlas-cli: " << CliText::tr("warning: %1").arg(issue.message) << Qt::endl;

    const MoranResult global = globalMoran(input.values, input.weights, options);
    if (!global.isValid())
        return fail(global.issues.first().message);
    const LocalMoranResult lisa = localMoran(input.values, input.weights, local);
    if (!lisa.isValid())
        return fail(lisa.issues.first().message);

    if (parser.isSet(u"save-weights"_s))
        if (const QString e = WeightsFile::write(input.weights, parser.value(u"save-weights"_s), table.name(),
                                                 spec.idField.isEmpty() ? u"code"_s : spec.idField); !e.isEmpty())
            return fail(e);
    if (parser.isSet(u"map"_s)) {
        const CategoryStyle style = lisaClusterStyle(table.rowCount(), input.rows, lisa.clusters);
        MapSettings settings;
        settings.title = CliText::tr("LISA clusters of %1").arg(BundledData::fieldCaption(field));
        settings.legendTitle = CliText::tr("LISA cluster (p ≤ %1)").arg(local.alpha);
        settings.sourceLine = CliText::tr("Local Moran's I, %1, %2 permutations, seed %3. Data: %4")
                                  .arg(spec.description()).arg(local.permutation.permutations)
                                  .arg(local.permutation.seed).arg(QFileInfo(table.sourcePath()).fileName());
        if (const QString e = MapExporter::exportMap(MapRenderer(table, style, settings), parser.value(u"map"_s), {}); !e.isEmpty())
            return fail(e);
    }

    QList<int> counts(5, 0);
    for (LisaCluster c : lisa.clusters)
        ++counts[int(c)];
    if (parser.isSet(u"json"_s)) {
        QJsonObject root{{u"field"_s, field}, {u"units"_s, global.unitCount}, {u"weights"_s, spec.description()},
                         {u"I"_s, global.moranI}, {u"expectedI"_s, global.expectedI}};
        if (global.randomisation)
            root[u"randomisation"_s] = toJson(*global.randomisation);
        if (global.normality)
            root[u"normality"_s] = toJson(*global.normality);
        if (const auto &p = global.permutation)
            root[u"permutation"_s] = QJsonObject{{u"permutations"_s, p->permutations}, {u"seed"_s, QString::number(p->seed)},
                                                  {u"pseudoP"_s, p->pseudoP}, {u"mean"_s, p->mean},
                                                  {u"sd"_s, p->standardDeviation}};
        QJsonArray units;
        for (int i = 0; i < input.rows.size(); ++i) {
            QJsonObject unit{{u"name"_s, input.unitNames.value(i)}, {u"id"_s, input.weights.id(i)},
                             {u"localI"_s, lisa.localI[i]}, {u"z"_s, lisa.zScore[i]}, {u"p"_s, lisa.pValue[i]},
                             {u"cluster"_s, lisaClusterKey(lisa.clusters.value(i))}};
            if (!lisa.pseudoP.isEmpty())
                unit[u"pseudoP"_s] = lisa.pseudoP[i];
            units.append(unit);
        }
        root[u"lisa"_s] = units;
        QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }

    QTextStream out(stdout);
    out << CliText::tr("Moran's I of %1: %2 units, %3").arg(field).arg(global.unitCount).arg(spec.description()) << "\n";
    out << "  " << padRight(CliText::tr("I"), 16) << number(global.moranI) << "\n";
    out << "  " << padRight(CliText::tr("E[I]"), 16) << number(global.expectedI) << "\n";
    if (global.randomisation)
        printTest(out, CliText::tr("randomisation"), *global.randomisation);
    if (global.normality)
        printTest(out, CliText::tr("normality"), *global.normality);
    if (const auto &p = global.permutation)
        out << "  " << padRight(CliText::tr("permutations"), 16)
            << CliText::tr("%1 (seed %2): pseudo p %3, mean %4, sd %5").arg(p->permutations).arg(p->seed)
                   .arg(number(p->pseudoP), number(p->mean), number(p->standardDeviation)) << "\n";
    out << "\n" << CliText::tr("LISA clusters (p ≤ %1%2): High–High %3, Low–Low %4, Low–High %5, High–Low %6, not significant %7")
                       .arg(local.alpha).arg(local.falseDiscoveryRate ? CliText::tr(", FDR") : QString())
                       .arg(counts[int(LisaCluster::HighHigh)]).arg(counts[int(LisaCluster::LowLow)])
                       .arg(counts[int(LisaCluster::LowHigh)]).arg(counts[int(LisaCluster::HighLow)])
                       .arg(counts[int(LisaCluster::NotSignificant)]) << "\n";
    if (parser.isSet(u"lisa"_s)) {
        out << "  " << padRight(CliText::tr("unit"), 20) << padLeft(CliText::tr("I_i"), 11)
            << padLeft(CliText::tr("z"), 11) << padLeft(CliText::tr("p"), 10)
            << padLeft(CliText::tr("pseudo p"), 10) << "  " << CliText::tr("cluster") << "\n";
        for (int i = 0; i < input.rows.size(); ++i)
            out << "  " << padRight(input.unitNames.value(i), 20) << padLeft(number(lisa.localI[i]), 11)
                << padLeft(number(lisa.zScore[i]), 11) << padLeft(QString::number(lisa.pValue[i], 'f', 4), 10)
                << padLeft((lisa.pseudoP.isEmpty() ? u"–"_s : QString::number(lisa.pseudoP[i], 'f', 4)), 10)
                << "  " << lisaClusterKey(lisa.clusters.value(i)) << "\n";
    }
    return 0;
}

} // namespace CityAtlas::Cli
