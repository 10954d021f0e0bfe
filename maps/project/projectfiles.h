#pragma once

#include <QString>
#include <QStringList>

namespace CityAtlas::ProjectFiles {

// The files of one SQLite project on disk: the file itself and its write-ahead log and
// shared-memory index (FILE-wal, FILE-shm), which belong to it and to no other file.
QStringList withSidecars(const QString &path);
void remove(const QString &path);        // the file and its sidecars
void removeSidecars(const QString &path); // a log left there must not replay onto a new file

// FILE.cityatlas → FILE.cityatlas.recovery: the copy written every few minutes while there
// are unsaved changes.
QString recoveryPath(const QString &projectPath);
// True when a recovery copy exists and is newer than the project: offer to recover it.
bool shouldOfferRecovery(const QString &projectPath);
// Replaces the project with its recovery copy; the project as saved is kept as
// FILE.cityatlas.before-recovery. An error message, or empty.
QString adoptRecovery(const QString &projectPath);
QString beforeRecoveryPath(const QString &projectPath);

// Copies from → to through QSaveFile: the target is either the old file or the new one.
// An error message, or empty.
QString copyAtomically(const QString &from, const QString &to);

} // namespace CityAtlas::ProjectFiles
