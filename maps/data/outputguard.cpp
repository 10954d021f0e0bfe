#include "maps/data/outputguard.h"

#include "maps/data/bundleddata.h"
#include "maps/data/vectorreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

QString resolvedAt(const QString &path, int depth)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink() && depth < 16) // a link to a file not written yet: where the link points
        return resolvedAt(info.symLinkTarget(), depth + 1);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    const QFileInfo cleaned(absolute);
    if (cleaned.absolutePath() == absolute) // the root
        return absolute;
    return QDir(resolvedAt(cleaned.absolutePath(), depth + 1)).filePath(cleaned.fileName());
}

// Same file by its place on the disk (hard links, bind mounts); false when either is missing.
bool sameFile(const QString &a, const QString &b)
{
    std::error_code code;
    return std::filesystem::equivalent(std::filesystem::path(a.toStdString()), std::filesystem::path(b.toStdString()), code)
        && !code;
}

} // namespace

QString OutputGuard::fileOf(const QString &datasetPath)
{
    if (datasetPath.trimmed().isEmpty())
        return {};
    return BundledData::fileOnDisk(VectorReader::splitLayerSpec(datasetPath).first);
}

QString OutputGuard::resolved(const QString &path)
{
    return path.isEmpty() ? QString() : resolvedAt(path, 0);
}

QStringList OutputGuard::companions(const QString &file)
{
    const QFileInfo info(file);
    const QString base = info.dir().filePath(info.completeBaseName()) + u'.';
    QStringList names{file};
    for (const char *suffix : {"-wal", "-shm", "-journal", ".aux.xml", ".xml"})
        names << file + QLatin1StringView(suffix);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s)
        for (const char *ext : {"csvt", "prj"})
            names << base + QLatin1StringView(ext);
    if (suffix == u"shp"_s || suffix == u"shx"_s || suffix == u"dbf"_s)
        for (const char *ext : {"shp", "shx", "dbf", "prj", "cpg", "qix", "sbn", "sbx", "qpj"})
            names << base + QLatin1StringView(ext);
    names.removeDuplicates();
    return names;
}

bool OutputGuard::isSqliteDatabase(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString OutputGuard::check(const QString &output, const QStringList &inputs)
{
    if (const QString conflict = inputConflict(output, inputs); !conflict.isEmpty())
        return conflict;
    if (QFileInfo::exists(output) && isSqliteDatabase(output))
        return tr("%1: is a SQLite database (a CityAtlas project or a GeoPackage); an export never replaces one. "
                  "Choose another output file").arg(output);
    return {};
}

QString OutputGuard::inputConflict(const QString &output, const QStringList &inputs)
{
    if (output.trimmed().isEmpty())
        return tr("no output file given");
    const QFileInfo info(output);
    if (info.exists() && info.isDir())
        return tr("%1: is a folder; give a file name to write").arg(output);
    const QString out = resolved(output);
    for (const QString &input : inputs) {
        const QString file = fileOf(input);
        if (file.isEmpty())
            continue;
        const QString in = resolved(file);
        if (out == in || (info.exists() && sameFile(output, file)))
            return QFileInfo(output).absoluteFilePath() == QFileInfo(file).absoluteFilePath()
                ? tr("%1: is the input %2; writing there would destroy it. Choose another output file").arg(output, input)
                : tr("%1: is the same file as the input %2 (%3); writing there would destroy it. Choose another output file")
                      .arg(output, input, in);
        const QFileInfo inInfo(in);
        const QFileInfo outInfo(out);
        const QStringList related = companions(in).mid(1);
        for (const QString &companion : related)
            if (outInfo.absolutePath() == inInfo.absolutePath()
                && outInfo.fileName().compare(QFileInfo(companion).fileName(), Qt::CaseInsensitive) == 0)
                return tr("%1: is read together with the input %2; writing there would change that input. Choose another output file")
                    .arg(output, input);
    }
    return {};
}

QString OutputGuard::check(const QStringList &outputs, const QStringList &inputs)
{
    QStringList seen;
    for (const QString &output : outputs) {
        if (output.isEmpty())
            continue;
        if (const QString problem = check(output, inputs); !problem.isEmpty())
            return problem;
        const QString out = resolved(output);
        for (const QString &earlier : seen)
            if (resolved(earlier) == out || sameFile(earlier, output))
                return tr("%1 and %2 are the same file; give each output its own name").arg(earlier, output);
        seen << output;
    }
    return {};
}

} // namespace CityAtlas
