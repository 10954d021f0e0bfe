#pragma once

#include <QStringList>

namespace CityAtlas::Cli {

// `cityatlas-cli analyze SUBCOMMAND ...`: inequality, density, moran, lisa, gistar.
int analyze(const QStringList &arguments);

// The subcommands; same conventions as clicommands.h.
int inequality(const QStringList &arguments);
int density(const QStringList &arguments);
int moran(const QStringList &arguments);
int lisa(const QStringList &arguments);
int gistar(const QStringList &arguments);

} // namespace CityAtlas::Cli
