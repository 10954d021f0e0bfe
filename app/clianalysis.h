#pragma once

#include <QStringList>

namespace CityAtlas::Cli {

// Regional-imbalance commands; same conventions as clicommands.h.
int inequality(const QStringList &arguments);
int moran(const QStringList &arguments);

} // namespace CityAtlas::Cli
