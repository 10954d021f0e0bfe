#pragma once

#include <QByteArray>
#include <QString>

// Checks and reads for the files CityAtlas takes as input (layers, tables, projects, review
// tables, indicator systems, weights files). Only regular files are read: a folder, a named
// pipe (FIFO), a device or a socket is refused with a message saying which it is, without
// being opened, so that a reader never blocks on a pipe nor reads a device without end.
namespace CityAtlas::InputFile {

// Why path cannot be read as an input file ("PATH: no such file", "PATH is a named pipe
// (FIFO), not a regular file; ..."), or empty when it is a regular file (links are followed).
QString refusal(const QString &path);

// refusal() for a dataset that GDAL opens, and for the files beside it that GDAL may open
// with it (the same name with another extension: .dbf, .shx, .cpg, .prj, .csvt, -wal ...):
// none of them may be a pipe, device or socket.
QString datasetRefusal(const QString &path);

// The contents of a regular file of at most maxBytes; a null QByteArray with *error set
// (naming the file, what it is, or its size and the limit) otherwise. The file is opened
// without blocking and checked again on the open handle.
QByteArray read(const QString &path, qint64 maxBytes, QString *error);

// "PATH: 2.3 GB, larger than CityAtlas reads from such a file (256 MB); it is not read".
QString tooLarge(const QString &path, qint64 size, qint64 maxBytes);

// "2.3 GB", "512 MB": a size for messages.
QString sizeText(qint64 bytes);

} // namespace CityAtlas::InputFile
