#include "app/cliaggregatenames.h"

#include "analysis/runtimeprofiler.h"
#include "app/clishared.h"

#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/data/placenameaggregation.h"
#include "maps/data/vectorreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

QString methodNote(const PlaceNameRowResult &r, const Gazetteer &gazetteer)
{
    const AdminUnit *unit = gazetteer.unit(r.match.code);
    switch (r.match.method) {
    case MatchMethod::Renamed: return CliText::tr("former name");
    case MatchMethod::LongestPrefix: return CliText::tr("longest known prefix '%1'").arg(r.match.matchedText);
    default: return unit && unit->isZone() ? CliText::tr("a development zone, not a county-level division") : QString();
    }
}

QJsonObject rowJson(const PlaceNameRowResult &r, const Gazetteer &gazetteer)
{
    QJsonObject o{{u"row"_s, r.row}, {u"name"_s, r.name}, {u"method"_s, matchMethodName(r.match.method)}};
    if (r.match.isMatched())
        o[u"code"_s] = r.match.code;
    if (r.isCounted())
        o[u"unit"_s] = r.unitCode;
    if (const AdminUnit *unit = gazetteer.unit(r.match.code); unit && unit->isZone())
        o[u"zone"_s] = true;
    if (!r.match.matchedText.isEmpty())
        o[u"matched_text"_s] = r.match.matchedText;
    return o;
}

void printResultJson(const PlaceNameAggregation &a, const Gazetteer &gazetteer)
{
    QJsonArray units, above, rows;
    for (const PlaceNameCount &c : a.units)
        units.append(QJsonObject{{u"code"_s, c.code}, {u"name_zh"_s, gazetteer.unit(c.code)->name}, {u"count"_s, c.count}});
    for (const PlaceNameRowResult &r : a.rows) {
        rows.append(rowJson(r, gazetteer));
        if (r.isAboveLevel())
            above.append(QJsonObject{{u"row"_s, r.row}, {u"name"_s, r.name}, {u"code"_s, r.match.code}});
    }
    QJsonObject root = unresolvedJson(a);
    root.insert(u"n"_s, a.rows.size());
    root.insert(u"level"_s, adminLevelName(a.level));
    root.insert(u"units"_s, units);
    root.insert(u"above_level"_s, above);
    root.insert(u"rows"_s, rows);
    printJson(root);
}

void printText(const PlaceNameAggregation &a, const Gazetteer &gazetteer)
{
    QTextStream out(stdout);
    int counted = 0;
    for (const PlaceNameCount &c : a.units)
        counted += c.count;
    out << CliText::tr("%1 names, %2 counted at %3 level").arg(a.rows.size()).arg(counted).arg(adminLevelName(a.level)) << "\n\n";
    out << padRight(CliText::tr("code"), 8) << padRight(CliText::tr("unit"), 30) << CliText::tr("count") << "\n";
    for (const PlaceNameCount &c : a.units)
        out << padRight(c.code, 8) << padRight(gazetteer.unit(c.code)->name, 30) << c.count << "\n";

    QStringList ambiguous, unmatched, above, flagged;
    for (const PlaceNameRowResult &r : a.rows) {
        const QString row = CliText::tr("row %1: %2").arg(r.row).arg(r.name);
        if (r.match.method == MatchMethod::Ambiguous) {
            QStringList candidates;
            for (const QString &code : r.match.candidates)
                candidates << gazetteer.describe(code);
            ambiguous << row + u" → "_s + candidates.join(u"; "_s);
            continue;
        }
        if (r.match.method == MatchMethod::Unmatched) {
            unmatched << row;
            continue;
        }
        const QString target = row + u" → "_s + gazetteer.describe(r.match.code);
        if (r.isAboveLevel())
            above << target;
        if (const QString note = methodNote(r, gazetteer); !note.isEmpty())
            flagged << target + u" ("_s + note + u')';
    }
    auto section = [&out](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        out << "\n" << title.arg(lines.size()) << "\n";
        for (const QString &line : lines)
            out << "  " << line << "\n";
    };
    section(CliText::tr("Ambiguous (%1): several units fit; choose one"), ambiguous);
    section(CliText::tr("Unmatched (%1): no unit of the gazetteer fits"), unmatched);
    section(CliText::tr("Not counted (%1): matched a unit that has none at this level"), above);
    section(CliText::tr("Check (%1): matched by a former name, a prefix, or a zone"), flagged);
}

} // namespace

std::optional<MatchedList> matchPlaceNameList(const QCommandLineParser &parser, AdminLevel level, QString *error)
{
    const QString listSpec = parser.value(u"list"_s);
    const QString field = parser.value(u"field"_s);
    const QString command = u"aggregate "_s + parser.positionalArguments().value(0, u"names"_s);
    if (listSpec.isEmpty()) {
        *error = CliText::tr("%1: --list FILE is required").arg(command);
        return std::nullopt;
    }
    if (field.isEmpty()) {
        *error = CliText::tr("%1: --field NAME is required (the column holding the place names)").arg(command);
        return std::nullopt;
    }
    const auto [path, layer] = VectorReader::splitLayerSpec(listSpec);
    LoadResult list = VectorReader::readAsText(path, layer);
    if (!list.table) {
        *error = firstErrorOrIssue(list.issues);
        return std::nullopt;
    }
    MatchedList matched;
    matched.table = std::move(list.table);
    matched.fileName = QFileInfo(path).fileName();
    const FeatureTable &table = *matched.table;
    const int column = table.fieldIndex(field);
    if (column < 0) {
        *error = CliText::tr("%1: no field '%2' (fields: %3)").arg(matched.fileName, field, table.fieldNames().join(u", "_s));
        return std::nullopt;
    }
    const QList<PlaceNameRow> rows = placeNameRows(table, column);

    IssueList issues;
    matched.gazetteer = timed(u"gazetteer"_s, [&] { return Gazetteer::loadBundled(issues); });
    if (!matched.gazetteer) {
        *error = firstErrorOrIssue(issues);
        return std::nullopt;
    }
    const PlaceNameMatcher matcher(*matched.gazetteer);
    matched.result = timed(u"match"_s, [&] { return aggregatePlaceNames(matcher, rows, level); });
    if (matched.result.rows.isEmpty()) {
        *error = CliText::tr("%1: the field '%2' holds no names").arg(matched.fileName, field);
        return std::nullopt;
    }
    for (const Issue &issue : matched.result.issues)
        printWarnings({Issue::warning(u"%1: %2"_s.arg(matched.fileName, issue.message))});
    return matched;
}

QJsonObject unresolvedJson(const PlaceNameAggregation &result)
{
    QJsonArray ambiguous, unmatched;
    for (const PlaceNameRowResult &r : result.rows) {
        if (r.match.method == MatchMethod::Ambiguous)
            ambiguous.append(QJsonObject{{u"row"_s, r.row}, {u"name"_s, r.name}, {u"candidates"_s, QJsonArray::fromStringList(r.match.candidates)}});
        else if (r.match.method == MatchMethod::Unmatched)
            unmatched.append(QJsonObject{{u"row"_s, r.row}, {u"name"_s, r.name}});
    }
    return {{u"ambiguous"_s, ambiguous}, {u"unmatched"_s, unmatched}};
}

int aggregateNames(const QCommandLineParser &parser)
{
    AdminLevel level = AdminLevel::Province;
    if (!parseAdminLevel(parser.value(u"level"_s), &level))
        return fail(CliText::tr("aggregate names: --level must be province, prefecture or county, not '%1'")
                        .arg(parser.value(u"level"_s)));
    const QString out = parser.value(u"out"_s);
    if (!out.isEmpty()) {
        const QStringList inputs{parser.value(u"list"_s), BundledData::divisionsPath(), BundledData::divisionChangesPath()};
        if (const QString problem = OutputGuard::check(out, inputs); !problem.isEmpty())
            return fail(problem);
    }
    QString error;
    const std::optional<MatchedList> matched = matchPlaceNameList(parser, level, &error);
    if (!matched)
        return fail(error);
    const PlaceNameAggregation &result = matched->result;
    const Gazetteer &gazetteer = *matched->gazetteer;

    if (!out.isEmpty()) {
        QList<QStringList> csvRows;
        for (const PlaceNameCount &c : result.units)
            csvRows << QStringList{c.code, gazetteer.unit(c.code)->name, QString::number(c.count)};
        if (const QString error = writeCsv(out, {u"code"_s, u"name_zh"_s, u"count"_s}, csvRows); !error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(u"json"_s))
        printResultJson(result, gazetteer);
    else
        printText(result, gazetteer);
    return 0;
}

} // namespace CityAtlas::Cli
