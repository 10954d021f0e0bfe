#include "app/clianalysis.h"

#include "analysis/inequalityreport.h"
#include "analysis/percapita.h"
#include "app/clishared.h"
#include "maps/data/analysisinput.h"
#include "maps/data/analysisjson.h"
#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/data/unitnames.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

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

} // namespace

int inequality(const QCommandLineParser &parser)
{
    const QString field = parser.value(u"value"_s);
    if (field.isEmpty())
        return fail(CliText::tr("analyze inequality: --value FIELD is required"));
    if (const QString problem = OutputGuard::check(QStringList{parser.value(u"out"_s), parser.value(u"lorenz"_s)}, dataInputs(parser));
        !problem.isEmpty())
        return fail(problem);

    const LoadResult loaded = loadData(parser);
    if (!loaded.table)
        return fail(firstErrorOrIssue(loaded.issues));
    const FeatureTable &table = *loaded.table;
    QString group = parser.value(u"group"_s);
    if (group.isEmpty() && table.fieldIndex(u"region"_s) >= 0)
        group = u"region"_s;
    if (group == u"none"_s)
        group.clear();
    const QString name = parser.isSet(u"name"_s) ? parser.value(u"name"_s) : unitNameField(table);
    const QString weight = parser.value(u"weight"_s);
    const AnalysisInput input = AnalysisInput::fromTable(table, field, weight, group, name);
    if (!input.isValid())
        return fail(firstErrorOrIssue(input.issues));
    const InequalityReport report = computeInequalityReport(input.values, input.weights, input.groups);
    const IssueList reportIssues = input.attributed(report.issues, table.sourcePath());
    if (!report.isValid())
        return fail(firstErrorOrIssue(reportIssues));
    printWarnings(loaded.issues + input.issues + reportIssues);

    if (parser.isSet(u"lorenz"_s)) {
        QList<QStringList> rows;
        for (int k = 0; k < report.lorenz.points.size(); ++k)
            rows << QStringList{exact(report.lorenz.points[k].populationShare), exact(report.lorenz.points[k].valueShare),
                                k > 0 ? input.unitNames.value(int(report.lorenz.units.value(k - 1))) : QString()};
        if (const QString e = writeCsv(parser.value(u"lorenz"_s), {u"population_share"_s, u"value_share"_s, u"unit"_s}, rows); !e.isEmpty())
            return fail(e);
    }
    if (parser.isSet(u"out"_s)) {
        QList<QStringList> rows;
        for (const QJsonValue &g : AnalysisJson::inequalityGroups(report, input.groupNames)) {
            const QJsonObject o = g.toObject();
            rows << QStringList{o.value(u"group"_s).toString(), QString::number(o.value(u"n"_s).toInt()),
                                exact(o.value(u"population_share"_s).toDouble()), exact(o.value(u"value_share"_s).toDouble()),
                                exact(o.value(u"theil_t_within"_s).toDouble()), exact(o.value(u"theil_l_within"_s).toDouble()),
                                exact(o.value(u"gini_within"_s).toDouble())};
        }
        if (const QString e = writeCsv(parser.value(u"out"_s), {u"group"_s, u"n"_s, u"population_share"_s, u"value_share"_s,
                                                               u"theil_t_within"_s, u"theil_l_within"_s, u"gini_within"_s}, rows);
            !e.isEmpty())
            return fail(e);
    }

    if (parser.isSet(u"json"_s)) {
        QJsonObject root{{u"data"_s, dataSourceNote(parser)}, {u"value"_s, field}, {u"weight"_s, weight}};
        if (!group.isEmpty())
            root[u"group"_s] = group;
        root = AnalysisJson::merged(root, AnalysisJson::inequality(report, input.groupNames));
        printJson(root);
        return 0;
    }

    QTextStream out(stdout);
    out << (weight.isEmpty() ? CliText::tr("Inequality of %1 over %2 units (%3)").arg(field).arg(report.unitCount).arg(dataSourceNote(parser))
                             : CliText::tr("Inequality of %1 over %2 units, weighted by %3 (%4)").arg(field).arg(report.unitCount).arg(weight, dataSourceNote(parser)))
        << "\n";
    out << "  " << padRight(CliText::tr("Gini"), 28) << optionalNumber(report.gini) << "\n";
    out << "  " << padRight(CliText::tr("Theil T (GE(1))"), 28) << optionalNumber(report.theilT) << "\n";
    out << "  " << padRight(CliText::tr("Theil L (GE(0), MLD)"), 28) << optionalNumber(report.theilL) << "\n";
    out << "  " << padRight(CliText::tr("CV (population SD, 1/n)"), 28) << optionalNumber(report.coefficientOfVariation) << "\n";
    out << "  " << padRight(CliText::tr("GE(2) = CV²/2"), 28) << optionalNumber(report.halfSquaredCv) << "\n";
    if (report.theilTByGroup)
        printTheil(out, CliText::tr("Theil T by %1").arg(group), *report.theilTByGroup, input.groupLabels);
    if (report.theilLByGroup)
        printTheil(out, CliText::tr("Theil L by %1").arg(group), *report.theilLByGroup, input.groupLabels);
    if (const auto &g = report.giniByGroup) {
        out << "\n" << CliText::tr("Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)")
                           .arg(group, number(g->total), number(g->within), percent(g->within, g->total),
                                number(g->netBetween), percent(g->netBetween, g->total))
                           .arg(number(g->transvariation), percent(g->transvariation, g->total))
            << "\n";
    }
    return 0;
}

int density(const QCommandLineParser &parser)
{
    const QString field = parser.value(u"value"_s);
    if (field.isEmpty())
        return fail(CliText::tr("analyze density: --value FIELD is required"));
    if (parser.isSet(u"out"_s))
        if (const QString problem = OutputGuard::check(parser.value(u"out"_s), dataInputs(parser)); !problem.isEmpty())
            return fail(problem);
    bool okUnit = false;
    const double populationUnit = parser.value(u"population-unit"_s).toDouble(&okUnit);
    if (!okUnit || populationUnit <= 0)
        return fail(CliText::tr("analyze density: --population-unit takes a positive number"));
    // Persons per unit of the value: given, or known for the bundled population fields.
    double valueUnit = parser.isSet(u"data"_s) ? 0.0 : BundledData::personsPerUnit(field);
    if (parser.isSet(u"value-unit"_s)) {
        valueUnit = parser.value(u"value-unit"_s).toDouble(&okUnit);
        if (!okUnit || !std::isfinite(valueUnit) || valueUnit <= 0)
            return fail(CliText::tr("analyze density: --value-unit takes a positive number (persons per unit of --value)"));
    }

    const LoadResult loaded = loadData(parser);
    if (!loaded.table)
        return fail(firstErrorOrIssue(loaded.issues));
    const FeatureTable &table = *loaded.table;
    const AnalysisInput input = AnalysisInput::fromTable(table, field, {}, {},
                                                         parser.isSet(u"name"_s) ? parser.value(u"name"_s) : unitNameField(table));
    if (!input.isValid())
        return fail(firstErrorOrIssue(input.issues));
    IssueList issues = loaded.issues + input.issues;

    // Columns aligned with the analysed units; NaN where a unit has no value (reported by the measures).
    auto column = [&](const QString &name, QList<double> *out) -> QString {
        const int c = table.fieldIndex(name);
        if (c < 0)
            return CliText::tr("%1: no field '%2' (fields: %3)").arg(table.sourcePath(), name, table.fieldNames().join(u", "_s));
        if (!table.field(c).isNumeric())
            return CliText::tr("%1: field '%2' is not numeric").arg(table.sourcePath(), name);
        for (int row : input.rows)
            *out << table.number(row, c).value_or(std::numeric_limits<double>::quiet_NaN());
        return {};
    };
    QStringList header{u"unit"_s, field};
    QList<PerUnitResult> results;
    if (parser.isSet(u"population"_s)) {
        QList<double> population;
        if (const QString e = column(parser.value(u"population"_s), &population); !e.isEmpty())
            return fail(e);
        results << perCapita(input.values, population, 10000.0, populationUnit);
        header << u"per_10k_people"_s;
    }
    QList<double> area;
    if (parser.isSet(u"area"_s)) {
        if (const QString e = column(parser.value(u"area"_s), &area); !e.isEmpty())
            return fail(e);
    } else if (table.hasGeometry()) {
        for (int row : input.rows)
            area << table.geometry(row).areaKm2;
    }
    if (!area.isEmpty()) {
        results << CityAtlas::density(input.values, area);
        header << u"per_km2"_s;
        if (valueUnit > 0) {
            PerUnitResult people{results.last().values, {}};
            for (std::optional<double> &v : people.values)
                if (v)
                    *v *= valueUnit;
            results << people;
            header << u"people_per_km2"_s;
        }
    }
    if (parser.isSet(u"base"_s)) {
        QList<double> base;
        if (const QString e = column(parser.value(u"base"_s), &base); !e.isEmpty())
            return fail(e);
        results << locationQuotient(input.values, base);
        header << u"location_quotient"_s;
    }
    if (results.isEmpty())
        return fail(CliText::tr("analyze density: give --population, --area or --base (the data has no polygons to measure)"));
    for (const PerUnitResult &r : results) {
        const IssueList named = input.attributed(r.issues, table.sourcePath());
        if (!r.ok())
            return fail(firstErrorOrIssue(named));
        issues << named;
    }
    printWarnings(issues);

    QList<QStringList> rows;
    QJsonArray units;
    for (int i = 0; i < input.rows.size(); ++i) {
        QStringList row{input.unitNames.value(i), exact(input.values[i])};
        QJsonObject unit{{u"unit"_s, input.unitNames.value(i)}, {field, input.values[i]}};
        for (int m = 0; m < results.size(); ++m) {
            const std::optional<double> v = results[m].values.value(i);
            row << (v ? exact(*v) : QString());
            unit[header[m + 2]] = json(v);
        }
        rows << row;
        units.append(unit);
    }
    if (parser.isSet(u"out"_s))
        if (const QString e = writeCsv(parser.value(u"out"_s), header, rows); !e.isEmpty())
            return fail(e);
    if (parser.isSet(u"json"_s)) {
        QJsonObject root{{u"data"_s, dataSourceNote(parser)}, {u"value"_s, field}, {u"n"_s, int(input.rows.size())}, {u"units"_s, units}};
        if (valueUnit > 0)
            root[u"value_unit_persons"_s] = valueUnit;
        printJson(root);
        return 0;
    }
    QTextStream out(stdout);
    if (valueUnit > 0 && header.contains(u"people_per_km2"_s))
        out << CliText::tr("%1 is in units of %2 persons: per_km2 is in those units, people_per_km2 in persons per km².")
                   .arg(field, QLocale().toString(valueUnit, 'f', 0))
            << "\n";
    for (const QString &h : header)
        out << padLeft(h, 18);
    out << "\n";
    for (const QStringList &row : rows) {
        out << padLeft(row[0], 18);
        for (int k = 1; k < row.size(); ++k)
            out << padLeft(row[k].isEmpty() ? u"–"_s : QString::number(row[k].toDouble(), 'f', 3), 18);
        out << "\n";
    }
    return 0;
}

} // namespace CityAtlas::Cli
