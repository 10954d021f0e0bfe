#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// `cityatlas-cli aggregate points`: counts the points of a layer or table in each polygon unit
// and sums their weights (maps/data/pointaggregation.h). Same conventions as clicommands.h.
// Problem rows listed in full (JSON and stderr); the rest are counted.
inline constexpr int ListedProblemRows = 100;

int aggregatePointsCommand(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
