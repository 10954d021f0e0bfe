#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace CityAtlas {

// Keeps an export from destroying what it was made from. Every command and dialog that writes
// a file asks check() first with the files it read: the output must not be one of them (by
// its real place: through symbolic links, "..", other spellings and hard links), nor a file
// read together with one of them (FILE.csvt next to a CSV, the .dbf/.shx/.prj/.cpg of a
// Shapefile, the -wal/-shm/-journal of a SQLite database), and an export never replaces a
// SQLite database (a CityAtlas project, a GeoPackage) that happens to be in its way.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::OutputGuard)

public:
    // Why `output` must not be written, or an empty string. Inputs are dataset paths as the
    // user gives them: PATH, PATH:LAYER, or a /vsizip/ path into an archive; empty ones are skipped.
    static QString check(const QString &output, const QStringList &inputs);
    // check() for each output in turn, also refusing two outputs that are the same file.
    static QString check(const QStringList &outputs, const QStringList &inputs);
    // check() without the rule about SQLite databases: for writing a project over another
    // project the user chose to replace (Save As), never over its own layers.
    static QString inputConflict(const QString &output, const QStringList &inputs);

    // The file a dataset path reads on disk: PATH of PATH:LAYER, the archive of a /vsizip/ path.
    static QString fileOf(const QString &datasetPath);
    // The absolute path a file has, or would have once written: symbolic links and ".." resolved,
    // also for a file that does not exist yet (its folder is resolved).
    static QString resolved(const QString &path);
    // The files read together with a dataset file, the file itself first (names; they need not exist).
    static QStringList companions(const QString &file);
    // Whether the file begins as every SQLite database does.
    static bool isSqliteDatabase(const QString &path);
};

} // namespace CityAtlas
