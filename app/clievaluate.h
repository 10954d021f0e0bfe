#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// `cityatlas-cli evaluate ...`: a composite smart-city index from an indicator table and an
// indicator system (GB/T 33356-2016, Giffinger 2007, the bundled sample, or a JSON file):
// validation report, weights, normalisation, aggregation, ranks and, with --mc, Monte Carlo
// rank intervals. Same conventions as clicommands.h.
int evaluate(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
