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
// Prints each issue as a warning line on stderr.
void printWarnings(const IssueList &issues);

// Numbers in tables (6 decimals) and in files (round-trip precision).
inline QString number(double v) { return QString::number(v, 'f', 6); }
inline QString exact(double v) { return QString::number(v, 'g', 17); }

// The width of text in terminal columns: CJK characters take two.
int displayWidth(const QString &text);
// Pads text to a width in terminal columns (CJK characters take two), for aligned tables.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);

// --allow-remote (app/clicommandtable.cpp): layers and tables may be GDAL /vsi paths, URLs,
// connection strings and files in formats that read other files or the network (VRT, GML ...);
// sourceAccess() tells whether it was given. Without it nothing is read from the network.
SourceAccess sourceAccess(const QCommandLineParser &parser);

// Loads what the data options the commands share name (app/clicommandtable.cpp: --data/--layer
// PATH[:LAYER], by default the bundled province map with its statistics; --join TABLE and
// --key FIELD[:FIELD]; --join-pivot FIELD and --join-periods LIST for long tables; --allow-remote) and applies the join; rows of the table that match no unit are
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
struct JsonRecords;
// root with records (app/jsontext.h) as the member key: for per-unit output, which it writes fast.
void printJson(const QJsonObject &root, const QString &key, const JsonRecords &records);

} // namespace CityAtlas::Cli
