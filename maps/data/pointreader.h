#pragma once

#include "analysis/issue.h"
#include "maps/data/sourceaccess.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace CityAtlas {

// Where the points come from.
struct PointSourceOptions
{
    QString path;             // any GDAL vector dataset or table; a .zip holding one dataset is read inside it
    QString layer;            // empty: the first layer
    // Coordinate columns of a table. Both empty: the layer's point geometry, or for a table
    // without geometry the first column named lon, lng, longitude, x or 经度, and lat,
    // latitude, y or 纬度 (any case).
    QString xField, yField;
    // The points' coordinate reference system, as GDAL takes it ("EPSG:4326", WKT, PROJ);
    // empty: the layer's, and EPSG:4326 (longitude, latitude) for a table.
    QString crs;
    QStringList weightFields; // numeric fields to sum per unit
    SourceAccess access = SourceAccess::LocalOnly;
    // Only the features whose geometry's bounding box meets this rectangle (in the points' CRS;
    // a database applies it with its spatial index); null: all. Ignored for coordinate columns.
    QRectF bounds;
    // Only the rows this condition holds for (GDAL's attribute filter; SQL for a database).
    QString where;
};

// A row whose coordinates or weight cannot be used. Rows are numbered from 1 in reading order
// (the first row after a CSV's header is row 1); the rows of a database table by their key (FID).
struct PointProblem
{
    qint64 row = 0;
    QString field;            // the column at fault; empty for the geometry
    QString message;          // what is wrong, e.g. "'abc' is not a number"
    bool pointCounted = false; // a bad weight: the point is counted without that weight
};

// Points read from consecutive rows: in the points' coordinate reference system as read, in
// the target one after PointReader::transform().
struct PointBatch
{
    std::vector<double> x, y;
    std::vector<qint64> rows;
    std::vector<double> weights; // weightFields.size() per point, NaN where missing or not a number
    QList<PointProblem> problems; // in row order
    qint64 rowsRead = 0;          // the rows the batch took, with or without a usable point
    qint64 invalidRows = 0;       // rows without usable coordinates (not in x, y)
    double progress = -1.0;       // how far reading had come after this batch, 0…1 (estimated from
                                  // the file size for a CSV), or −1 when unknown

    int size() const { return int(x.size()); }
    void clear();
};

// Streams the points of a GDAL point layer, or of a table (CSV, XLSX, ODS ...) with coordinate
// columns, a batch at a time: however many rows the input has, only one batch is in memory.
// Coordinates and weights of a table are read from the text of its cells, so an empty cell or
// "abc" is a problem of that row, never 0. Geographic coordinates must lie within −180…180
// (longitude) and −90…90 (latitude). transform() moves a batch into the target coordinate
// reference system; it may run on another thread than read(), as aggregatePoints() does.
class PointReader
{
public:
    ~PointReader();
    PointReader(const PointReader &) = delete;
    PointReader &operator=(const PointReader &) = delete;

    // Opens the points; null with an error in *issues when the file, layer, a field or the CRS
    // cannot be used. Warnings (a layer without CRS taken as longitude/latitude) are added to
    // *issues as well.
    static std::unique_ptr<PointReader> open(const PointSourceOptions &options, IssueList *issues);

    // Reads the next rows, up to maxPoints usable points, into batch (cleared first); false
    // when no row was left.
    bool read(PointBatch &batch, int maxPoints);

    // The coordinate reference system transform() moves points into, as WKT (empty: WGS 84
    // longitude/latitude); false with *error when there is no transformation into it.
    bool setTargetCrs(const QString &crsWkt, QString *error);
    // Moves a batch from read() into the target CRS; points that cannot be moved leave it as
    // problems of their rows.
    void transform(PointBatch &batch) const;

    // The columns the coordinates come from; both empty when they come from the geometry.
    QString xField() const;
    QString yField() const;
    const QStringList &weightFields() const;
    // GDAL's warnings met while reading so far (the first few); ask once reading has ended.
    IssueList issues() const;

private:
    PointReader();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace CityAtlas
