#pragma once

#include <QString>

namespace CityAtlas::SourceFormat {

// The short name of the GDAL driver that would open a local file as vector data ("GPKG",
// "ESRI Shapefile", "VRT" ...), identified from its name and first bytes without opening it;
// empty when no driver recognises it.
QString driverOf(const QString &path);

// True for formats whose data is all in the file and its sidecars, so that reading one never
// opens other files or the network: GeoPackage, Shapefile, GeoJSON, CSV, XLSX, ODS,
// FlatGeobuf, KML, GPX. False for VRT (which names other files, URLs and /vsi paths),
// GML (which may download its schema), SQLite/SpatiaLite (virtual tables over other files),
// MapInfo (seamless tables name others), WMS/WFS descriptions and everything unknown.
bool isSelfContained(const QString &driver);

// Why a local file that a project names is not opened from it ("FILE is in the GDAL format
// OGR_VRT, which can read other files or the network ...", or in no format GDAL knows), or
// empty when it may be. Plain .txt/.tsv tables may be.
QString projectRefusal(const QString &path);

} // namespace CityAtlas::SourceFormat
