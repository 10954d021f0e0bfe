#pragma once

#include "maps/data/sourceaccess.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace CityAtlas {

struct LayerInfo
{
    QString name;
    qint64 featureCount = 0;
    QString geometryType;                        // "Multi Polygon", "None" for tables
    QList<std::pair<QString, QString>> fields;   // name, GDAL type name ("String", "Real", ...)
    QRectF extent;                               // in the layer's own CRS; null for tables
    QString crsName;                             // e.g. "WGS 84"; empty when none
    QString crsAuthority;                        // e.g. "EPSG:4326"
};

struct DatasetInfo
{
    QString path;
    QString driver;                              // GDAL driver short name, e.g. "GPKG"
    QList<LayerInfo> layers;
    QString error;                               // non-empty when the file could not be read
};

// What a vector dataset or table holds, without loading its features: every layer, or the one
// named by PATH:LAYER (VectorReader::splitLayerSpec).
DatasetInfo describeDataset(const QString &spec, SourceAccess access = SourceAccess::LocalOnly);

} // namespace CityAtlas
