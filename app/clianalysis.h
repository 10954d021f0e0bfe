#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// `cityatlas-cli analyze inequality|density|moran|lisa|gistar`; same conventions as clicommands.h.
int inequality(const QCommandLineParser &parser);
int density(const QCommandLineParser &parser);
int moran(const QCommandLineParser &parser);
int lisa(const QCommandLineParser &parser);
int gistar(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
