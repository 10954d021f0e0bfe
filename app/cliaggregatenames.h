#pragma once

#include "maps/data/placenameaggregation.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace CityAtlas {
class FeatureTable;
}

namespace CityAtlas::Cli {

// `cityatlas-cli aggregate names --list FILE --field NAME --level province|prefecture|county`:
// matches each place name of a table to a unit of the bundled gazetteer and counts the rows
// per unit at the level. Same conventions as clicommands.h.
int aggregateNames(const QCommandLineParser &parser);

// A list of place names (--list, --field) matched to the bundled gazetteer.
struct MatchedList
{
    std::shared_ptr<const FeatureTable> table; // the list as read (text)
    QString fileName;
    std::unique_ptr<Gazetteer> gazetteer;
    PlaceNameAggregation result;
};
// Reads --list and --field and matches the names, counting at level; warnings are printed.
// Empty with *error set when the list cannot be used.
std::optional<MatchedList> matchPlaceNameList(const QCommandLineParser &parser, AdminLevel level, QString *error);
// {"ambiguous": [{row, name, candidates}], "unmatched": [{row, name}]} of a result.
QJsonObject unresolvedJson(const PlaceNameAggregation &result);

} // namespace CityAtlas::Cli
