#include "app/clishared.h"

#include "maps/data/bundleddata.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {

int fail(const QString &message)
{
    QTextStream(stderr) << "cityatlas-cli: " << message << Qt::endl;
    return 1;
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"cityatlas-cli "_s + command} + arguments)) {
        fail(parser.errorText());
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

LoadResult loadData(const QString &pathAndLayer)
{
    if (pathAndLayer.isEmpty())
        return BundledData::loadProvinceMap();
    const auto [path, layer] = VectorReader::splitLayerSpec(pathAndLayer);
    return VectorReader::read(path, layer);
}

} // namespace CityAtlas::Cli
