#include "app/clicommand.h"

#include "analysis/runtimeprofiler.h"
#include "app/clishared.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

constexpr int LineWidth = 80;
constexpr int NameColumns = 24; // the names column of the lists in a help text

bool isWide(QChar c) { return displayWidth(QString(c)) == 2; }

// Breaks text into lines of at most width columns: at spaces, or after a CJK character.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    for (QString rest : text.split(u'\n')) {
        while (displayWidth(rest) > width) {
            int columns = 0, cut = -1;
            for (int i = 0; i < rest.size() && columns + displayWidth(rest.mid(i, 1)) <= width; ++i) {
                columns += displayWidth(rest.mid(i, 1));
                if (rest[i] == u' ')
                    cut = i;
                else if (isWide(rest[i]))
                    cut = i + 1;
            }
            if (cut <= 0)
                cut = rest.indexOf(u' ', width); // a word longer than the line stays whole
            if (cut <= 0)
                break;
            lines << rest.left(cut).trimmed();
            rest = rest.mid(cut).trimmed();
        }
        lines << rest;
    }
    return lines;
}

// "  name        text", the text wrapped and aligned; a long name puts the text on the next line.
QString listEntry(const QString &name, const QString &text)
{
    const QString indent(NameColumns + 2, u' ');
    QString entry = u"  "_s + name;
    if (displayWidth(name) + 2 > NameColumns)
        entry += u'\n' + indent;
    else
        entry = padRight(entry, NameColumns + 2);
    return entry + wrapped(text, LineWidth - NameColumns - 2).join(u'\n' + indent) + u'\n';
}

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
    return names.join(u", "_s) + (option.valueName().isEmpty() ? QString() : u" <"_s + option.valueName() + u'>');
}

QCommandLineOption helpOption()
{
    return {{u"h"_s, u"help"_s}, CliText::tr("Show this help.")};
}

QString argumentSyntax(const CommandArgument &argument)
{
    return argument.syntax.isEmpty() ? argument.name.toUpper() : argument.syntax;
}

// How a sub-command is listed in its parent's help: "analyze inequality|density|...", "info path".
QString synopsis(const Command &command)
{
    QStringList parts{command.name};
    if (!command.subcommands.isEmpty()) {
        QStringList names;
        for (const Command &sub : command.subcommands)
            names << sub.name;
        parts << names.join(u'|');
    }
    for (const CommandArgument &argument : command.arguments)
        parts << argumentSyntax(argument);
    return parts.join(u' ');
}

QStringList names(const QList<Command> &commands)
{
    QStringList list;
    for (const Command &command : commands)
        list << command.name;
    return list;
}

// A mistake in how the program was called: the message on stderr, exit code 2.
int usageError(const QString &message)
{
    fail(message);
    return 2;
}

} // namespace

QString helpText(const Command &command, const QString &path)
{
    const bool parent = !command.subcommands.isEmpty();
    QStringList usage{path};
    if (!command.options.isEmpty() || !parent)
        usage << CliText::tr("[options]");
    if (parent)
        usage << CliText::tr("COMMAND ...");
    for (const CommandArgument &argument : command.arguments)
        usage << argumentSyntax(argument);
    QString text = CliText::tr("Usage: %1").arg(usage.join(u' ')) + u'\n';
    text += wrapped(command.description.isEmpty() ? command.summary : command.description, LineWidth).join(u'\n') + u'\n';
    if (parent) {
        text += u'\n' + CliText::tr("Commands:") + u'\n';
        for (const Command &sub : command.subcommands)
            text += listEntry(synopsis(sub), sub.summary);
    }
    if (!command.arguments.isEmpty()) {
        text += u'\n' + CliText::tr("Arguments:") + u'\n';
        for (const CommandArgument &argument : command.arguments)
            text += listEntry(argumentSyntax(argument), argument.description);
    }
    text += u'\n' + CliText::tr("Options:") + u'\n';
    for (const QCommandLineOption &option : command.options + QList<QCommandLineOption>{helpOption()})
        text += listEntry(optionNames(option), option.description());
    if (parent)
        text += u'\n' + CliText::tr("'%1 COMMAND --help' shows the options of a command.").arg(path) + u'\n';
    return text;
}

int runCommand(const Command &command, const QStringList &arguments, const QString &path)
{
    const QString calledAs = path.isEmpty() ? command.name : path;
    if (!command.subcommands.isEmpty()) {
        const QString name = arguments.value(0);
        if (name == u"--help"_s || name == u"-h"_s) {
            QTextStream(stdout) << helpText(command, calledAs);
            return 0;
        }
        if (name.isEmpty()) {
            QTextStream(stderr) << helpText(command, calledAs);
            return 2;
        }
        for (const Command &sub : command.subcommands)
            if (sub.name == name)
                return runCommand(sub, arguments.mid(1), calledAs + u' ' + sub.name);
        const QString message = CliText::tr("unknown command '%1' (commands: %2)")
                                    .arg(name, names(command.subcommands).join(u", "_s));
        const QString where = calledAs.section(u' ', 1); // "analyze", or empty at the top
        return usageError(where.isEmpty() ? message : where + u": "_s + message);
    }
    QCommandLineParser parser;
    parser.addOptions(command.options);
    parser.addOption(helpOption());
    for (const CommandArgument &argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description, argumentSyntax(argument));
    if (!parser.parse(QStringList{calledAs} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << helpText(command, calledAs);
        return 0;
    }
    const int exitCode = command.run(parser);
    if (parser.optionNames().contains(u"timings"_s))
        QTextStream(stderr) << QJsonDocument(QJsonObject{{u"timings"_s, RuntimeProfiler::instance().toJson()}})
                                   .toJson(QJsonDocument::Compact)
                            << Qt::endl;
    return exitCode;
}

} // namespace CityAtlas::Cli
