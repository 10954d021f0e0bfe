#include "maps/data/tablewriter.h"

#include "maps/data/gdalsession.h"
#include "maps/data/sourceformat.h"

#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of TableWriter.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::TableWriter)
};
} // namespace

namespace {

const char *driverFor(const QString &suffix)
{
    if (suffix == u"xlsx"_s)
        return "XLSX";
    if (suffix == u"ods"_s)
        return "ODS";
    if (suffix == u"gpkg"_s)
        return "GPKG";
    return nullptr;
}

OGRFieldType fieldType(const QString &type)
{
    if (type == u"Integer"_s)
        return OFTInteger64;
    if (type == u"Real"_s)
        return OFTReal;
    return OFTString;
}

} // namespace

QStringList TableWriter::supportedSuffixes()
{
    return {u"xlsx"_s, u"ods"_s, u"gpkg"_s};
}

QString TableWriter::write(const QString &path, const QString &layerName, const QStringList &header,
                           const QStringList &types, const QList<QVariantList> &rows)
{
    ensureGdalRegistered();
    // GDAL would write a /vsis3/ or /vsiaz/ path to the cloud.
    if (!SourceFormat::isLocalPath(path))
        return Tr::tr("%1: not a local file; tables are written to local files only").arg(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverFor(suffix) ? driverFor(suffix) : "");
    if (!driver)
        return Tr::tr("%1: cannot write .%2 tables (use .xlsx, .ods or .gpkg)").arg(path, suffix);
    const QString temporary = QFileInfo(path).absolutePath() + u"/.~"_s + QFileInfo(path).completeBaseName()
                              + u".part."_s + suffix;
    QFile::remove(temporary);
    GdalErrorCollector errors;
    {
        GDALDatasetUniquePtr dataset(driver->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer *layer = dataset ? dataset->CreateLayer(layerName.toUtf8().constData(), nullptr, wkbNone, nullptr) : nullptr;
        bool ok = layer != nullptr;
        for (int c = 0; ok && c < header.size(); ++c) {
            OGRFieldDefn field(header[c].toUtf8().constData(), fieldType(types.value(c)));
            ok = layer->CreateField(&field) == OGRERR_NONE;
        }
        for (int r = 0; ok && r < rows.size(); ++r) {
            OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            for (int c = 0; c < header.size() && c < rows[r].size(); ++c) {
                const QVariant &v = rows[r][c];
                if (v.isNull())
                    continue;
                switch (fieldType(types.value(c))) {
                case OFTInteger64:
                    feature->SetField(c, GIntBig(v.toLongLong()));
                    break;
                case OFTReal:
                    feature->SetField(c, v.toDouble());
                    break;
                default:
                    feature->SetField(c, v.toString().toUtf8().constData());
                }
            }
            ok = layer->CreateFeature(feature.get()) == OGRERR_NONE;
        }
        if (!ok) {
            dataset.reset();
            QFile::remove(temporary);
            return Tr::tr("%1: cannot write: %2").arg(path, errors.lastMessage());
        }
    } // closing the dataset writes the file
    if (!QFileInfo::exists(temporary))
        return Tr::tr("%1: cannot write: %2").arg(path, errors.lastMessage());
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Tr::tr("%1: cannot write the file").arg(path);
    }
    return {};
}

} // namespace CityAtlas
