#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// The commands' handlers (their options: app/clicommandtable.cpp). Each takes its parsed
// arguments and returns the exit code. Errors are one line on stderr naming the file or
// field; results go to stdout.
int info(const QCommandLineParser &parser);
int datasets(const QCommandLineParser &parser);
int map(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
