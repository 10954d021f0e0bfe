#include "app/clicommand.h"
#include "app/localization.h"

#include <QDir>
#include <QFile>
#include <QApplication>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

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
    if (args.value(0) == u"--version"_s || args.value(0) == u"-v"_s) {
        QTextStream(stdout) << "cityatlas-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    return CityAtlas::Cli::runCommand(CityAtlas::Cli::commandTable(), args);
}
