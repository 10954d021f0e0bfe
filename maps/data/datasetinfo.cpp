#include "maps/data/datasetinfo.h"

#include "maps/data/gdalsession.h"

#include <ogrsf_frmts.h>

namespace CityAtlas {

DatasetInfo describeDataset(const QString &path, SourceAccess access)
{
    DatasetInfo info;
    info.path = path;
    GDALDatasetUniquePtr dataset = openVectorDataset(path, access, &info.error);
    if (!dataset)
        return info;
    info.driver = QString::fromUtf8(dataset->GetDriver()->GetDescription());
    for (OGRLayer *layer : dataset->GetLayers()) {
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
        info.layers << l;
    }
    return info;
}

} // namespace CityAtlas
