#pragma once

#include "analysis/feedback.h"
#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/data/sourceaccess.h"

#include <memory>

namespace CityAtlas {

struct LoadResult
{
    std::unique_ptr<FeatureTable> table; // null when nothing could be read
    IssueList issues;                    // warnings about single features, or the error
    bool encodingUnknown = false;        // a Shapefile without .cpg or code page, with non-UTF-8 text
};

// Reads one layer of anything GDAL opens as vector data or a table (GeoPackage, Shapefile
// with its .cpg or a chosen encoding such as GBK, GeoJSON, KML, CSV with a .csvt, XLSX ...) into memory. Geometries are
// validated (invalid ones repaired with GEOS MakeValid, with a warning naming the feature)
// and projected into the China Albers equal-area projection.
class VectorReader
{
public:
    // layerName empty: the first layer. Cancelling through feedback yields no table and an issue.
    // encoding (e.g. "GBK"): the text encoding of a Shapefile that has no .cpg; empty: its
    // .cpg or code page, and when it has neither but text that is not UTF-8, a warning
    // saying the encoding is unknown (and encodingUnknown set).
    // access: whether the path may be remote or reach further (VRT ...); see SourceAccess.
    static LoadResult read(const QString &path, const QString &layerName = {}, Feedback *feedback = nullptr,
                           const QString &encoding = {}, SourceAccess access = SourceAccess::LocalOnly);
    // read() of a table whose cells must stay as typed ("00123", "1.50", "2022/02/02"): a
    // spreadsheet's cells as strings (GDAL's FIELD_TYPES=STRING; a cell Excel keeps as a date
    // or number comes as GDAL reads it), a CSV without type detection (a .csvt beside it still
    // types its columns).
    static LoadResult readAsText(const QString &path, const QString &layerName = {});
    // The encodings offered for such Shapefiles, most likely first for Chinese data.
    static QStringList shapefileEncodings();

    // "PATH:LAYER" → path and layer, when PATH exists on its own; otherwise the whole string is the path.
    // A PostgreSQL connection "PG:CONNECTION:schema.table" by PostgisSource::splitSpec (its password
    // is taken out and kept in memory).
    static std::pair<QString, QString> splitLayerSpec(const QString &spec);
    // A .zip archive holding one vector dataset (a GeoPackage, GeoJSON, FlatGeobuf, or a
    // Shapefile with its sidecars) as the GDAL path that reads it (/vsizip/ARCHIVE/FILE);
    // any other path comes back unchanged.
    static QString datasetInArchive(const QString &path);
};

} // namespace CityAtlas
