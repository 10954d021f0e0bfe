#pragma once

#include <QStringList>

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
// Those formats' GDAL driver names.
QStringList selfContainedDrivers();

// True when GDAL takes the path as a file on this machine: not a GDAL virtual path (/vsicurl/,
// /vsizip/ ..., however spelt: "/./vsizip/", "//vsizip/", "/VSIZIP/", a relative path climbing
// up to one), not a URL or driver connection string ("http:", "PG:", "CSV:file"; a Windows drive
// letter is fine), not an inline description ("<GDAL_WMS>", "{...}"). Judged from the text alone.
bool isLocalPath(const QString &path);

// The archive of a path inside a zip archive on this machine ("/vsizip/FOLDER/A.zip/MEMBER"),
// cleaned; empty for any other path (an archive that is itself a virtual path: /vsizip//vsicurl/...).
QString localZipArchive(const QString &path);

// Why GDAL may not open the path without remote access (SourceAccess::LocalOnly): a virtual
// path other than a local zip archive, a URL or connection string, or a file in a format that
// reads other files or the network (VRT, GML ...). Empty when it may be opened.
QString localOnlyRefusal(const QString &path);

// Why a local file that a project names is not opened from it ("FILE is in the GDAL format
// OGR_VRT, which can read other files or the network ...", or in no format GDAL knows), or
// empty when it may be. Plain .txt/.tsv tables may be.
QString projectRefusal(const QString &path);

} // namespace CityAtlas::SourceFormat
