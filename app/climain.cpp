#include "app/clianalysis.h"
#include "app/clifigure.h"
#include "app/clicommands.h"
#include "app/clievaluate.h"
#include "app/cliproject.h"
#include "app/clireport.h"
#include "app/localization.h"

#include <QDir>
#include <QFile>
#include <QApplication>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
        "Usage: cityatlas-cli [--lang en|zh_CN] COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  info PATH [--json]          layers, features, fields, extent and CRS of a dataset\n"
        "  datasets [--json]           the bundled datasets and where they are installed\n"
        "  map [options] --out FILE    draw a choropleth map (PNG, SVG, PDF); see 'map --help'\n"
        "  analyze inequality|density|moran|lisa|gistar [options]\n"
        "                              regional imbalance and spatial statistics; see 'analyze moran --help'\n"
        "  figure NAME --out FILE      draw one of the paper's figures (PNG, SVG, PDF); see 'figure --list'\n"
        "  evaluate [options]          composite smart-city index, ranks and rank intervals; see 'evaluate --help'\n"
        "  project new|info|verify|relocate FILE\n"
        "                              a project file: layers with checksums, analyses, review records; see 'project --help'\n"
        "  review import|summary|export|audit FILE\n"
        "                              smart-city top-level design coverage review; see 'review --help'\n"
        "  report FILE [--name NAME] --out FILE\n"
        "                              a saved report (or the default one) as PDF or HTML; see 'report --help'\n"
        "\n"
        "  --version                   print the version\n");
}

// Qt wants a private runtime directory and warns on stderr when XDG_RUNTIME_DIR is unset
// (as under cron or in CI); give it one quietly so that stderr carries only our messages.
void useRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + u"/cityatlas-runtime-"_s + QString::number(getuid());
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
}

// Pulls "--lang X" (or --lang=X) out of the arguments.
QString takeLanguage(QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--lang"_s && i + 1 < args.size()) {
            const QString lang = args[i + 1];
            args.remove(i, 2);
            return lang;
        }
        if (args[i].startsWith(u"--lang="_s)) {
            const QString lang = args[i].mid(7);
            args.remove(i);
            return lang;
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless by design: no display or X server is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    useRuntimeDirectory();
    QApplication app(argc, argv); // QtCharts (figure) needs a QApplication
    QCoreApplication::setApplicationName(u"cityatlas-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYATLAS_VERSION));

    QStringList args = app.arguments().mid(1);
    CityAtlas::installTranslators(app, takeLanguage(args));
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s) {
        QTextStream(args.isEmpty() ? stderr : stdout) << usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version"_s || args.first() == u"-v"_s) {
        QTextStream(stdout) << "cityatlas-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == u"info"_s)
        return CityAtlas::Cli::info(args);
    if (command == u"datasets"_s)
        return CityAtlas::Cli::datasets(args);
    if (command == u"map"_s)
        return CityAtlas::Cli::map(args);
    if (command == u"analyze"_s)
        return CityAtlas::Cli::analyze(args);
    if (command == u"figure"_s)
        return CityAtlas::Cli::figure(args);
    if (command == u"evaluate"_s)
        return CityAtlas::Cli::evaluate(args);
    if (command == u"project"_s)
        return CityAtlas::Cli::project(args);
    if (command == u"review"_s)
        return CityAtlas::Cli::review(args);
    if (command == u"report"_s)
        return CityAtlas::Cli::report(args);
    QTextStream(stderr) << "cityatlas-cli: " << QCoreApplication::translate("main", "unknown command '%1'").arg(command)
                        << "\n" << usage();
    return 2;
}
