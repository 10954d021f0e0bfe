#include "maps/data/placenameaggregation.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace CityAtlas {

namespace {
// Messages of this file are translated in the context of PlaceNameAggregation.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PlaceNameAggregation)
};
// A short name shared by a unit and units inside it (吉林: 吉林省 and 吉林市) names the outer unit,
// unless the units count differently at the level: then the list does not say which it means,
// and the name is ambiguous (吉林 at prefecture level; 长沙 at county level, not at prefecture).
PlaceMatch sharedShortNameAtLevel(PlaceMatch match, const Gazetteer &gazetteer, AdminLevel level)
{
    if (match.method != MatchMethod::ShortForm || match.candidates.isEmpty())
        return match;
    const QString counted = gazetteer.ancestorAt(match.code, level);
    const bool differs = std::any_of(match.candidates.cbegin(), match.candidates.cend(), [&](const QString &inner) {
        return gazetteer.ancestorAt(inner, level) != counted;
    });
    if (!differs)
        return match;
    PlaceMatch ambiguous;
    ambiguous.method = MatchMethod::Ambiguous;
    ambiguous.candidates = QStringList{match.code} + match.candidates;
    ambiguous.candidates.sort();
    return ambiguous;
}

} // namespace

QList<PlaceNameRow> placeNameRows(const FeatureTable &table, int column)
{
    QList<PlaceNameRow> rows;
    rows.reserve(table.rowCount());
    for (int row = 0; row < table.rowCount(); ++row)
        rows << PlaceNameRow{row + FirstListRow, table.value(row, column).toString()};
    return rows;
}

PlaceNameAggregation aggregatePlaceNames(const PlaceNameMatcher &matcher, const QList<PlaceNameRow> &rows, AdminLevel level,
                                         const QHash<QString, QString> &resolutions)
{
    const Gazetteer &gazetteer = matcher.gazetteer();
    PlaceNameAggregation result;
    result.level = level;
    QHash<QString, QString> chosen;
    for (auto it = resolutions.cbegin(); it != resolutions.cend(); ++it) {
        if (gazetteer.unit(it.value()))
            chosen.insert(PlaceNameMatcher::normalize(it.key()), it.value());
        else
            result.issues << Issue::warning(Tr::tr("The code %1 chosen for '%2' is not a unit of the gazetteer; the choice is ignored")
                                                .arg(it.value(), it.key()));
    }
    QMap<QString, int> counts;
    for (const PlaceNameRow &row : rows) {
        const QString key = PlaceNameMatcher::normalize(row.name);
        if (key.isEmpty()) {
            Issue issue = Issue::warning(Tr::tr("Row %1: the name is empty; the row is left out").arg(row.row));
            issue.row = row.row;
            result.issues << issue;
            continue;
        }
        PlaceNameRowResult r{row.row, row.name, {}, {}};
        const auto choice = chosen.constFind(key);
        if (choice != chosen.cend()) {
            r.match.method = MatchMethod::Resolved;
            r.match.code = *choice;
        } else {
            r.match = sharedShortNameAtLevel(matcher.match(row.name), gazetteer, level);
        }
        if (r.match.isMatched())
            r.unitCode = gazetteer.ancestorAt(r.match.code, level);
        if (r.isCounted())
            ++counts[r.unitCode];
        result.rows << r;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.units << PlaceNameCount{it.key(), it.value()};
    return result;
}

} // namespace CityAtlas
