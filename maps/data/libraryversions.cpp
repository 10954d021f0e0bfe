#include "maps/data/libraryversions.h"

#include <gdal.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace CityAtlas::LibraryVersions {

QString gdal() { return QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")); }
QString sqlite() { return QString::fromLatin1(sqlite3_libversion()); }
QString qt() { return QString::fromLatin1(qVersion()); }

} // namespace CityAtlas::LibraryVersions
