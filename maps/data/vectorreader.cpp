#include "maps/data/vectorreader.h"

#include "maps/data/gdalsession.h"
#include "maps/data/postgissource.h"
#include "maps/data/geosoperations.h"
#include "maps/data/mapprojection.h"
#include "maps/data/quickvalidity.h"
#include "analysis/runtimeprofiler.h"

#include <algorithm>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QObject>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of VectorReader.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::VectorReader)
};
} // namespace

namespace {

FieldType fieldTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return FieldType::Integer;
    case OFTReal:
        return FieldType::Real;
    case OFTString:
        return FieldType::String;
    case OFTDate:
    case OFTDateTime:
        return FieldType::Date;
    default:
        return FieldType::Other;
    }
}

QVariant valueOf(OGRFeature &feature, int index, OGRFieldType type)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return QVariant::fromValue(qlonglong(feature.GetFieldAsInteger64(index)));
    case OFTReal:
        return feature.GetFieldAsDouble(index);
    case OFTDate:
    case OFTDateTime: {
        int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
        float s = 0;
        feature.GetFieldAsDateTime(index, &y, &m, &d, &h, &min, &s, &tz);
        return QDate(y, m, d);
    }
    default:
        return QString::fromUtf8(feature.GetFieldAsString(index));
    }
}

// Owns the two transformations a layer needs: source CRS → WGS 84 (lon/lat order) and
// WGS 84 → the China Albers projection.
class LayerProjector
{
public:
    bool init(const OGRSpatialReference *source, QString *error)
    {
        m_wgs84.SetWellKnownGeogCS("WGS84");
        m_wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_albers.importFromProj4(MapProjection::proj4().toUtf8().constData());
        m_albers.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (source) {
            m_source.reset(source->Clone());
            m_source->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        }
        // Data already in WGS 84 longitude/latitude (or without a CRS, taken as such) need no first step.
        if (m_source && !m_source->IsSame(&m_wgs84)) {
            m_toLonLat.reset(OGRCreateCoordinateTransformation(m_source.get(), &m_wgs84));
            if (!m_toLonLat) {
                *error = Tr::tr("its coordinate reference system cannot be transformed to WGS 84");
                return false;
            }
        }
        m_toMap.reset(OGRCreateCoordinateTransformation(&m_wgs84, &m_albers));
        if (!m_toMap) {
            *error = Tr::tr("the China Albers projection is not available (PROJ data missing?)");
            return false;
        }
        return true;
    }

    bool toLonLat(OGRGeometry &g) const { return !m_toLonLat || g.transform(m_toLonLat.get()) == OGRERR_NONE; }
    bool toMap(OGRGeometry &g) const { return g.transform(m_toMap.get()) == OGRERR_NONE; }

private:
    struct SrsRelease { void operator()(OGRSpatialReference *s) const { s->Release(); } };
    OGRSpatialReference m_wgs84;
    OGRSpatialReference m_albers;
    std::unique_ptr<OGRSpatialReference, SrsRelease> m_source;
    std::unique_ptr<OGRCoordinateTransformation> m_toLonLat;
    std::unique_ptr<OGRCoordinateTransformation> m_toMap;
};

void appendRing(GeometryBlock &block, const OGRSimpleCurve &ring)
{
    const int n = ring.getNumPoints();
    if (n == 0)
        return;
    for (int i = 0; i < n; ++i)
        block.points.emplace_back(ring.getX(i), ring.getY(i));
    block.ringEnds.push_back(quint32(block.points.size()));
}

// Appends the rings of a (projected) geometry to a block; returns the kind of geometry met.
GeometryKind appendGeometry(GeometryBlock &block, const OGRGeometry &g)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
        appendRing(block, *g.toLineString());
        return GeometryKind::Line;
    case wkbPolygon:
        for (const OGRLinearRing *ring : *g.toPolygon())
            appendRing(block, *ring);
        return GeometryKind::Polygon;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        GeometryKind kind = GeometryKind::None;
        for (const OGRGeometry *part : *g.toGeometryCollection())
            kind = std::max(kind, appendGeometry(block, *part));
        return kind;
    }
    default:
        if (g.hasCurveGeometry()) {
            std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
            return linear ? appendGeometry(block, *linear) : GeometryKind::None;
        }
        return GeometryKind::None;
    }
}

// A Shapefile whose .dbf text is recoded by GDAL neither from a .cpg nor from a code page.
bool hasUnknownEncoding(OGRLayer &layer)
{
    const char *source = layer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
    return source && *source == '\0' && !layer.TestCapability(OLCStringsAsUTF8);
}

// The seconds each phase of a load took, for --timings (RuntimeProfiler): reading features and
// their attributes, validating, projecting, and shaping (paths, centroids, areas, label points).
// Phases run on several threads are summed over the threads.
struct PhaseSeconds
{
    enum Phase { Read, Validate, Project, Shape, Count };
    double seconds[Count] = {};

    void add(const PhaseSeconds &other)
    {
        for (int phase = 0; phase < Count; ++phase)
            seconds[phase] += other.seconds[phase];
    }
    void record() const
    {
        static const char *const names[Count] = {"read", "validate", "project", "shape"};
        for (int phase = 0; phase < Count; ++phase)
            RuntimeProfiler::instance().add(QString::fromLatin1(names[phase]), seconds[phase]);
    }
};

// Turns a layer's source geometries into FeatureGeometry: validated (repaired where invalid),
// projected, with rings (in its chunk's GeometryBlock), bounds, area, centroid and label point.
// One per thread: it owns its coordinate transformations and GEOS context, neither of which may be
// shared between threads.
class GeometryConverter
{
public:
    GeometryConverter(const QString &path, const QString &layer) : m_path(path), m_layer(layer) {}

    bool init(const OGRSpatialReference *source, QString *error) { return m_projector.init(source, error); }

    // g is transformed in place (or replaced by its repair) and stays with the caller, to be freed on
    // the thread that read it: a free into another thread's malloc arena waits for that arena's lock.
    // Its rings go to the end of block.
    FeatureGeometry convert(std::unique_ptr<OGRGeometry> &g, qint64 row, GeometryBlock &block, IssueList &issues,
                            PhaseSeconds &phases)
    {
        PhaseClock clock;
        double *seconds = phases.seconds;
        FeatureGeometry out;
        if (!g || g->IsEmpty())
            return out;
        GdalErrorCollector validity; // GEOS explains what is invalid through GDAL's error handler
        // The quick proof first, then GEOS's check; OGR's own check, for its explanation, only on invalid ones.
        if (!QuickValidity::provesValid(*g) && !m_geos.isValid(*g).value_or(false) && !g->IsValid()) {
            std::unique_ptr<OGRGeometry> repaired(g->MakeValid());
            const QString reason = validity.lastMessage().isEmpty() ? Tr::tr("invalid geometry") : validity.lastMessage();
            Issue issue = Issue::warning(
                repaired ? Tr::tr("%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)")
                               .arg(m_path, m_layer).arg(row).arg(reason)
                         : Tr::tr("%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped")
                               .arg(m_path, m_layer).arg(row).arg(reason),
                m_path);
            issue.row = row;
            issue.layer = m_layer;
            issues << issue;
            if (!repaired)
                return out;
            g = std::move(repaired);
        }
        seconds[PhaseSeconds::Validate] += clock.lap();
        const bool lonLatOk = m_projector.toLonLat(*g);
        seconds[PhaseSeconds::Project] += clock.lap();
        if (lonLatOk)
            if (const std::optional<QPointF> centroid = m_geos.centroid(*g))
                out.centroidLonLat = *centroid;
        seconds[PhaseSeconds::Shape] += clock.lap();
        const bool projected = lonLatOk && m_projector.toMap(*g);
        seconds[PhaseSeconds::Project] += clock.lap();
        if (!projected) {
            Issue issue = Issue::warning(
                Tr::tr("%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped")
                    .arg(m_path, m_layer).arg(row), m_path);
            issue.row = row;
            issue.layer = m_layer;
            issues << issue;
            return FeatureGeometry();
        }
        out.firstRing = quint32(block.ringEnds.size());
        out.kind = appendGeometry(block, *g);
        out.ringCount = quint32(block.ringEnds.size()) - out.firstRing;
        OGREnvelope envelope;
        g->getEnvelope(&envelope);
        out.bounds = QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
        if (out.kind == GeometryKind::Polygon)
            out.areaKm2 = OGR_G_Area(OGRGeometry::ToHandle(g.get())) / 1.0e6;
        out.labelPoint = m_geos.pointOnSurface(*g).value_or(out.bounds.center());
        seconds[PhaseSeconds::Shape] += clock.lap();
        return out;
    }

private:
    QString m_path;
    QString m_layer;
    LayerProjector m_projector;
    GeosOperations m_geos;
};

// Consecutive features of a layer: read on the loading thread, their geometries converted on
// whichever thread takes the chunk.
struct FeatureChunk
{
    qint64 firstRow = 0;
    std::vector<QVariantList> values;
    std::vector<std::unique_ptr<OGRGeometry>> sources;
    std::vector<FeatureGeometry> geometries;
    IssueList issues;
    PhaseSeconds phases;
    std::atomic<bool> converted = false;

    void convert(GeometryConverter &converter)
    {
        auto block = std::make_shared<GeometryBlock>();
        geometries.resize(sources.size());
        for (size_t i = 0; i < sources.size(); ++i)
            geometries[i] = converter.convert(sources[i], firstRow + qint64(i), *block, issues, phases);
        block->points.shrink_to_fit();
        for (FeatureGeometry &g : geometries)
            if (g.ringCount > 0)
                g.block = block;
        converted.store(true, std::memory_order_release);
    }
    // Once converted, moves the rows into the table with their issues and phase times, and frees
    // the rest (the source geometries on the reading thread: see GeometryConverter::convert).
    bool moveInto(FeatureTable &table, bool withGeometry, IssueList &allIssues, PhaseSeconds &allPhases)
    {
        if (!converted.load(std::memory_order_acquire))
            return false;
        for (size_t i = 0; i < values.size(); ++i)
            table.appendRow(std::move(values[i]), withGeometry ? std::move(geometries[i]) : FeatureGeometry());
        allIssues << issues;
        allPhases.add(phases);
        std::vector<QVariantList>().swap(values);
        std::vector<std::unique_ptr<OGRGeometry>>().swap(sources);
        std::vector<FeatureGeometry>().swap(geometries);
        return true;
    }
};

// Chunks waiting for their geometries, taken by the converting threads in order.
class ChunkQueue
{
public:
    void push(FeatureChunk *chunk)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_waiting.push_back(chunk);
        }
        m_ready.notify_one();
    }
    // The next chunk; null once finish() was called and none is left (waits until then).
    FeatureChunk *take(bool wait = true)
    {
        std::unique_lock lock(m_mutex);
        if (wait)
            m_ready.wait(lock, [this] { return !m_waiting.empty() || m_finished; });
        if (m_waiting.empty())
            return nullptr;
        FeatureChunk *chunk = m_waiting.front();
        m_waiting.pop_front();
        return chunk;
    }
    size_t waiting() const
    {
        const std::lock_guard lock(m_mutex);
        return m_waiting.size();
    }
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_ready.notify_all();
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<FeatureChunk *> m_waiting;
    bool m_finished = false;
};

class LayerLoader
{
public:
    LayerLoader(const QString &path, OGRLayer &layer, Feedback *feedback, bool checkEncoding)
        : m_path(path), m_layer(layer), m_feedback(feedback), m_checkEncoding(checkEncoding) {}

    LoadResult load()
    {
        LoadResult result;
        auto table = std::make_unique<FeatureTable>(QString::fromUtf8(m_layer.GetName()), m_path);
        OGRFeatureDefn *defn = m_layer.GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            const OGRFieldDefn *f = defn->GetFieldDefn(i);
            table->addField({QString::fromUtf8(f->GetNameRef()), fieldTypeOf(f->GetType()),
                             f->GetType() == OFTReal ? std::max(0, f->GetPrecision()) : 0});
        }
        const bool hasGeometry = defn->GetGeomFieldCount() > 0;
        const OGRSpatialReference *srs = hasGeometry ? m_layer.GetSpatialRef() : nullptr;
        GeometryConverter converter(m_path, table->name());
        if (hasGeometry) {
            QString error;
            if (!srs)
                result.issues << Issue::warning(
                    Tr::tr("%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude")
                        .arg(m_path, table->name()), m_path);
            if (!converter.init(srs, &error)) {
                result.issues << Issue::error(Tr::tr("%1, layer %2: %3").arg(m_path, table->name(), error), m_path);
                return result;
            }
        }

        // Geometries are converted on the other cores while this thread reads on (and on this one
        // too when they fall behind, and once reading is done); converted chunks go into the table
        // in row order as soon as they are ready, so rows and issues keep the layer's order.
        std::deque<FeatureChunk> chunks;
        ChunkQueue queue;
        std::atomic<bool> cancelled = false;
        auto convertChunks = [&](GeometryConverter &chunkConverter, bool wait) {
            while (FeatureChunk *chunk = queue.take(wait))
                if (!cancelled)
                    chunk->convert(chunkConverter);
        };
        std::vector<std::thread> workers;
        if (hasGeometry)
            for (unsigned i = 1; i < std::max(2u, std::thread::hardware_concurrency()); ++i)
                workers.emplace_back([&] {
                    GeometryConverter workerConverter(m_path, table->name());
                    QString error;
                    workerConverter.init(srs, &error); // succeeded above with the same reference system
                    convertChunks(workerConverter, true);
                });

        const GIntBig total = m_layer.GetFeatureCount(TRUE);
        m_layer.ResetReading();
        GdalErrorCollector gdalErrors;
        PhaseSeconds reading;
        PhaseClock clock;
        qint64 row = 0;
        FeatureChunk *chunk = nullptr;
        size_t moved = 0; // chunks before this one are in the table
        table->reserve(int(std::max<GIntBig>(total, 0)), hasGeometry);
        for (auto &feature : m_layer) {
            if (m_feedback && m_feedback->isCanceled()) {
                cancelled = true;
                break;
            }
            if (!chunk) {
                chunk = &chunks.emplace_back();
                chunk->firstRow = row;
            }
            QVariantList values;
            values.reserve(defn->GetFieldCount());
            for (int i = 0; i < defn->GetFieldCount(); ++i) {
                values << valueOf(*feature, i, defn->GetFieldDefn(i)->GetType());
                if (m_checkEncoding && !result.encodingUnknown && defn->GetFieldDefn(i)->GetType() == OFTString
                    && !QByteArrayView(feature->GetFieldAsString(i)).isValidUtf8()) {
                    result.encodingUnknown = true;
                    Issue issue = Issue::warning(
                        Tr::tr("%1, feature %2, field %3: the text is not UTF-8 and its encoding is unknown "
                                    "(no .cpg file, no code page in the .dbf); open the layer again choosing its "
                                    "encoding, e.g. GBK")
                            .arg(m_path).arg(row).arg(table->field(i).name),
                        m_path);
                    issue.row = row;
                    issue.field = table->field(i).name;
                    result.issues << issue;
                }
            }
            chunk->values.push_back(std::move(values));
            chunk->sources.emplace_back(hasGeometry ? feature->StealGeometry() : nullptr);
            ++row;
            if (chunk->values.size() == ChunkSize) {
                queue.push(chunk);
                chunk = nullptr;
                // Every chunk waiting holds its source geometries: reading far ahead of the
                // converting threads held most of a big layer's. Beyond a few, this thread
                // converts the oldest itself, which keeps memory bounded and both cores busy.
                if (queue.waiting() > MaxWaitingChunks) {
                    reading.seconds[PhaseSeconds::Read] += clock.lap();
                    if (FeatureChunk *oldest = queue.take(false))
                        oldest->convert(converter);
                    clock.lap(); // the conversion's time is in the chunk's phases
                }
                while (moved < chunks.size() && chunks[moved].moveInto(*table, hasGeometry, result.issues, reading))
                    ++moved;
            }
            if (m_feedback && total > 0 && row % 64 == 0)
                m_feedback->setProgress(100.0 * double(row) / double(total));
        }
        if (chunk)
            queue.push(chunk);
        queue.finish();
        reading.seconds[PhaseSeconds::Read] += clock.lap();
        convertChunks(converter, false);
        for (std::thread &worker : workers)
            worker.join();
        clock.lap(); // the conversion's time is in the chunks' phases
        if (cancelled) {
            result.issues << Issue::error(Tr::tr("%1: loading was cancelled").arg(m_path), m_path);
            return result;
        }
        for (; moved < chunks.size(); ++moved)
            chunks[moved].moveInto(*table, hasGeometry, result.issues, reading);
        for (const QString &message : gdalErrors.messages())
            result.issues << Issue::warning(Tr::tr("%1: GDAL: %2").arg(m_path, message), m_path);
        reading.seconds[PhaseSeconds::Read] += clock.lap();
        reading.record();
        if (m_feedback)
            m_feedback->setProgress(100.0);
        result.table = std::move(table);
        return result;
    }

private:
    static constexpr size_t ChunkSize = 256;
    static constexpr size_t MaxWaitingChunks = 4;

    QString m_path;
    OGRLayer &m_layer;
    Feedback *m_feedback;
    bool m_checkEncoding;
};

} // namespace

namespace {

LoadResult readLayer(const QString &path, const QString &layerName, Feedback *feedback, const QString &encoding,
                     SourceAccess access, bool asText)
{
    LoadResult result;
    QString error;
    QStringList notFetched;
    GDALDatasetUniquePtr dataset = timed(QStringLiteral("read"), [&] {
        return openVectorDataset(path, access, &error, encoding, &notFetched, asText);
    });
    if (!dataset) {
        result.issues << Issue::error(error, path);
        return result;
    }
    for (const QString &url : notFetched)
        result.issues << Issue::warning(Tr::tr("%1 names %2, which was not fetched (remote sources are not allowed); what it "
                                                    "defines, such as a coordinate system, is not used").arg(path, url), path);
    OGRLayer *layer = layerName.isEmpty() ? dataset->GetLayer(0)
                                          : dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        QStringList names;
        for (auto *l : dataset->GetLayers())
            names << QString::fromUtf8(l->GetName());
        result.issues << Issue::error(
            layerName.isEmpty() ? Tr::tr("%1: the dataset has no layer").arg(path)
                                : Tr::tr("%1: no layer named '%2' (layers: %3)").arg(path, layerName, names.join(u", "_s)),
            path);
        return result;
    }
    const bool checkEncoding = encoding.isEmpty() && isShapefile(path) && hasUnknownEncoding(*layer);
    LoadResult loaded = LayerLoader(path, *layer, feedback, checkEncoding).load();
    loaded.issues = result.issues + loaded.issues;
    return loaded;
}

} // namespace

LoadResult VectorReader::read(const QString &path, const QString &layerName, Feedback *feedback, const QString &encoding,
                              SourceAccess access)
{
    return readLayer(path, layerName, feedback, encoding, access, false);
}

QString VectorReader::datasetInArchive(const QString &path)
{
    if (!path.endsWith(u".zip"_s, Qt::CaseInsensitive) || path.startsWith(u"/vsi"_s) || !QFileInfo(path).isFile())
        return path;
    const QString archive = u"/vsizip/"_s + QFileInfo(path).absoluteFilePath();
    const CPLStringList entries(VSIReadDirRecursive(archive.toUtf8().constData()));
    static const QStringList datasetSuffixes{u"gpkg"_s, u"geojson"_s, u"json"_s, u"fgb"_s, u"shp"_s, u"kml"_s, u"gpx"_s};
    QStringList datasets;
    for (int i = 0; i < entries.size(); ++i) {
        const QString entry = QString::fromUtf8(entries[i]);
        if (datasetSuffixes.contains(QFileInfo(entry).suffix().toLower()))
            datasets << entry;
    }
    return datasets.size() == 1 ? archive + u'/' + datasets.first() : path;
}

LoadResult VectorReader::readAsText(const QString &path, const QString &layerName)
{
    return readLayer(path, layerName, nullptr, {}, SourceAccess::LocalOnly, true);
}

QStringList VectorReader::shapefileEncodings()
{
    return {u"GBK"_s, u"GB18030"_s, u"UTF-8"_s, u"BIG5"_s, u"ISO-8859-1"_s, u"CP1252"_s};
}

std::pair<QString, QString> VectorReader::splitLayerSpec(const QString &spec)
{
    if (PostgisSource::isConnection(spec))
        return PostgisSource::splitSpec(spec);
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon > 0 && !QFileInfo::exists(spec) && QFileInfo::exists(spec.left(colon)))
        return {spec.left(colon), spec.mid(colon + 1)};
    return {spec, QString()};
}

} // namespace CityAtlas
