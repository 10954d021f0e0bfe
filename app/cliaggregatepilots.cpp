#include "app/cliaggregatepilots.h"

#include "app/cliaggregatenames.h"
#include "app/clishared.h"

#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/data/pilotdensity.h"

#include <QJsonArray>
#include <QMap>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

// A rate as the CSV and the JSON give it: empty / null when it cannot be computed.
QString rateText(double value)
{
    return std::isfinite(value) ? exact(value) : QString();
}

QJsonValue rateJson(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

// Pilots per province and batch: batch value → province code → count.
QMap<QString, QHash<QString, int>> pilotsByBatch(const MatchedList &list, const QString &batchField, const Gazetteer &gazetteer)
{
    QMap<QString, QHash<QString, int>> byBatch;
    const int column = list.table->fieldIndex(batchField);
    for (const PlaceNameRowResult &row : list.result.rows) {
        if (!row.match.isMatched())
            continue;
        const QString batch = list.table->value(int(row.row - FirstListRow), column).toString().trimmed();
        ++byBatch[batch.isEmpty() ? u"none"_s : batch][gazetteer.ancestorAt(row.match.code, AdminLevel::Province)];
    }
    return byBatch;
}

} // namespace

int aggregatePilots(const QCommandLineParser &parser)
{
    const QString out = parser.value(u"out"_s);
    if (!out.isEmpty()) {
        const QStringList inputs = dataInputs(parser) + QStringList{parser.value(u"list"_s), BundledData::divisionsPath(),
                                                                      BundledData::divisionChangesPath()};
        if (const QString problem = OutputGuard::check(out, inputs); !problem.isEmpty())
            return fail(problem);
    }
    QString error;
    const std::optional<MatchedList> list = matchPlaceNameList(parser, AdminLevel::Province, &error);
    if (!list)
        return fail(error);
    const QString batchField = parser.value(u"batch"_s);
    if (!batchField.isEmpty() && list->table->fieldIndex(batchField) < 0)
        return fail(CliText::tr("%1: no field '%2' (fields: %3)").arg(list->fileName, batchField, list->table->fieldNames().join(u", "_s)));

    const LoadResult provinces = loadData(parser);
    if (!provinces.table)
        return fail(firstErrorOrIssue(provinces.issues));
    printWarnings(provinces.issues);
    PilotDensityOptions options;
    options.populationField = parser.value(u"population"_s);
    options.personsPerPopulationUnit = parser.value(u"population-unit"_s).toDouble();
    options.areaField = parser.value(u"area"_s);
    if (!(options.personsPerPopulationUnit > 0))
        return fail(CliText::tr("aggregate pilots: --population-unit must be a positive number of persons"));
    const PilotDensity density = pilotDensity(list->result, *list->gazetteer, *provinces.table, options);
    if (hasErrors(density.issues))
        return fail(firstErrorOrIssue(density.issues));
    printWarnings(density.issues);
    const QMap<QString, QHash<QString, int>> batches =
        batchField.isEmpty() ? QMap<QString, QHash<QString, int>>() : pilotsByBatch(*list, batchField, *list->gazetteer);

    QStringList header{u"code"_s, u"name_zh"_s, u"pilots"_s, u"pilots_per_10k_km2"_s, u"pilots_per_million"_s,
                       u"prefectures"_s, u"prefectures_with_pilot"_s, u"prefecture_share"_s};
    for (const QString &batch : batches.keys())
        header << u"pilots_batch_"_s + batch;
    QList<QStringList> rows;
    QJsonArray provincesJson;
    for (const ProvincePilots &p : density.provinces) {
        const double perMillion = p.perMillionResidents(options.personsPerPopulationUnit);
        QStringList row{p.code, p.name, QString::number(p.pilots), rateText(p.perTenThousandKm2()), rateText(perMillion),
                        QString::number(p.prefectures), QString::number(p.prefecturesWithPilot), rateText(p.prefectureShare())};
        QJsonObject o{{u"code"_s, p.code}, {u"name_zh"_s, p.name}, {u"pilots"_s, p.pilots},
                      {u"pilots_per_10k_km2"_s, rateJson(p.perTenThousandKm2())}, {u"pilots_per_million"_s, rateJson(perMillion)},
                      {u"prefectures"_s, p.prefectures}, {u"prefectures_with_pilot"_s, p.prefecturesWithPilot},
                      {u"prefecture_share"_s, rateJson(p.prefectureShare())}};
        for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
            row << QString::number(it.value().value(p.code));
            o.insert(u"pilots_batch_"_s + it.key(), it.value().value(p.code));
        }
        rows << row;
        provincesJson.append(o);
    }
    if (!out.isEmpty())
        if (const QString error = writeCsv(out, header, rows); !error.isEmpty())
            return fail(error);

    if (parser.isSet(u"json"_s)) {
        QJsonObject root = unresolvedJson(list->result);
        root.insert(u"n"_s, list->result.rows.size());
        root.insert(u"pilots"_s, density.pilots);
        root.insert(u"population_field"_s, options.populationField);
        root.insert(u"persons_per_population_unit"_s, options.personsPerPopulationUnit);
        root.insert(u"area_field"_s, options.areaField);
        root.insert(u"provinces"_s, provincesJson);
        printJson(root);
        return 0;
    }
    QTextStream text(stdout);
    text << CliText::tr("%1 names, %2 pilots placed in a province").arg(list->result.rows.size()).arg(density.pilots) << "\n\n";
    text << padRight(CliText::tr("province"), 22) << padLeft(CliText::tr("pilots"), 8) << padLeft(CliText::tr("per 10,000 km²"), 16)
         << padLeft(CliText::tr("per million"), 13) << padLeft(CliText::tr("prefectures with one"), 22) << "\n";
    for (const ProvincePilots &p : density.provinces) {
        if (p.pilots == 0)
            continue;
        auto fixed = [](double v, int decimals) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : u"–"_s; };
        text << padRight(p.name, 22) << padLeft(QString::number(p.pilots), 8) << padLeft(fixed(p.perTenThousandKm2(), 3), 16)
             << padLeft(fixed(p.perMillionResidents(options.personsPerPopulationUnit), 3), 13)
             << padLeft(u"%1 / %2"_s.arg(p.prefecturesWithPilot).arg(p.prefectures), 22) << "\n";
    }
    const QJsonObject unresolved = unresolvedJson(list->result);
    const int ambiguous = int(unresolved.value(u"ambiguous"_s).toArray().size());
    const int unmatched = int(unresolved.value(u"unmatched"_s).toArray().size());
    if (ambiguous + unmatched > 0)
        text << "\n" << CliText::tr("%1 ambiguous and %2 unmatched names are not counted: see aggregate names for the list.")
                            .arg(ambiguous).arg(unmatched) << "\n";
    return 0;
}

} // namespace CityAtlas::Cli
