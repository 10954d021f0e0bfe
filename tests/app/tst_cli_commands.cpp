// cityatlas-cli's command table as a user meets it: the usage lists every command with a
// summary, every command and sub-command answers --help with its options, and a wrong
// command or sub-command is refused (exit 2) with the valid names.
#include "tests/app/clirunner.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

// The commands and sub-commands of cityatlas-cli, each with options that its --help must list
// (options the handlers read).
const QList<std::pair<QStringList, QStringList>> Leaves{
    {{u"info"_s}, {u"--json"_s, u"--allow-remote"_s}},
    {{u"datasets"_s}, {u"--json"_s}},
    {{u"map"_s}, {u"--default"_s, u"--field"_s, u"--method"_s, u"--breaks"_s, u"--out"_s, u"--data"_s, u"--join"_s, u"--key"_s}},
    {{u"analyze"_s, u"inequality"_s}, {u"--value"_s, u"--weight"_s, u"--group"_s, u"--lorenz"_s, u"--out"_s, u"--json"_s}},
    {{u"analyze"_s, u"density"_s}, {u"--value"_s, u"--population"_s, u"--area"_s, u"--base"_s, u"--out"_s}},
    {{u"analyze"_s, u"moran"_s}, {u"--field"_s, u"--weights"_s, u"--isolates"_s, u"--permutations"_s, u"--seed"_s}},
    {{u"analyze"_s, u"lisa"_s}, {u"--field"_s, u"--weights"_s, u"--alpha"_s, u"--fdr"_s, u"--map"_s}},
    {{u"analyze"_s, u"gistar"_s}, {u"--field"_s, u"--weights"_s, u"--alpha"_s, u"--save-weights"_s}},
    {{u"aggregate"_s, u"points"_s}, {u"--points"_s, u"--crs"_s, u"--to"_s, u"--key"_s, u"--weight"_s, u"--json"_s, u"--out"_s}},
    {{u"aggregate"_s, u"names"_s}, {u"--list"_s, u"--field"_s, u"--level"_s, u"--json"_s, u"--out"_s}},
    {{u"figure"_s}, {u"--list"_s, u"--data"_s, u"--out"_s, u"--width"_s, u"--dpi"_s}},
    {{u"evaluate"_s}, {u"--indicators"_s, u"--system"_s, u"--weights"_s, u"--normalise"_s, u"--aggregate"_s, u"--mc"_s}},
    {{u"project"_s, u"new"_s}, {u"--layer"_s, u"--embed"_s, u"--title"_s}},
    {{u"project"_s, u"info"_s}, {u"--json"_s}},
    {{u"project"_s, u"verify"_s}, {u"--json"_s}},
    {{u"project"_s, u"relocate"_s}, {u"--allow-remote"_s}},
    {{u"review"_s, u"import"_s}, {u"--reviewer"_s}},
    {{u"review"_s, u"summary"_s}, {u"--json"_s}},
    {{u"review"_s, u"export"_s}, {u"--all"_s}},
    {{u"review"_s, u"audit"_s}, {u"--json"_s, u"--out"_s}},
    {{u"report"_s}, {u"--name"_s, u"--template"_s, u"--list"_s, u"--out"_s}},
};

const QStringList Commands{u"info"_s, u"datasets"_s, u"map"_s, u"analyze"_s, u"aggregate"_s, u"figure"_s,
                           u"evaluate"_s, u"project"_s, u"review"_s, u"report"_s};
const QStringList Analyses{u"inequality"_s, u"density"_s, u"moran"_s, u"lisa"_s, u"gistar"_s};

// The "Commands:" list of a help text: name -> the rest of its entry (synopsis and summary).
QMap<QString, QString> commandList(const QString &help)
{
    QMap<QString, QString> entries;
    const QStringList lines = help.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0).split(u'\n');
    QString current;
    for (const QString &line : lines) {
        if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)) {
            current = line.mid(2).section(u' ', 0, 0);
            entries[current] = line.mid(2 + current.size()).simplified();
        } else if (!current.isEmpty()) {
            entries[current] += u' ' + line.simplified();
        }
    }
    return entries;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void usageListsEveryCommandWithItsSummary()
    {
        const Run r = runCli({u"--lang"_s, u"en"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        const QMap<QString, QString> entries = commandList(r.out);
        QStringList expected = Commands;
        expected.sort();
        QCOMPARE(QStringList(entries.keys()), expected);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) // the synopsis, then a sentence
            QVERIFY2(it.value().contains(QRegularExpression(u"(^| )\\p{Lu}.{10,}[.?]$"_s)), qPrintable(it.key() + u": "_s + it.value()));
        QVERIFY(entries[u"analyze"_s].contains(u"inequality|density|moran|lisa|gistar"_s));
        QVERIFY(entries[u"map"_s].contains(u"Draw a choropleth map to PNG, SVG or PDF."_s));
        for (const QString &option : {u"--lang"_s, u"--version"_s, u"--help"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));

        // Without a command: the same usage, on stderr, exit 2.
        const Run none = runCli({u"--lang"_s, u"en"_s});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.err, r.out);
    }

    void analyzeHelpListsTheAnalyses()
    {
        const Run r = runCli({u"--lang"_s, u"en"_s, u"analyze"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        const QMap<QString, QString> entries = commandList(r.out);
        QCOMPARE(entries.size(), Analyses.size());
        for (const QString &analysis : Analyses)
            QVERIFY2(entries.value(analysis).size() > 10, qPrintable(analysis)); // a summary
        QVERIFY(entries[u"gistar"_s].contains(u"Getis–Ord Gi*"_s));
    }

    void everyCommandAnswersHelpWithItsOptions_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("options");
        for (const auto &[command, options] : Leaves)
            QTest::newRow(qPrintable(command.join(u' '))) << command << options;
        QTest::newRow("project") << QStringList{u"project"_s} << QStringList{};
        QTest::newRow("review") << QStringList{u"review"_s} << QStringList{};
    }
    void everyCommandAnswersHelpWithItsOptions()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, options);
        for (const QString &help : {u"--help"_s, u"-h"_s}) {
            const Run r = runCli(QStringList{u"--lang"_s, u"en"_s} + command + QStringList{help});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QVERIFY2(r.out.startsWith(u"Usage: cityatlas-cli "_s + command.join(u' ')), qPrintable(r.out));
            QVERIFY2(r.out.contains(u"\nOptions:\n"_s), qPrintable(r.out));
            for (const QString &option : options + QStringList{u"--help"_s})
                QVERIFY2(r.out.contains(QRegularExpression(QRegularExpression::escape(option) + u"\\b(?!-)"_s)),
                         qPrintable(option + u" in\n"_s + r.out));
        }
    }

    void parentsListTheirSubcommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("subcommands");
        QTest::newRow("analyze") << u"analyze"_s << Analyses;
        QTest::newRow("project") << u"project"_s << QStringList{u"new"_s, u"info"_s, u"verify"_s, u"relocate"_s};
        QTest::newRow("review") << u"review"_s << QStringList{u"import"_s, u"summary"_s, u"export"_s, u"audit"_s};
    }
    void parentsListTheirSubcommands()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, subcommands);
        const Run help = runCli({u"--lang"_s, u"en"_s, command, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QStringList listed = commandList(help.out).keys();
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), QSet<QString>(subcommands.cbegin(), subcommands.cend()));

        // An unknown sub-command: exit 2 and every valid one named.
        const Run unknown = runCli({u"--lang"_s, u"en"_s, command, u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith(u"cityatlas-cli: "_s + command + u": unknown command 'frobnicate'"_s), qPrintable(unknown.err));
        for (const QString &sub : subcommands)
            QVERIFY2(unknown.err.contains(sub), qPrintable(sub));
        QVERIFY(unknown.out.isEmpty());

        // No sub-command: the command's help on stderr, exit 2.
        const Run none = runCli({u"--lang"_s, u"en"_s, command});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.err, help.out);
    }

    void unknownCommandNamesTheCommands()
    {
        const Run r = runCli({u"--lang"_s, u"en"_s, u"paint"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"cityatlas-cli: unknown command 'paint'"_s), qPrintable(r.err));
        for (const QString &command : Commands)
            QVERIFY2(r.err.contains(command), qPrintable(command));
    }

    void unknownOptionIsAUsageError()
    {
        const Run r = runCli({u"--lang"_s, u"en"_s, u"analyze"_s, u"moran"_s, u"--colour"_s, u"red"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"cityatlas-cli: "_s) && r.err.contains(u"colour"_s), qPrintable(r.err));
    }

    void helpInChinese()
    {
        // Summaries and option texts that translations/cityatlas_zh_CN.ts translates
        // ("Draw a choropleth map to PNG, SVG or PDF.", "Print JSON.").
        const Run usage = runCli({u"--lang"_s, u"zh_CN"_s, u"--help"_s});
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.contains(u"绘制分级设色图，输出为 PNG、SVG 或 PDF。"_s), qPrintable(usage.out));
        QVERIFY(!usage.out.contains(u"Draw a choropleth map"_s));
        QCOMPARE(commandList(QString(usage.out).replace(u"命令：\n"_s, u"Commands:\n"_s)).size(), Commands.size());

        const Run info = runCli({u"--lang"_s, u"zh_CN"_s, u"info"_s, u"--help"_s});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(u"以 JSON 格式输出。"_s), qPrintable(info.out));
        QVERIFY(!info.out.contains(u"Print JSON."_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
