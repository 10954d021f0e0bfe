#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace CityAtlas {

// Writes a plain table (no geometry) through GDAL into a spreadsheet or database format
// chosen by the extension: .xlsx (Excel), .ods (OpenDocument), .gpkg. The file is written
// under a temporary name and renamed into place, so a failed write leaves no half file.
class TableWriter
{
public:
    static QStringList supportedSuffixes();

    // types: "String", "Integer" or "Real" per column. Returns an error message or nothing.
    static QString write(const QString &path, const QString &layerName, const QStringList &header,
                         const QStringList &types, const QList<QVariantList> &rows);
};

} // namespace CityAtlas
