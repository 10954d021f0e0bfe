#include "app/clianalysis.h"

#include "analysis/inequalityreport.h"
#include "app/clishared.h"
#include "maps/data/analysisinput.h"
#include "maps/data/bundleddata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

QString number(double v) { return QString::number(v, 'f', 6); }
QString optionalNumber(const std::optional<double> &v) { return v ? number(*v) : CliText::tr("n/a"); }
QJsonValue json(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString percent(double part, double total)
{
    return total != 0.0 ? QString::number(100.0 * part / total, 'f', 1) + u'%' : u"–"_s;
}

void printTheil(QTextStream &out, const QString &title, const TheilDecomposition &d, const QStringList &groupNames)
{
    out << "\n" << CliText::tr("%1: total %2 = within %3 (%4) + between %5 (%6)")
                       .arg(title, number(d.total), number(d.within), percent(d.within, d.total),
                            number(d.between), percent(d.between, d.total)) << "\n";
    out << "  " << padRight(CliText::tr("group"), 14) << padLeft(CliText::tr("units"), 6)
        << padLeft(CliText::tr("pop. share"), 12) << padLeft(CliText::tr("value share"), 13)
        << padLeft(CliText::tr("within"), 11) << padLeft(CliText::tr("contribution"), 14) << "\n";
    for (const TheilGroupTerm &g : d.groups)
        out << "  " << padRight(groupNames.value(g.group), 14) << padLeft(QString::number(g.unitCount), 6)
            << padLeft(number(g.populationShare), 12) << padLeft(number(g.valueShare), 13)
            << padLeft(number(g.within), 11) << padLeft(number(g.withinContribution), 14) << "\n";
}

QJsonObject toJson(const TheilDecomposition &d, const QStringList &groupNames)
{
    QJsonArray groups;
    for (const TheilGroupTerm &g : d.groups)
        groups.append(QJsonObject{{u"group"_s, groupNames.value(g.group)}, {u"units"_s, g.unitCount},
                                  {u"populationShare"_s, g.populationShare}, {u"valueShare"_s, g.valueShare},
                                  {u"mean"_s, g.mean}, {u"within"_s, g.within},
                                  {u"withinContribution"_s, g.withinContribution},
                                  {u"betweenContribution"_s, g.betweenContribution}});
    return {{u"total"_s, d.total}, {u"within"_s, d.within}, {u"between"_s, d.between}, {u"groups"_s, groups}};
}

QJsonObject toJson(const GiniDecomposition &d, const QStringList &groupNames)
{
    QJsonArray groups;
    for (const GiniGroupTerm &g : d.groups)
        groups.append(QJsonObject{{u"group"_s, groupNames.value(g.group)}, {u"units"_s, g.unitCount},
                                  {u"gini"_s, g.gini}, {u"contribution"_s, g.contribution}});
    return {{u"total"_s, d.total}, {u"within"_s, d.within}, {u"netBetween"_s, d.netBetween},
            {u"transvariation"_s, d.transvariation}, {u"groups"_s, groups}};
}

QString writeLorenz(const QString &path, const LorenzCurve &curve, const QStringList &unitNames)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return CliText::tr("%1: cannot write: %2").arg(path, file.errorString());
    QTextStream out(&file);
    out << "population_share,value_share,unit\n";
    for (int k = 0; k < curve.points.size(); ++k)
        out << QString::number(curve.points[k].populationShare, 'g', 17) << ','
            << QString::number(curve.points[k].valueShare, 'g', 17) << ','
            << (k > 0 ? unitNames.value(int(curve.units.value(k - 1))) : QString()) << '\n';
    out.flush();
    return file.commit() ? QString() : CliText::tr("%1: cannot write: %2").arg(path, file.errorString());
}

} // namespace

int inequality(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group "
        "(by default the four NBS economic regions). Without --data: China's provinces with their statistics."));
    parser.addOptions({
        {u"data"_s, CliText::tr("Layer or table, PATH or PATH:LAYER."), u"path"_s},
        {u"field"_s, CliText::tr("Numeric field to analyse (per-capita values when --weight is population)."), u"name"_s},
        {u"weight"_s, CliText::tr("Weight field, e.g. population; omit for unweighted measures."), u"name"_s},
        {u"group"_s, CliText::tr("Field to decompose by (default: region when present; 'none' for no decomposition)."), u"name"_s},
        {u"name"_s, CliText::tr("Field naming the units in messages and the Lorenz file."), u"name"_s},
        {u"lorenz"_s, CliText::tr("Write the Lorenz curve points to this CSV file."), u"file"_s},
        {u"json"_s, CliText::tr("Print JSON.")},
    });
    int exitCode = 0;
    if (!parseCommand(parser, u"inequality"_s, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(u"field"_s))
        return fail(CliText::tr("inequality: --field NAME is required"));

    const LoadResult loaded = loadData(parser.value(u"data"_s));
    if (!loaded.table)
        return fail(loaded.issues.isEmpty() ? CliText::tr("inequality: the data could not be read") : loaded.issues.first().message);
    const FeatureTable &table = *loaded.table;
    QString group = parser.value(u"group"_s);
    if (group.isEmpty() && table.fieldIndex(u"region"_s) >= 0)
        group = u"region"_s;
    if (group == u"none"_s)
        group.clear();
    QString name = parser.value(u"name"_s);
    if (name.isEmpty())
        for (const QString &candidate : {u"name_en"_s, u"name"_s, u"name_zh"_s})
            if (table.fieldIndex(candidate) >= 0) {
                name = candidate;
                break;
            }

    const QString field = parser.value(u"field"_s), weight = parser.value(u"weight"_s);
    const AnalysisInput input = AnalysisInput::fromTable(table, field, weight, group, name);
    if (!input.isValid())
        return fail(input.issues.first().message);
    const InequalityReport report = computeInequalityReport(input.values, input.weights, input.groups);
    if (!report.isValid())
        return fail(report.issues.isEmpty() ? CliText::tr("inequality: nothing to compute") : report.issues.first().message);

    QTextStream err(stderr);
    for (const IssueList &issues : {input.issues, report.issues})
        for (const Issue &issue : issues)
            err << "cityatlas-cli: " << CliText::tr("warning: %1").arg(issue.message) << Qt::endl;

    if (parser.isSet(u"lorenz"_s))
        if (const QString error = writeLorenz(parser.value(u"lorenz"_s), report.lorenz, input.unitNames); !error.isEmpty())
            return fail(error);

    if (parser.isSet(u"json"_s)) {
        QJsonObject root{{u"data"_s, table.sourcePath()}, {u"field"_s, field}, {u"weight"_s, weight},
                         {u"units"_s, report.unitCount}, {u"gini"_s, json(report.gini)},
                         {u"theilT"_s, json(report.theilT)}, {u"theilL"_s, json(report.theilL)},
                         {u"cv"_s, json(report.coefficientOfVariation)}, {u"ge2"_s, json(report.halfSquaredCv)}};
        if (!group.isEmpty()) {
            root[u"group"_s] = group;
            if (report.theilTByGroup)
                root[u"theilTDecomposition"_s] = toJson(*report.theilTByGroup, input.groupNames);
            if (report.theilLByGroup)
                root[u"theilLDecomposition"_s] = toJson(*report.theilLByGroup, input.groupNames);
            if (report.giniByGroup)
                root[u"giniDecomposition"_s] = toJson(*report.giniByGroup, input.groupNames);
        }
        QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }

    QTextStream out(stdout);
    out << (weight.isEmpty() ? CliText::tr("Inequality of %1 over %2 units (%3)").arg(field).arg(report.unitCount).arg(QFileInfo(table.sourcePath()).fileName())
                             : CliText::tr("Inequality of %1 over %2 units, weighted by %3 (%4)").arg(field).arg(report.unitCount).arg(weight, QFileInfo(table.sourcePath()).fileName()))
        << "\n";
    out << "  " << padRight(CliText::tr("Gini"), 28) << optionalNumber(report.gini) << "\n";
    out << "  " << padRight(CliText::tr("Theil T (GE(1))"), 28) << optionalNumber(report.theilT) << "\n";
    out << "  " << padRight(CliText::tr("Theil L (GE(0), MLD)"), 28) << optionalNumber(report.theilL) << "\n";
    out << "  " << padRight(CliText::tr("Coefficient of variation"), 28) << optionalNumber(report.coefficientOfVariation) << "\n";
    out << "  " << padRight(CliText::tr("GE(2) = CV²/2"), 28) << optionalNumber(report.halfSquaredCv) << "\n";
    if (report.theilTByGroup)
        printTheil(out, CliText::tr("Theil T by %1").arg(group), *report.theilTByGroup, input.groupNames);
    if (report.theilLByGroup)
        printTheil(out, CliText::tr("Theil L by %1").arg(group), *report.theilLByGroup, input.groupNames);
    if (const auto &g = report.giniByGroup) {
        out << "\n" << CliText::tr("Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)")
                           .arg(group, number(g->total), number(g->within), percent(g->within, g->total),
                                number(g->netBetween), percent(g->netBetween, g->total))
                           .arg(number(g->transvariation), percent(g->transvariation, g->total))
            << "\n";
    }
    return 0;
}

} // namespace CityAtlas::Cli
