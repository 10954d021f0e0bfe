#include "maps/data/postgisaggregation.h"

#include "maps/data/bundleddata.h"
#include "maps/data/gdalsession.h"
#include "maps/data/postgissource.h"
#include "maps/data/unitindex.h"

#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of PostgisAggregation.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PostgisAggregation)
};

// Runs SQL on the connection; the rows it returns (numbers as qint64 or double, text as
// QString, NULL as an invalid QVariant) into *rows. False with *error (the server's message).
bool execute(GDALDataset &db, const QString &sql, QString *error, QList<QVariantList> *rows = nullptr)
{
    GdalErrorCollector errors;
    CPLErrorReset();
    OGRLayer *result = db.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (result) {
        for (const auto &feature : *result) {
            QVariantList row;
            for (int i = 0; i < feature->GetFieldCount(); ++i) {
                if (!feature->IsFieldSetAndNotNull(i)) {
                    row << QVariant();
                    continue;
                }
                switch (feature->GetFieldDefnRef(i)->GetType()) {
                case OFTInteger:
                case OFTInteger64:
                    row << QVariant(qint64(feature->GetFieldAsInteger64(i)));
                    break;
                case OFTReal:
                    row << QVariant(feature->GetFieldAsDouble(i));
                    break;
                default:
                    row << QVariant(QString::fromUtf8(feature->GetFieldAsString(i)));
                }
            }
            if (rows)
                *rows << row;
        }
        db.ReleaseResultSet(result);
    }
    if (CPLGetLastErrorType() >= CE_Failure) {
        *error = errors.messages().join(u' ').simplified();
        return false;
    }
    return true;
}

// "name" as an SQL identifier.
QString identifier(const QString &name)
{
    return u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
}

// A GDAL layer name ("schema.table" or "table") as an SQL table reference.
QString tableReference(const QString &layerName)
{
    const qsizetype dot = layerName.indexOf(u'.');
    return dot < 0 ? identifier(layerName) : identifier(layerName.left(dot)) + u'.' + identifier(layerName.mid(dot + 1));
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

// SQL expressions over one row of the points table, columns prefixed by `alias.` (or not).
struct RowSql
{
    QString geometry;       // the geometry column
    QString point;          // the point: the geometry, or a multipoint's only point
    QString problem;        // 0 when the row has a usable point, else why not (as PointReader decides)
    QStringList weights;    // each weight as numeric, NULL when missing or not a finite number
    QString key;            // the row's key: its FID column, or ctid

    RowSql(const QString &alias, const QString &geometryColumn, const QString &fidColumn, bool geographic,
           const QStringList &weightColumns, const QList<bool> &weightIsReal)
    {
        const QString p = alias.isEmpty() ? QString() : alias + u'.';
        geometry = p + identifier(geometryColumn);
        const QString type = u"ST_GeometryType(%1)"_s.arg(geometry);
        point = u"(CASE WHEN %1 = 'ST_MultiPoint' THEN ST_GeometryN(%2, 1) ELSE %2 END)"_s.arg(type, geometry);
        const QString nonFinite = u"IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)"_s;
        problem = u"(CASE WHEN %1 IS NULL OR ST_IsEmpty(%1) THEN 1"
                  " WHEN %2 = 'ST_MultiPoint' AND ST_NumGeometries(%1) <> 1 THEN 2"
                  " WHEN %2 NOT IN ('ST_Point', 'ST_MultiPoint') THEN 3"
                  " WHEN ST_X(%3) %4 OR ST_Y(%3) %4 THEN 4"_s.arg(geometry, type, point, nonFinite);
        if (geographic)
            problem += u" WHEN NOT (ST_X(%1) BETWEEN -180 AND 180) THEN 5 WHEN NOT (ST_Y(%1) BETWEEN -90 AND 90) THEN 6"_s.arg(point);
        problem += u" ELSE 0 END)"_s;
        for (qsizetype w = 0; w < weightColumns.size(); ++w) {
            const QString column = p + identifier(weightColumns.at(w));
            weights << (weightIsReal.at(w) ? u"(CASE WHEN %1 %2 THEN NULL ELSE %1::numeric END)"_s.arg(column, nonFinite)
                                           : u"(%1::numeric)"_s.arg(column));
        }
        key = fidColumn.isEmpty() ? p + u"ctid"_s : p + identifier(fidColumn);
    }
};

// The one statement that counts and sums the points per unit. Rows: (0, unit, count, sums...)
// per unit holding points; one (1, NULL, usable points, NULLs, rows without a usable point,
// then per weight the usable points without it).
//
// units: the unit polygons as the local path read them (WKB); edges: their edges, lower end
// first as UnitIndex keeps them, each with its box widened by `tolerance`. A point farther
// than that from every edge is inside a unit exactly when PostGIS's ST_Intersects says so:
// those are found through the points' GiST index, unit by unit. The points near an edge (in its
// widened box and within twice the tolerance of its line; found through the same index from
// chunks of 16 edges) are placed by the half-open
// crossing rule itself, on the same doubles in the same order as UnitIndex::insideUnit: the
// edges crossing the point's horizontal line are found by joining on horizontal bands, as
// UnitIndex's grid rows (monotonic in y, so no edge is missed). A point in several units goes
// to the first (the smallest ord).
QString aggregationSql(const QString &table, const RowSql &row, const QList<QByteArray> &wkb, int srid, double tolerance,
                       const QRectF &bounds)
{
    QStringList values;
    for (qsizetype u = 0; u < wkb.size(); ++u)
        if (!wkb.at(u).isEmpty())
            values << u"(%1, '%2')"_s.arg(u).arg(QString::fromLatin1(wkb.at(u).toHex()));
    if (values.isEmpty())
        values << u"(-1, NULL)"_s;
    const qsizetype weightCount = row.weights.size();
    QStringList nearWeights, nearWeightsMin, insideWeights, sums, nulls, noCounts, missing;
    for (qsizetype w = 0; w < weightCount; ++w) {
        nearWeights << u"%1 AS w%2"_s.arg(row.weights.at(w)).arg(w);
        nearWeightsMin << u"min(n.w%1) AS w%1"_s.arg(w);
        insideWeights << u"min(w%1) AS w%1"_s.arg(w);
        // Every column named: GDAL keeps one field per name.
        sums << u"sum(w%1) AS s%1"_s.arg(w);
        nulls << u"NULL::numeric AS s%1"_s.arg(w);
        noCounts << u"NULL::bigint AS m%1"_s.arg(w);
        missing << u"count(*) FILTER (WHERE %1 = 0 AND %2 IS NULL) AS m%3"_s.arg(row.problem, row.weights.at(w)).arg(w);
    }
    auto list = [](const QStringList &items) { return items.isEmpty() ? QString() : u", "_s + items.join(u", "_s); };
    // Horizontal bands over the units' extent: band(y) is monotonic in y.
    constexpr int Bands = 4096;
    const double height = bounds.height() > 0 ? bounds.height() : 1.0;
    const QString band = u"least(%1, greatest(0, floor((%4 - (%2)) * %3)))::int"_s.arg(Bands - 1).arg(number(bounds.top()),
                                                                                                     number(Bands / height));
    QString sql = uR"(WITH units(ord, geom) AS MATERIALIZED (
  SELECT v.ord, ST_CollectionExtract(ST_SetSRID(ST_GeomFromWKB(decode(v.wkb, 'hex')), @SRID), 3)
  FROM (VALUES @VALUES) AS v(ord, wkb) WHERE v.wkb IS NOT NULL
),
edges AS MATERIALIZED (
  SELECT ord, ring, idx / 16 AS chunk,
         CASE WHEN y1 <= y2 THEN x1 ELSE x2 END AS xl, least(y1, y2) AS yl,
         CASE WHEN y1 <= y2 THEN x2 ELSE x1 END AS xh, greatest(y1, y2) AS yh,
         ST_Expand(ST_MakeEnvelope(least(x1, x2), least(y1, y2), greatest(x1, x2), greatest(y1, y2), @SRID), @TOL) AS box
  FROM (SELECT u.ord, s.path[1:array_length(s.path, 1) - 1] AS ring, s.path[array_length(s.path, 1)] AS idx,
               ST_X(ST_StartPoint(s.geom)) AS x1, ST_Y(ST_StartPoint(s.geom)) AS y1,
               ST_X(ST_EndPoint(s.geom)) AS x2, ST_Y(ST_EndPoint(s.geom)) AS y2
        FROM units u, ST_DumpSegments(u.geom) s) AS segments
),
chunks AS MATERIALIZED (
  SELECT ord, ring, chunk, ST_SetSRID(ST_Extent(box)::geometry, @SRID) AS box FROM edges GROUP BY ord, ring, chunk
),
candidates AS MATERIALIZED (
  SELECT c.ord, c.ring, c.chunk, k.* FROM chunks c CROSS JOIN LATERAL (
    SELECT @KEY AS pid, @GEOM AS geom, ST_X(@POINT) AS x, ST_Y(@POINT) AS y@NEARWEIGHTS
    FROM @TABLE p WHERE @GEOM && c.box AND @PROBLEM = 0 OFFSET 0) AS k
),
near AS MATERIALIZED (
  SELECT DISTINCT ON (k.pid) k.*
  FROM candidates k JOIN edges e ON e.ord = k.ord AND e.ring = k.ring AND e.chunk = k.chunk AND k.geom && e.box
  WHERE abs((e.xh - e.xl) * (k.y - e.yl) - (e.yh - e.yl) * (k.x - e.xl)) <= 2 * @TOL * sqrt((e.xh - e.xl) ^ 2 + (e.yh - e.yl) ^ 2)
),
bands AS MATERIALIZED (
  SELECT ord, xl, yl, xh, yh, generate_series(@BANDOF(yl), @BANDOF(yh)) AS band FROM edges WHERE yl < yh
),
crossed AS (
  SELECT min(ord) AS ord@INSIDEWEIGHTS FROM (
    SELECT n.pid, b.ord@MINNEAR FROM near n JOIN bands b ON b.band = @BANDOF(n.y)
    WHERE b.yl <= n.y AND n.y < b.yh AND (b.xh - b.xl) * (n.y - b.yl) - (b.yh - b.yl) * (n.x - b.xl) > 0
    GROUP BY n.pid, b.ord HAVING count(*) % 2 = 1) AS inside
  GROUP BY pid
),
located AS (
  SELECT min(h.ord) AS ord@INSIDEWEIGHTS FROM (
    SELECT u.ord, k.* FROM units u CROSS JOIN LATERAL (
      SELECT @KEY AS pid@NEARWEIGHTS FROM @TABLE p
      WHERE ST_Intersects(u.geom, @GEOM) AND @PROBLEM = 0 OFFSET 0) AS k) AS h
  WHERE NOT EXISTS (SELECT 1 FROM near n WHERE n.pid = h.pid)
  GROUP BY h.pid
  UNION ALL
  SELECT * FROM crossed
)
SELECT 0 AS kind, ord, count(*) AS n@SUMS, NULL::bigint AS invalid@NOCOUNTS
FROM located WHERE ord IS NOT NULL GROUP BY ord
UNION ALL
SELECT 1 AS kind, NULL AS ord, count(*) FILTER (WHERE @PROBLEM = 0) AS n@NULLS, count(*) FILTER (WHERE @PROBLEM <> 0) AS invalid@MISSING
FROM @TABLE p)"_s;
    // Placeholders replaced longest text last, so no replacement is scanned again.
    const QList<std::pair<QString, QString>> replacements{
        {u"@BANDOF(yl)"_s, QString(band).replace(u"%4"_s, u"yl"_s)},
        {u"@BANDOF(yh)"_s, QString(band).replace(u"%4"_s, u"yh"_s)},
        {u"@BANDOF(n.y)"_s, QString(band).replace(u"%4"_s, u"n.y"_s)},
        {u"@SRID"_s, QString::number(srid)},
        {u"@TOL"_s, number(tolerance)},
        {u"@KEY"_s, row.key},
        {u"@NEARWEIGHTS"_s, list(nearWeights)},
        {u"@MINNEAR"_s, list(nearWeightsMin)},
        {u"@INSIDEWEIGHTS"_s, list(insideWeights)},
        {u"@SUMS"_s, list(sums)},
        {u"@NOCOUNTS"_s, list(noCounts)},
        {u"@NULLS"_s, list(nulls)},
        {u"@MISSING"_s, list(missing)},
        {u"@TABLE"_s, table},
        {u"@POINT"_s, row.point},
        {u"@GEOM"_s, row.geometry},
        {u"@PROBLEM"_s, row.problem},
    };
    for (const auto &[key, value] : replacements)
        sql.replace(key, value);
    return sql.replace(u"@VALUES"_s, values.join(u",\n  "_s));
}

// Runs sql on db on a thread of its own; while it runs, cancellation through feedback cancels
// it on the server from a second connection (pg_cancel_backend).
bool executeCancellable(GDALDataset &db, const QString &connection, SourceAccess access, const QString &sql, Feedback *feedback,
                        QString *error, QList<QVariantList> *rows, bool *cancelled)
{
    *cancelled = false;
    QList<QVariantList> pid;
    if (!execute(db, u"SELECT pg_backend_pid()"_s, error, &pid) || pid.isEmpty())
        return false;
    std::atomic<bool> done{false};
    bool ok = false;
    QString threadError;
    std::thread worker([&] {
        ok = execute(db, sql, &threadError, rows);
        done = true;
    });
    while (!done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!*cancelled && feedback && feedback->isCanceled()) {
            *cancelled = true;
            QString ignored;
            if (GDALDatasetUniquePtr second = openVectorDataset(connection, access, &ignored))
                execute(*second, u"SELECT pg_cancel_backend(%1)"_s.arg(pid.first().first().toLongLong()), &ignored);
        }
    }
    worker.join();
    *error = threadError;
    return ok;
}

// The rows whose point or weights are problems, read as the local path reads them, for the
// first `listed` of them (in the order the table gives them).
QList<PointProblem> problemRows(const PointAggregationRequest &request, const RowSql &bare, int listed)
{
    PointSourceOptions options = request.points;
    QStringList usable{bare.problem + u" = 0"_s};
    for (const QString &w : bare.weights)
        usable << w + u" IS NOT NULL"_s;
    options.where = u"NOT (%1)"_s.arg(usable.join(u" AND "_s));
    QList<PointProblem> problems;
    IssueList ignored;
    const std::unique_ptr<PointReader> reader = PointReader::open(options, &ignored);
    PointBatch batch;
    while (reader && problems.size() < listed && reader->read(batch, 4096))
        for (const PointProblem &p : std::as_const(batch.problems))
            if (problems.size() < listed)
                problems << p;
    return problems;
}

} // namespace

PointAggregation aggregatePointsInDatabase(const PointAggregationRequest &request, Feedback *feedback)
{
    PointAggregation result;
    result.weightFields = request.points.weightFields;
    const QString &pointsPath = request.points.path;
    const QString unitsPath = request.unitsPath.isEmpty() ? BundledData::provincesPath() : request.unitsPath;
    QList<QByteArray> wkb;
    const UnitIndexResult units = UnitIndex::read(unitsPath, request.unitsLayer, request.keyField, request.points.access, feedback, &wkb);
    result.issues = units.issues;
    if (!units.index)
        return result;

    QString error;
    GDALDatasetUniquePtr db = openVectorDataset(pointsPath, request.points.access, &error);
    OGRLayer *layer = db ? findLayer(*db, pointsPath, request.points.layer, &error) : nullptr;
    if (!layer) {
        result.issues << Issue::error(error, pointsPath);
        return result;
    }

    // Whether the database can count: else why not.
    OGRSpatialReference unitsSrs;
    if (units.index->crsWkt().isEmpty())
        unitsSrs.importFromEPSG(4326);
    else
        unitsSrs.importFromWkt(units.index->crsWkt().toUtf8().constData());
    const OGRSpatialReference *pointsSrs = layer->GetSpatialRef();
    const bool hasGeometry = layer->GetLayerDefn()->GetGeomFieldCount() > 0 && request.points.xField.isEmpty()
        && request.points.yField.isEmpty();
    const char *const sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT", nullptr};
    const bool sameCrs = hasGeometry && request.points.crs.isEmpty() && pointsSrs && pointsSrs->IsSame(&unitsSrs, sameOptions);
    QString why;
    QStringList weightColumns;
    QList<bool> weightIsReal;
    for (const QString &field : request.points.weightFields) {
        const int index = layer->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
        const OGRFieldType type = index < 0 ? OFTString : layer->GetLayerDefn()->GetFieldDefn(index)->GetType();
        if (type != OFTInteger && type != OFTInteger64 && type != OFTReal && why.isEmpty())
            why = Tr::tr("the weight field '%1' is not a numeric column").arg(field);
        weightColumns << field;
        weightIsReal << (type == OFTReal);
    }
    if (!hasGeometry)
        why = Tr::tr("the points come from coordinate columns, not from the table's geometry");
    else if (!sameCrs)
        why = Tr::tr("the points' coordinate reference system is not the units'");
    else if (!request.uploadUnits && !PostgisSource::sameDatabase(unitsPath, pointsPath))
        why = Tr::tr("the units are not in this database; allow sending them to it (--upload-units) to count there");

    const QString geometryColumn = QString::fromUtf8(layer->GetGeometryColumn());
    const QString fidColumn = QString::fromUtf8(layer->GetFIDColumn());
    const QString table = tableReference(QString::fromUtf8(layer->GetName()));
    const bool geographic = pointsSrs && pointsSrs->IsGeographic();
    const RowSql row(u"p"_s, geometryColumn, fidColumn, geographic, weightColumns, weightIsReal);
    const RowSql bare(QString(), geometryColumn, fidColumn, geographic, weightColumns, weightIsReal);
    const QRectF bounds = units.index->bounds();
    const qsizetype weightCount = weightColumns.size();

    if (!why.isEmpty()) {
        // Streamed through the local path: within the units' box when the systems agree.
        PointSourceOptions options = request.points;
        const bool filtered = sameCrs && !bounds.isNull();
        if (filtered)
            options.bounds = bounds;
        PointAggregation local = aggregatePoints(*units.index, options, feedback, request.listedProblems);
        local.issues = result.issues + local.issues;
        local.notInDatabase = why;
        if (!filtered || !local.isValid())
            return local;
        // The rows the box left out, counted by the database: usable points outside every unit, or not usable.
        const QString box = u"ST_MakeEnvelope(%1, %2, %3, %4, ST_SRID(p.%5))"_s.arg(number(bounds.left()), number(bounds.top()),
                                                                                    number(bounds.right()), number(bounds.bottom()),
                                                                                    identifier(geometryColumn));
        QStringList missing;
        for (qsizetype w = 0; w < weightCount; ++w)
            missing << u"count(*) FILTER (WHERE %1 = 0 AND %2 IS NULL) AS m%3"_s.arg(row.problem, row.weights.at(w)).arg(w);
        QList<QVariantList> rows;
        const QString sql = u"SELECT count(*) FILTER (WHERE %1 = 0) AS usable, count(*) FILTER (WHERE %1 <> 0) AS invalid%2 FROM %3 p "
                            "WHERE NOT coalesce(%4 && %5, false)"_s
                                .arg(row.problem, missing.isEmpty() ? QString() : u", "_s + missing.join(u", "_s), table,
                                     row.geometry, box);
        if (!execute(*db, sql, &error, &rows) || rows.isEmpty() || rows.first().size() != 2 + weightCount) {
            local.issues << Issue::error(Tr::tr("%1: counting the rows outside the units' extent failed: %2").arg(pointsPath, error),
                                         pointsPath);
            return local;
        }
        const qint64 outside = rows.first().at(0).toLongLong(), invalid = rows.first().at(1).toLongLong();
        local.rowsRead += outside + invalid;
        local.points += outside;
        local.outside += outside;
        local.invalidRows += invalid;
        local.problemCount += invalid;
        for (qsizetype w = 0; w < weightCount; ++w) {
            const qint64 n = rows.first().at(2 + w).toLongLong();
            local.missingWeights[w] += n;
            local.problemCount += n;
        }
        return local;
    }

    // Counted in the database.
    QList<QVariantList> sridRows;
    if (!execute(*db, u"SELECT coalesce((SELECT ST_SRID(%1) FROM %2 WHERE %1 IS NOT NULL LIMIT 1), 0)"_s.arg(identifier(geometryColumn), table),
                 &error, &sridRows) || sridRows.isEmpty()) {
        result.issues << Issue::error(Tr::tr("%1: reading the points' SRID failed: %2").arg(pointsPath, error), pointsPath);
        return result;
    }
    const int srid = int(sridRows.first().first().toLongLong());
    // Session settings: memory for grouping the points, and (PostgreSQL 14 and later) ending the
    // statement when this client goes away (the command line interrupted).
    execute(*db, u"SET work_mem = '256MB'"_s, &error);
    execute(*db, u"SET jit = off"_s, &error); // compiling the statement costs more than it saves
    // The statement's own tables (CTEs) are joined by hashing, whatever the planner guesses of
    // their sizes; points are found for each unit or chunk of edges through the points' index
    // (LATERAL ... OFFSET 0: planned on their own, with the unit as a parameter).
    execute(*db, u"SET enable_nestloop = off"_s, &error);
    execute(*db, u"DO $$BEGIN IF current_setting('server_version_num')::int >= 140000 THEN "
                 "SET client_connection_check_interval = '1s'; END IF; END$$"_s, &error);
    const double extent = bounds.isNull() ? 1.0 : std::max({1.0, std::abs(bounds.left()), std::abs(bounds.right()),
                                                             std::abs(bounds.top()), std::abs(bounds.bottom())});
    const QString sql = aggregationSql(table, row, wkb, srid, 1e-9 * extent, bounds);
    QList<QVariantList> rows;
    bool cancelled = false;
    if (feedback)
        feedback->setProgress(-1.0);
    if (!executeCancellable(*db, pointsPath, request.points.access, sql, feedback, &error, &rows, &cancelled)) {
        result.issues << Issue::error(cancelled ? Tr::tr("%1: counting the points was cancelled").arg(pointsPath)
                                                : Tr::tr("%1: counting the points in the database failed: %2").arg(pointsPath, error),
                                      pointsPath);
        return result;
    }
    const int unitCount = units.index->unitCount();
    for (int u = 0; u < unitCount; ++u)
        result.units << UnitTotal{units.index->keys().at(u), 0, QList<double>(weightCount, 0.0)};
    qint64 inUnits = 0;
    result.missingWeights = QList<qint64>(weightCount, 0);
    for (const QVariantList &r : std::as_const(rows)) {
        if (r.size() != 4 + 2 * weightCount)
            continue;
        if (r.at(0).toLongLong() == 0) {
            const int u = int(r.at(1).toLongLong());
            if (u < 0 || u >= unitCount)
                continue;
            UnitTotal &total = result.units[u];
            total.count = r.at(2).toLongLong();
            inUnits += total.count;
            for (qsizetype w = 0; w < weightCount; ++w)
                total.sums[w] = r.at(3 + w).isValid() ? r.at(3 + w).toDouble() : 0.0;
        } else {
            result.points = r.at(2).toLongLong();
            result.invalidRows = r.at(3 + weightCount).toLongLong();
            for (qsizetype w = 0; w < weightCount; ++w)
                result.missingWeights[w] = r.at(4 + weightCount + w).toLongLong();
        }
    }
    result.rowsRead = result.points + result.invalidRows;
    result.outside = result.points - inUnits;
    result.problemCount = result.invalidRows;
    for (qint64 m : std::as_const(result.missingWeights))
        result.problemCount += m;
    if (result.problemCount > 0)
        result.problems = problemRows(request, bare, request.listedProblems);
    result.countedInDatabase = true;
    if (feedback)
        feedback->setProgress(100.0);
    return result;
}

} // namespace CityAtlas
