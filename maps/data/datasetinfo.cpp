#include "maps/data/datasetinfo.h"

#include "maps/data/gdalsession.h"
#include "maps/data/vectorreader.h"

#include <QCoreApplication>

#include <ogrsf_frmts.h>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

// Messages of this file are translated in the context of DatasetInfo.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::DatasetInfo)
};

LayerInfo describeLayer(OGRLayer *layer)
{
    LayerInfo l;
    l.name = QString::fromUtf8(layer->GetName());
    l.featureCount = layer->GetFeatureCount(TRUE);
    l.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType()));
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn *f = defn->GetFieldDefn(i);
        l.fields.append({QString::fromUtf8(f->GetNameRef()), QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(f->GetType()))});
    }
    if (defn->GetGeomFieldCount() > 0) {
        OGREnvelope e;
        if (layer->GetExtent(&e, TRUE) == OGRERR_NONE)
            l.extent = QRectF(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY));
    }
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        l.crsName = QString::fromUtf8(srs->GetName());
        const char *authority = srs->GetAuthorityName(nullptr);
        const char *code = srs->GetAuthorityCode(nullptr);
        if (authority && code)
            l.crsAuthority = QString::fromUtf8(authority) + u':' + QString::fromUtf8(code);
    }
    return l;
}

} // namespace

DatasetInfo describeDataset(const QString &spec, SourceAccess access)
{
    const auto [path, layerName] = VectorReader::splitLayerSpec(spec);
    DatasetInfo info;
    info.path = path;
    GDALDatasetUniquePtr dataset = openVectorDataset(path, access, &info.error);
    if (!dataset)
        return info;
    info.driver = QString::fromUtf8(dataset->GetDriver()->GetDescription());
    QStringList names;
    for (OGRLayer *layer : dataset->GetLayers()) {
        names << QString::fromUtf8(layer->GetName());
        if (layerName.isEmpty() || names.last() == layerName)
            info.layers << describeLayer(layer);
    }
    if (info.layers.isEmpty() && !layerName.isEmpty())
        info.error = Tr::tr("%1: no layer '%2'; its layers are: %3").arg(path, layerName, names.join(u", "_s));
    return info;
}

} // namespace CityAtlas
