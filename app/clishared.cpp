#include "app/clishared.h"
#include "app/jsontext.h"

#include "analysis/runtimeprofiler.h"

#include "maps/data/bundleddata.h"
#include "maps/data/tablejoin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {

int fail(const QString &message)
{
    QTextStream(stderr) << "cityatlas-cli: " << message << Qt::endl;
    return 1;
}

void printWarnings(const IssueList &issues)
{
    QTextStream err(stderr);
    for (const Issue &issue : issues)
        if (issue.severity != Issue::Severity::Error)
            err << "cityatlas-cli: " << CliText::tr("warning: %1").arg(issue.message) << Qt::endl;
}

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

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
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

SourceAccess sourceAccess(const QCommandLineParser &parser)
{
    return parser.isSet(u"allow-remote"_s) ? SourceAccess::RemoteAllowed : SourceAccess::LocalOnly;
}

LoadResult loadData(const QCommandLineParser &parser)
{
    const QString spec = parser.value(u"data"_s);
    LoadResult loaded = spec.isEmpty() ? BundledData::loadProvinceMap()
                                       : [&] {
                                             const auto [path, layer] = VectorReader::splitLayerSpec(spec);
                                             return VectorReader::read(path, layer, nullptr, {}, sourceAccess(parser));
                                         }();
    if (loaded.table && !parser.isSet(u"join"_s) && (parser.isSet(u"join-pivot"_s) || parser.isSet(u"join-periods"_s))) {
        loaded.table.reset();
        loaded.issues << Issue::error(CliText::tr("--join-pivot and --join-periods need --join TABLE"));
        return loaded;
    }
    if (!loaded.table || !parser.isSet(u"join"_s))
        return loaded;
    if (parser.isSet(u"join-periods"_s) && !parser.isSet(u"join-pivot"_s)) {
        loaded.table.reset();
        loaded.issues << Issue::error(CliText::tr("--join-periods needs --join-pivot FIELD (the field holding the periods)"));
        return loaded;
    }
    const QString keyOption = parser.value(u"key"_s);
    if (keyOption.isEmpty()) {
        loaded.table.reset();
        loaded.issues << Issue::error(CliText::tr("--join needs --key FIELD or DATAFIELD:TABLEFIELD"));
        return loaded;
    }
    const QStringList keys = keyOption.split(u':');
    const auto [tablePath, tableLayer] = VectorReader::splitLayerSpec(parser.value(u"join"_s));
    const LoadResult table = VectorReader::read(tablePath, tableLayer, nullptr, {}, sourceAccess(parser));
    loaded.issues << table.issues;
    if (!table.table) {
        loaded.table.reset();
        return loaded;
    }
    JoinSpec join(keys.first(), keys.last(), JoinMatch::Auto);
    join.pivotField = parser.value(u"join-pivot"_s);
    for (const QString &period : parser.value(u"join-periods"_s).split(u',', Qt::SkipEmptyParts))
        join.pivotValues << period.trimmed();
    const JoinReport report = timed(u"join"_s, [&] { return TableJoin::apply(*loaded.table, *table.table, join); });
    if (!report.ok()) {
        loaded.table.reset();
        loaded.issues << Issue::error(report.error, tablePath);
        return loaded;
    }
    loaded.issues << report.ambiguityIssues(tablePath);
    if (!report.unmatchedTableRows.isEmpty()) {
        QStringList keysText;
        for (const JoinKeyRow &k : report.unmatchedTableRows)
            keysText << k.key;
        loaded.issues << Issue::warning(CliText::tr("%1: %2 row(s) matched no unit: %3")
                                            .arg(tablePath).arg(report.unmatchedTableRows.size()).arg(keysText.join(u", "_s)),
                                        tablePath);
    }
    return loaded;
}

QStringList dataInputs(const QCommandLineParser &parser)
{
    QStringList inputs;
    if (parser.isSet(u"data"_s))
        inputs << parser.value(u"data"_s);
    else
        inputs << BundledData::provinceMapFiles();
    if (parser.isSet(u"join"_s))
        inputs << parser.value(u"join"_s);
    return inputs;
}

QString dataSourceNote(const QCommandLineParser &parser)
{
    const QString data = parser.value(u"data"_s);
    QString note = data.isEmpty() ? QFileInfo(BundledData::provincesPath()).fileName()
                                  : QFileInfo(VectorReader::splitLayerSpec(data).first).fileName();
    if (parser.isSet(u"join"_s))
        note += u" + "_s + QFileInfo(VectorReader::splitLayerSpec(parser.value(u"join"_s)).first).fileName();
    return note;
}

QString writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return CliText::tr("%1: cannot write: %2").arg(path, file.errorString());
    QTextStream out(&file);
    auto writeRow = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out << quoted.join(u',') << '\n';
    };
    writeRow(header);
    for (const QStringList &row : rows)
        writeRow(row);
    out.flush();
    return file.commit() ? QString() : CliText::tr("%1: cannot write: %2").arg(path, file.errorString());
}

void printJson(const QJsonObject &object)
{
    const ProfileScope writing(u"write"_s);
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void printJson(const QJsonObject &root, const QString &key, const JsonRecords &records)
{
    const ProfileScope writing(u"write"_s);
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        writeJson(out, root, key, records);
}

} // namespace CityAtlas::Cli
