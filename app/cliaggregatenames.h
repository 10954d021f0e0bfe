#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// `cityatlas-cli aggregate names --list FILE --field NAME --level province|prefecture|county`:
// matches each place name of a table to a unit of the bundled gazetteer and counts the rows
// per unit at the level. Same conventions as clicommands.h.
int aggregateNames(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
