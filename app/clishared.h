#pragma once

#include "maps/data/vectorreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CityAtlas::Cli {

// Translation context of the command-line messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// Prints "cityatlas-cli: message" on stderr; returns the exit code 1.
int fail(const QString &message);
// Parses a command's arguments. False when the command should stop: after --help
// (exitCode 0) or a usage error (printed, exitCode 2).
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode);
// Pads text to a width in terminal columns (CJK characters take two), for aligned tables.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);
// --data PATH[:LAYER], or the bundled province map (with its statistics) when path is empty.
LoadResult loadData(const QString &pathAndLayer);

} // namespace CityAtlas::Cli
