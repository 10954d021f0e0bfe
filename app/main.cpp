#include "app/localization.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <functional>

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
    parser.addPositionalArgument(u"layer"_s, QCoreApplication::translate("main", "Vector layers to open (PATH or PATH:LAYER), the last one on top."));
    parser.process(app);
    // --lang wins over the language chosen in the settings; neither: the system locale.
    CityAtlas::installTranslators(app, parser.isSet(lang) ? parser.value(lang) : QSettings().value(u"language"_s).toString());

    CityAtlas::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // Several layers: opened in turn, each drawn over the ones before it.
    std::function<void(int)> openFrom = [&window, &files, &openFrom](int i) {
        if (i < files.size())
            window.openLayer(files[i], {}, [&openFrom, i] { openFrom(i + 1); });
    };
    QTimer::singleShot(0, &window, [&window, &files, &openFrom] {
        if (files.isEmpty())
            window.loadDefaultMap();
        else if (files.first().endsWith(u".cityatlas"_s, Qt::CaseInsensitive))
            window.openProject(files.first());
        else
            openFrom(0);
    });
    return app.exec();
}
