#pragma once

#include "maps/data/vectorreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace CityAtlas::Cli {

// Translation context of the command-line messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// Prints "cityatlas-cli: message" on stderr; returns the exit code 1.
int fail(const QString &message);
// The first error of a list, or its first issue.
QString firstError(const IssueList &issues);
// Prints each issue as a warning line on stderr.
void printWarnings(const IssueList &issues);
// Parses a command's arguments. False when the command should stop: after --help
// (exitCode 0) or a usage error (printed, exitCode 2).
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode);

// Numbers in tables (6 decimals) and in files (round-trip precision).
inline QString number(double v) { return QString::number(v, 'f', 6); }
inline QString exact(double v) { return QString::number(v, 'g', 17); }

// Pads text to a width in terminal columns (CJK characters take two), for aligned tables.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);

// --allow-remote: layers and tables may be GDAL /vsi paths, URLs, connection strings and files
// in formats that read other files or the network (VRT, GML ...); sourceAccess() tells whether
// it was given. Without it nothing is read from the network.
void addRemoteOption(QCommandLineParser &parser);
SourceAccess sourceAccess(const QCommandLineParser &parser);

// The data options every command shares: --data/--layer PATH[:LAYER] (default: the bundled
// province map with its statistics), --join TABLE and --key FIELD[:FIELD], and --allow-remote.
void addDataOptions(QCommandLineParser &parser);
// Loads what the options name and applies the join; rows of the table that match no unit are
// reported on stderr. On failure the result has no table and its issues say why.
LoadResult loadData(const QCommandLineParser &parser);
// The files the data options read: --data/--layer (by default the bundled map and its
// statistics) and --join; an output must be none of them (see OutputGuard).
QStringList dataInputs(const QCommandLineParser &parser);
// "china_provinces.gpkg" or "china_provinces.gpkg + my_table.csv", for source lines.
QString dataSourceNote(const QCommandLineParser &parser);

// Writes a CSV file (RFC 4180 quoting) through QSaveFile; returns an error message or nothing.
QString writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows);
void printJson(const QJsonObject &object);

} // namespace CityAtlas::Cli
