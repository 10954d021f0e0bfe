#include "maps/report/reportprovenance.h"

#include "maps/data/bundleddata.h"
#include "maps/data/evaluationrun.h"
#include "maps/project/sourcepaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr int MaxSourceLength = 220;

QString plain(QString text)
{
    text.remove(u'`');
    text.remove(u"**"_s);
    text = text.simplified();
    if (text.size() > MaxSourceLength)
        text = text.left(MaxSourceLength - 1).trimmed() + u'…';
    return text;
}

QStringList readLines(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

// The cells of a Markdown table row, without the outer bars.
QStringList cells(const QString &line)
{
    QString row = line.trimmed();
    if (!row.startsWith(u'|'))
        return {};
    row = row.mid(1);
    if (row.endsWith(u'|'))
        row.chop(1);
    QStringList list = row.split(u'|');
    for (QString &cell : list)
        cell = cell.trimmed();
    return list;
}

// "| Source | ... |" of a record: the value of the first row whose key starts with key.
QString recordValue(const QStringList &lines, const QString &key)
{
    for (const QString &line : lines) {
        const QStringList row = cells(line);
        if (row.size() >= 2 && row[0].startsWith(key, Qt::CaseInsensitive))
            return plain(row[1]);
    }
    return {};
}

// The record next to a file: NAME.md for NAME.csv, NAME.gpkg and NAME.gpkg.zip, else the
// folder's README.md.
QString recordPath(const QFileInfo &info)
{
    const QString own = info.dir().filePath(info.fileName().section(u'.', 0, 0) + u".md"_s);
    if (QFileInfo::exists(own))
        return own;
    const QString readme = info.dir().filePath(u"README.md"_s);
    return QFileInfo::exists(readme) ? readme : QString();
}

} // namespace

QString ReportProvenance::currentTime()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString ReportProvenance::version() const
{
    return tr("CityAtlas %1").arg(QCoreApplication::applicationVersion());
}

DatasetRecord ReportProvenance::describe(const QString &path)
{
    // Inside a zip archive, the archive is the file: "/vsizip//abs/NAME.zip/..." is absolute,
    // "/vsizip/rel/NAME.zip/..." relative to the working directory, as GDAL reads them.
    const QFileInfo info(BundledData::fileOnDisk(path));
    DatasetRecord r;
    r.path = QDir::cleanPath(info.absoluteFilePath());
    r.fileName = info.fileName();
    // Files of the user's (a project's layers, the project itself) are named by their path.
    const QString bundledFolder = QDir::cleanPath(QFileInfo(BundledData::directory()).absoluteFilePath());
    r.title = r.path.startsWith(bundledFolder + u'/') ? r.fileName : r.path;
    r.sha256 = SourcePaths::sha256(r.path, &r.sizeBytes, &r.error);
    const QString record = recordPath(info);
    const QStringList lines = readLines(record);
    if (QFileInfo(record).fileName() != u"README.md"_s && !lines.isEmpty() && lines.first().startsWith(u"# "_s)) {
        const QString heading = lines.first().mid(2);
        const qsizetype dash = heading.indexOf(u" — "_s);
        r.title = plain(dash >= 0 ? heading.mid(dash + 3) : heading);
    }
    r.source = recordValue(lines, u"Source"_s);
    r.licence = recordValue(lines, u"Licen"_s);
    // The datasets' README has a row per file or group of files (File | What | Rows | Source |
    // Licence | ...), naming them in backquotes, with wildcards: `paper/*.csv`.
    const QDir datasets(BundledData::directory());
    const QString relative = datasets.relativeFilePath(r.path);
    static const QRegularExpression quoted(u"`([^`]+)`"_s);
    for (const QString &line : readLines(datasets.filePath(u"README.md"_s))) {
        const QStringList row = cells(line);
        if (row.size() < 5)
            continue;
        bool matches = false;
        for (auto it = quoted.globalMatch(row[0]); it.hasNext() && !matches;) {
            const QString name = it.next().captured(1).section(u' ', 0, 0);
            const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(name));
            matches = pattern.match(relative).hasMatch() || pattern.match(r.fileName).hasMatch();
        }
        if (!matches)
            continue;
        if (r.source.isEmpty())
            r.source = plain(row[3]);
        if (r.licence.isEmpty())
            r.licence = plain(row[4]);
        break;
    }
    if (r.source.isEmpty())
        r.source = record.isEmpty() ? tr("not a bundled dataset (no provenance record)") : tr("see %1").arg(QFileInfo(record).fileName());
    if (r.licence.isEmpty())
        r.licence = tr("not stated");
    static const QRegularExpression sampleWord(u"\\bsample\\b"_s, QRegularExpression::CaseInsensitiveOption);
    r.sample = EvaluationRun::isSampleTable(r.path) || sampleWord.match(lines.value(0)).hasMatch();
    return r;
}

void ReportProvenance::addDataset(const QString &path)
{
    DatasetRecord record = describe(path);
    for (const DatasetRecord &r : m_datasets)
        if (r.path == record.path)
            return;
    m_datasets.append(std::move(record));
}

void ReportProvenance::addMethod(const QString &method)
{
    if (!method.isEmpty() && !m_methods.contains(method))
        m_methods.append(method);
}

QString ReportProvenance::datasetLine(const DatasetRecord &r) const
{
    const QString checksum = r.sha256.isEmpty() ? tr("SHA-256 unavailable: %1").arg(r.error) : tr("SHA-256 %1").arg(r.sha256);
    const QString line = tr("%1 (%2). Source: %3. Licence: %4. %5").arg(r.fileName, r.title, r.source, r.licence, checksum);
    return r.sample ? tr("[sample] %1").arg(line) : line;
}

} // namespace CityAtlas
