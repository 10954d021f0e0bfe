#pragma once

#include <QString>

namespace CityAtlas::LibraryVersions {

// The versions of the libraries CityAtlas runs with, for the About dialog and reports.
QString gdal();   // "3.6.2" (the library loaded, not the headers built against)
QString sqlite(); // "3.40.1"
QString qt();     // "6.4.2"

} // namespace CityAtlas::LibraryVersions
