#include "maps/project/projectfiles.h"

#include "maps/project/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace CityAtlas::ProjectFiles {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ProjectFiles)
};

} // namespace

QStringList withSidecars(const QString &path)
{
    return {path, path + u"-wal"_s, path + u"-shm"_s};
}

void remove(const QString &path)
{
    for (const QString &file : withSidecars(path))
        QFile::remove(file);
}

void removeSidecars(const QString &path)
{
    for (const QString &file : withSidecars(path).mid(1))
        QFile::remove(file);
}

QString recoveryPath(const QString &projectPath)
{
    return projectPath + u".recovery"_s;
}

QString beforeRecoveryPath(const QString &projectPath)
{
    return projectPath + u".before-recovery"_s;
}

bool shouldOfferRecovery(const QString &projectPath)
{
    const QFileInfo recovery(recoveryPath(projectPath));
    const QFileInfo project(projectPath);
    return recovery.isFile() && (!project.exists() || recovery.lastModified() > project.lastModified());
}

QString copyAtomically(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Text::tr("cannot read %1: %2").arg(from, in.errorString());
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(to, out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Text::tr("cannot write %1: %2").arg(to, out.errorString());
        }
    }
    if (!out.commit())
        return Text::tr("cannot write %1: %2").arg(to, out.errorString());
    return {};
}

QString adoptRecovery(const QString &projectPath)
{
    const QString recovery = recoveryPath(projectPath);
    if (QFileInfo::exists(projectPath)) {
        {
            // Opening and closing folds a leftover write-ahead log into the file, so that no
            // log of the old file is applied to the recovered one.
            auto opened = ProjectStore::open(projectPath);
        }
        if (const QString error = copyAtomically(projectPath, beforeRecoveryPath(projectPath)); !error.isEmpty())
            return error;
        removeSidecars(projectPath);
    }
    if (const QString error = copyAtomically(recovery, projectPath); !error.isEmpty())
        return error;
    remove(recovery);
    return {};
}

} // namespace CityAtlas::ProjectFiles
