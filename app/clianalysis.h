#pragma once

#include <QStringList>

namespace CityAtlas::Cli {

// Regional-imbalance commands; same conventions as clicommands.h.
int inequality(const QStringList &arguments);

} // namespace CityAtlas::Cli
