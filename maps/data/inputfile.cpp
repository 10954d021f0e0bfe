#include "maps/data/inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace CityAtlas::InputFile {

// Messages of this file are translated in the context of InputFile.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::InputFile)
};
} // namespace

namespace {

#ifdef Q_OS_UNIX
// What a file that is not a regular one is, from its mode.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Tr::tr("a folder");
    if (S_ISFIFO(mode))
        return Tr::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device");
    return Tr::tr("not a file");
}
#endif

QString notRegular(const QString &path, const QString &kind)
{
    return Tr::tr("%1 is %2, not a regular file; CityAtlas reads only regular files").arg(path, kind);
}

// Empty for a regular file; else what the path is (a folder, a pipe ...), or "" when missing.
std::optional<QString> nonRegularKind(const QString &path, bool *exists)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *exists = false;
        return std::nullopt;
    }
    *exists = true;
    if (S_ISREG(st.st_mode))
        return std::nullopt;
    return kindOf(st.st_mode);
#else
    const QFileInfo info(path);
    *exists = info.exists();
    if (!*exists || info.isFile())
        return std::nullopt;
    return info.isDir() ? Tr::tr("a folder") : Tr::tr("not a file");
#endif
}

} // namespace

QString refusal(const QString &path)
{
    bool exists = false;
    const std::optional<QString> kind = nonRegularKind(path, &exists);
    if (!exists)
        return Tr::tr("%1: no such file").arg(path);
    return kind ? notRegular(path, *kind) : QString();
}

QString datasetRefusal(const QString &path)
{
    if (QString why = refusal(path); !why.isEmpty())
        return why;
    const QFileInfo info(path);
    // GDAL opens sidecars by name (x.shp → x.shx, x.dbf, x.cpg; x.csv → x.csvt; x.gpkg → x.gpkg-wal).
    const QString stem = info.completeBaseName() + u'.', own = info.fileName() + u'-';
    QDirIterator it(info.absolutePath(), QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (name == info.fileName() || (!name.startsWith(stem) && !name.startsWith(own)))
            continue;
        bool exists = false;
        const std::optional<QString> kind = nonRegularKind(it.filePath(), &exists);
        // A folder beside the file is never read as a sidecar, and opening one cannot block.
        if (exists && kind && !it.fileInfo().isDir())
            return Tr::tr("%1: %2 beside it is %3, which would be read with it; CityAtlas reads only regular files")
                .arg(path, name, *kind);
    }
    return {};
}

QByteArray read(const QString &path, qint64 maxBytes, QString *error)
{
    if (QString why = refusal(path); !why.isEmpty()) {
        *error = why;
        return {};
    }
    const auto refuseSize = [&](qint64 size) {
        *error = tooLarge(path, size, maxBytes);
        return QByteArray();
    };
    QFile file;
#ifdef Q_OS_UNIX
    // Non-blocking, so that a pipe put in the file's place after the check cannot block the open.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = Tr::tr("%1: cannot be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        *error = Tr::tr("%1: cannot be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return {};
    }
    if (!S_ISREG(st.st_mode)) {
        *error = notRegular(path, kindOf(st.st_mode));
        ::close(fd);
        return {};
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = Tr::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return {};
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return {};
    }
#endif
    if (file.size() > maxBytes)
        return refuseSize(file.size());
    // The file may grow while it is read: never more than the limit.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return refuseSize(bytes.size());
    if (file.error() != QFileDevice::NoError) {
        *error = Tr::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    if (bytes.isNull())
        bytes = QByteArray(""); // empty, not null: null means an error
    return bytes;
}

QString tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return Tr::tr("%1: %2, larger than CityAtlas reads from such a file (%3); it is not read")
        .arg(path, sizeText(size), sizeText(maxBytes));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024LL * 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace CityAtlas::InputFile
