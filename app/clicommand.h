#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace CityAtlas::Cli {

// A positional argument of a command, as QCommandLineParser::addPositionalArgument takes it.
struct CommandArgument
{
    QString name;
    QString description;
    QString syntax = {}; // shown in the help; empty: the name in capitals
};

// One command of cityatlas-cli: either a command with sub-commands (analyze, project, review)
// or one that runs. The whole program is a tree of these (commandTable()), from which the
// dispatch, the usage text and every --help are made, as Tiled's CommandLineParser and a QGIS
// processing algorithm's parameter definitions describe their options once.
struct Command
{
    QString name;
    QString summary;     // one line, in the list of the parent's --help
    QString description; // the command's own --help; empty: the summary
    QList<QCommandLineOption> options;
    QList<CommandArgument> arguments;
    // Runs the command with its parsed arguments; returns the exit code. Errors are one line on
    // stderr naming the file or field; results go to stdout.
    int (*run)(const QCommandLineParser &parser) = nullptr;
    QList<Command> subcommands;
};

// The root command "cityatlas-cli" and all under it, in the current language.
Command commandTable();

// Runs what the arguments name below the command: a sub-command by its name, or the command
// itself after parsing its options. --help prints the help on stdout (exit 0); no sub-command,
// an unknown sub-command or a bad option print the error and the help on stderr (exit 2).
int runCommand(const Command &command, const QStringList &arguments, const QString &path = {});

// The command's --help text; path is how it is called ("cityatlas-cli analyze moran").
QString helpText(const Command &command, const QString &path);

} // namespace CityAtlas::Cli
