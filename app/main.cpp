#include "app/localization.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"CityAtlas"_s);
    QApplication::setOrganizationName(u"CityAtlas"_s);
    QApplication::setApplicationVersion(QStringLiteral(CITYATLAS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Analyst workbench for smart-city analysis in China."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("main", "Interface language (en, zh_CN)."), u"language"_s);
    parser.addOption(lang);
    parser.addPositionalArgument(u"layer"_s, QCoreApplication::translate("main", "A vector layer to open (PATH or PATH:LAYER)."));
    parser.process(app);
    // --lang wins over the language chosen in the settings; neither: the system locale.
    CityAtlas::installTranslators(app, parser.isSet(lang) ? parser.value(lang) : QSettings().value(u"language"_s).toString());

    CityAtlas::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        if (files.isEmpty())
            window.loadDefaultMap();
        else if (files.first().endsWith(u".cityatlas"_s, Qt::CaseInsensitive))
            window.openProject(files.first());
        else
            window.openLayer(files.first());
    });
    return app.exec();
}
