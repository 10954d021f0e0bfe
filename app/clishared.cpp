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

namespace {
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}
} // namespace

QString padRight(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - displayWidth(text)), u' ');
}

QString padLeft(const QString &text, int columns)
{
    return QString(std::max(0, columns - displayWidth(text)), u' ') + text;
}

LoadResult loadData(const QString &pathAndLayer)
{
    if (pathAndLayer.isEmpty())
        return BundledData::loadProvinceMap();
    const auto [path, layer] = VectorReader::splitLayerSpec(pathAndLayer);
    return VectorReader::read(path, layer);
}

} // namespace CityAtlas::Cli
