#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// `cityatlas-cli aggregate pilots --list FILE --field NAME [--batch FIELD]`: pilot density by
// province from a list of pilot units (place names): pilots, pilots per 10,000 km² and per
// million residents, and the share of prefecture-level units with a pilot. Same conventions
// as clicommands.h.
int aggregatePilots(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
