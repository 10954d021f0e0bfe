#pragma once

#include <QString>

namespace CityAtlas {
class Feedback;
}

namespace CityAtlas::SourcePaths {

enum class Kind {
    Local,   // a path on this machine
    Remote,  // GDAL virtual file systems (/vsicurl/, /vsizip/ ...), URLs, driver connection
             // strings ("PG:", "WFS:", "CSV:file"), inline XML descriptions ("<GDAL_WMS>")
    Invalid, // empty, or with control characters
    Bundled, // "bundled:NAME", a dataset shipped with CityAtlas (BundledData::referenceOf)
};

// What a stored layer path is, without touching the file system.
Kind classify(const QString &path);

// The absolute, cleaned local path of a stored path: relative paths are taken from the
// project's folder; a bundled dataset's path where this CityAtlas keeps it. Empty for others.
QString resolve(const QString &storedPath, const QString &projectDir);

// How to store a local file's path: a bundled dataset by its reference (it moves with
// CityAtlas), a file inside the project's folder relative to it (so that the folder can
// move), else absolute.
QString toStored(const QString &absolutePath, const QString &projectDir);

// True when a resolved path is not inside the project's folder.
bool isOutside(const QString &absolutePath, const QString &projectDir);

// Hex SHA-256 of a regular file, streamed; empty with *error set when it cannot be read or
// the feedback cancels it (progress in percent of the file). Directories, devices and pipes
// are refused without being opened.
QString sha256(const QString &absolutePath, qint64 *size, QString *error, Feedback *feedback = nullptr);

} // namespace CityAtlas::SourcePaths
