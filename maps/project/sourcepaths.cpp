#include "maps/project/sourcepaths.h"

#include "analysis/feedback.h"
#include "maps/data/bundleddata.h"
#include "maps/data/sourceformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas::SourcePaths {

// Messages of this file are translated in the context of SourcePaths.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::SourcePaths)
};
} // namespace

Kind classify(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Kind::Invalid;
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return Kind::Invalid;
    const QString p = path.trimmed();
    if (BundledData::isReference(p))
        return Kind::Bundled;
    // Judged after cleaning: "/./vsizip/...", "//vsizip/..." and "../../vsizip/..." are virtual paths too.
    return SourceFormat::isLocalPath(p) ? Kind::Local : Kind::Remote;
}

namespace {
// QDir::cleanPath keeps ".." above the root ("/../etc"); the parent of the root is the root.
QString cleanAbsolute(const QString &path)
{
    QString clean = QDir::cleanPath(path);
    while (clean.startsWith(u"/../"_s))
        clean.remove(0, 3);
    if (clean == u"/.."_s)
        clean = u"/"_s;
    return clean;
}
} // namespace

QString resolve(const QString &storedPath, const QString &projectDir)
{
    if (classify(storedPath) == Kind::Bundled)
        return BundledData::pathOf(storedPath.trimmed());
    if (classify(storedPath) != Kind::Local)
        return {};
    const QString path = QDir::fromNativeSeparators(storedPath);
    if (QDir::isAbsolutePath(path))
        return cleanAbsolute(path);
    return cleanAbsolute(projectDir + u'/' + path);
}

QString toStored(const QString &absolutePath, const QString &projectDir)
{
    if (const QString reference = BundledData::referenceOf(absolutePath); !reference.isEmpty())
        return reference;
    const QString clean = QDir::cleanPath(absolutePath);
    if (isOutside(clean, projectDir))
        return clean;
    return QDir(projectDir).relativeFilePath(clean);
}

bool isOutside(const QString &absolutePath, const QString &projectDir)
{
    const QString dir = QDir::cleanPath(projectDir);
    const QString clean = QDir::cleanPath(absolutePath);
    return !(clean.startsWith(dir + u'/') || (dir == u"/"_s && clean.startsWith(u'/')));
}

QString sha256(const QString &absolutePath, qint64 *size, QString *error, Feedback *feedback)
{
    const QFileInfo info(absolutePath);
    if (!info.exists()) {
        *error = Tr::tr("%1: no such file").arg(absolutePath);
        return {};
    }
    // QFileInfo::isFile() is true for regular files only (and links to them): reading a
    // device or a pipe named by a hostile project could block or never end.
    if (!info.isFile()) {
        *error = Tr::tr("%1: not a regular file; it is not read").arg(absolutePath);
        return {};
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot be read: %2").arg(absolutePath, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = file.size();
    QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 done = 0;;) {
        if (feedback && feedback->isCanceled()) {
            *error = Tr::tr("%1: the checksum was cancelled").arg(absolutePath);
            return {};
        }
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            *error = Tr::tr("%1: cannot be read: %2").arg(absolutePath, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
        done += n;
        if (feedback && total > 0)
            feedback->setProgress(100.0 * double(std::min(done, total)) / double(total));
    }
    if (size)
        *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace CityAtlas::SourcePaths
