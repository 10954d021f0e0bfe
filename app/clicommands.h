#pragma once

#include <QStringList>

namespace CityAtlas::Cli {

// Each command takes its own arguments (after the command name) and returns the exit code.
// Errors are one line on stderr naming the file or field; results go to stdout.
int info(const QStringList &arguments);
int datasets(const QStringList &arguments);
int map(const QStringList &arguments);

} // namespace CityAtlas::Cli
