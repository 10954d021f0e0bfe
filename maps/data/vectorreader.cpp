#include "maps/data/vectorreader.h"

#include "maps/data/gdalsession.h"
#include "maps/data/postgissource.h"
#include "maps/data/geosoperations.h"
#include "maps/data/mapprojection.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QObject>

#include <cmath>

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

void appendRing(QPainterPath &path, const OGRSimpleCurve &ring, bool close)
{
    const int n = ring.getNumPoints();
    if (n == 0)
        return;
    path.moveTo(ring.getX(0), ring.getY(0));
    for (int i = 1; i < n; ++i)
        path.lineTo(ring.getX(i), ring.getY(i));
    if (close)
        path.closeSubpath();
}

// Appends a (projected) geometry to a path; returns the kind of geometry met.
GeometryKind appendGeometry(QPainterPath &path, const OGRGeometry &g)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint:
        return GeometryKind::Point;
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
        appendRing(path, *g.toLineString(), false);
        return GeometryKind::Line;
    case wkbPolygon: {
        const OGRPolygon &polygon = *g.toPolygon();
        for (const OGRLinearRing *ring : polygon)
            appendRing(path, *ring, true);
        return GeometryKind::Polygon;
    }
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        GeometryKind kind = GeometryKind::None;
        for (const OGRGeometry *part : *g.toGeometryCollection())
            kind = std::max(kind, appendGeometry(path, *part));
        return kind;
    }
    default:
        if (g.hasCurveGeometry()) {
            std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
            return linear ? appendGeometry(path, *linear) : GeometryKind::None;
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
            table->addField({QString::fromUtf8(f->GetNameRef()), fieldTypeOf(f->GetType())});
        }
        const bool hasGeometry = defn->GetGeomFieldCount() > 0;
        if (hasGeometry) {
            QString error;
            const OGRSpatialReference *srs = m_layer.GetSpatialRef();
            if (!srs)
                result.issues << Issue::warning(
                    Tr::tr("%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude")
                        .arg(m_path, table->name()), m_path);
            if (!m_projector.init(srs, &error)) {
                result.issues << Issue::error(Tr::tr("%1, layer %2: %3").arg(m_path, table->name(), error), m_path);
                return result;
            }
        }

        const GIntBig total = m_layer.GetFeatureCount(TRUE);
        m_layer.ResetReading();
        GdalErrorCollector gdalErrors;
        qint64 row = 0;
        for (auto &feature : m_layer) {
            if (m_feedback && m_feedback->isCanceled()) {
                result.issues << Issue::error(Tr::tr("%1: loading was cancelled").arg(m_path), m_path);
                return result;
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
            FeatureGeometry geometry;
            if (hasGeometry)
                geometry = convertGeometry(feature->GetGeometryRef(), row, table->name(), result.issues);
            table->appendRow(std::move(values), std::move(geometry));
            ++row;
            if (m_feedback && total > 0 && row % 64 == 0)
                m_feedback->setProgress(100.0 * double(row) / double(total));
        }
        for (const QString &message : gdalErrors.messages())
            result.issues << Issue::warning(Tr::tr("%1: GDAL: %2").arg(m_path, message), m_path);
        if (m_feedback)
            m_feedback->setProgress(100.0);
        result.table = std::move(table);
        return result;
    }

private:
    FeatureGeometry convertGeometry(const OGRGeometry *source, qint64 row, const QString &layer, IssueList &issues)
    {
        FeatureGeometry out;
        if (!source || source->IsEmpty())
            return out;
        std::unique_ptr<OGRGeometry> g(source->clone());
        GdalErrorCollector validity; // GEOS explains what is invalid through GDAL's error handler
        // The fast check first; OGR's own check, for its explanation, only on invalid ones.
        if (!m_geos.isValid(*g).value_or(false) && !g->IsValid()) {
            std::unique_ptr<OGRGeometry> repaired(g->MakeValid());
            const QString reason = validity.lastMessage().isEmpty() ? Tr::tr("invalid geometry") : validity.lastMessage();
            Issue issue = Issue::warning(
                repaired ? Tr::tr("%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)")
                               .arg(m_path, layer).arg(row).arg(reason)
                         : Tr::tr("%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped")
                               .arg(m_path, layer).arg(row).arg(reason),
                m_path);
            issue.row = row;
            issue.layer = layer;
            issues << issue;
            if (!repaired)
                return out;
            g = std::move(repaired);
        }
        const bool lonLatOk = m_projector.toLonLat(*g);
        if (lonLatOk)
            if (const std::optional<QPointF> centroid = m_geos.centroid(*g))
                out.centroidLonLat = *centroid;
        if (!lonLatOk || !m_projector.toMap(*g)) {
            Issue issue = Issue::warning(
                Tr::tr("%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped")
                    .arg(m_path, layer).arg(row), m_path);
            issue.row = row;
            issue.layer = layer;
            issues << issue;
            return out;
        }
        out.path.setFillRule(Qt::OddEvenFill);
        out.kind = appendGeometry(out.path, *g);
        OGREnvelope envelope;
        g->getEnvelope(&envelope);
        out.bounds = QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
        if (out.kind == GeometryKind::Polygon)
            out.areaKm2 = OGR_G_Area(OGRGeometry::ToHandle(g.get())) / 1.0e6;
        out.labelPoint = m_geos.pointOnSurface(*g).value_or(out.bounds.center());
        return out;
    }

    QString m_path;
    OGRLayer &m_layer;
    Feedback *m_feedback;
    bool m_checkEncoding;
    LayerProjector m_projector;
    GeosOperations m_geos;
};

} // namespace

namespace {

LoadResult readLayer(const QString &path, const QString &layerName, Feedback *feedback, const QString &encoding,
                     SourceAccess access, bool asText)
{
    LoadResult result;
    QString error;
    QStringList notFetched;
    GDALDatasetUniquePtr dataset = openVectorDataset(path, access, &error, encoding, &notFetched, asText);
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
