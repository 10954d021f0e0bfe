#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/placenamematcher.h"

#include <QHash>
#include <QList>
#include <QString>

namespace CityAtlas {

// One place name of a list, with the row it came from (numbered as the caller shows rows).
struct PlaceNameRow
{
    qint64 row = -1;
    QString name;
};

// Lists read from tables number their rows as a spreadsheet does: the header is row 1.
inline constexpr qint64 FirstListRow = 2;
// The names in a column of a table, each with its spreadsheet row.
QList<PlaceNameRow> placeNameRows(const FeatureTable &table, int column);

// What became of one row.
struct PlaceNameRowResult
{
    qint64 row = -1;
    QString name;
    PlaceMatch match;
    QString unitCode; // the unit at the requested level it counts for; empty: not counted

    bool isCounted() const { return !unitCode.isEmpty(); }
    // Matched, but to a unit that has none at the level (a province at prefecture level, a
    // prefecture or a zone at county level).
    bool isAboveLevel() const { return match.isMatched() && unitCode.isEmpty(); }
};

struct PlaceNameCount
{
    QString code;
    int count = 0;
};

struct PlaceNameAggregation
{
    AdminLevel level = AdminLevel::Province;
    QList<PlaceNameRowResult> rows; // one per non-empty name, in input order
    QList<PlaceNameCount> units;    // units with a count, in code order
    IssueList issues;               // empty names, resolutions to unknown codes (warnings)
};

// Matches every name of a list and counts the rows per unit at a level. resolutions maps a
// name (as PlaceNameMatcher::normalize() gives it) to the code the user chose for it; such
// rows have the method Resolved. Rows with an empty name are left out with a warning. A short
// name that the matcher gives to an outer unit (吉林 → 吉林省, with 吉林市 as candidate) is ambiguous
// here when its units would count differently at the level.
PlaceNameAggregation aggregatePlaceNames(const PlaceNameMatcher &matcher, const QList<PlaceNameRow> &rows, AdminLevel level,
                                         const QHash<QString, QString> &resolutions = {});

} // namespace CityAtlas
