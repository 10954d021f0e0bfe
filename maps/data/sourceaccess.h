#pragma once

namespace CityAtlas {

// Whether reading a dataset may reach beyond this machine's files. LocalOnly (the default
// everywhere) opens only local files, and files inside local zip archives, in self-contained
// formats (SourceFormat::isSelfContained), and refuses every network request GDAL would make
// while opening them (a GeoJSON coordinate system named by URL). RemoteAllowed when the user
// allowed remote sources: GDAL /vsi paths, URLs, connection strings, VRT, GML and the like.
enum class SourceAccess { LocalOnly, RemoteAllowed };

} // namespace CityAtlas
