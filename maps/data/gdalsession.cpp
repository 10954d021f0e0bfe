#include "maps/data/gdalsession.h"

#include <QFileInfo>
#include <QObject>

#include <mutex>

using namespace Qt::StringLiterals;

namespace CityAtlas {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Tables keep their attribute text as UTF-8; Shapefiles recode from their .cpg.
        CPLSetConfigOption("SHAPE_ENCODING", nullptr);
    });
}

GdalErrorCollector::GdalErrorCollector()
{
    CPLPushErrorHandlerEx(&GdalErrorCollector::handle, this);
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCollector::handle(CPLErr eErrClass, CPLErrorNum, const char *msg)
{
    auto *self = static_cast<GdalErrorCollector *>(CPLGetErrorHandlerUserData());
    if (self && eErrClass >= CE_Warning)
        self->m_messages << QString::fromUtf8(msg).trimmed();
}

bool isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(u"shp"_s, Qt::CaseInsensitive) == 0 || suffix.compare(u"dbf"_s, Qt::CaseInsensitive) == 0;
}

GDALDatasetUniquePtr openVectorDataset(const QString &path, QString *error, const QString &encoding, bool asText)
{
    ensureGdalRegistered();
    // A file inside a zip archive (/vsizip/ARCHIVE.zip/FILE): the archive must exist.
    const QString onDisk = path.startsWith(u"/vsizip/"_s) ? path.mid(8).left(path.mid(8).indexOf(u".zip"_s) + 4) : path;
    if (!QFileInfo::exists(onDisk)) {
        *error = QObject::tr("%1: no such file").arg(path);
        return nullptr;
    }
    // Plain CSV without a .csvt sidecar: detect numbers, and take points from lon/lat or WKT columns.
    const bool csv = QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0;
    const char *const csvOptions[] = {"AUTODETECT_TYPE=YES", "QUOTED_FIELDS_AS_STRING=YES",
                                      "X_POSSIBLE_NAMES=lon,lng,longitude,x", "Y_POSSIBLE_NAMES=lat,latitude,y",
                                      "GEOM_POSSIBLE_NAMES=wkt,geometry", nullptr};
    const QByteArray encodingOption = "ENCODING=" + encoding.toLatin1();
    const char *const shapefileOptions[] = {encodingOption.constData(), nullptr};
    const bool chosenEncoding = !encoding.isEmpty() && isShapefile(path);
    const char *const textOptions[] = {csv ? "AUTODETECT_TYPE=NO" : "FIELD_TYPES=STRING", nullptr};
    const char *const *options = asText ? textOptions : csv ? csvOptions : chosenEncoding ? shapefileOptions : nullptr;
    GdalErrorCollector errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, options));
    if (!dataset) {
        const QString reason = errors.lastMessage();
        *error = reason.isEmpty()
            ? QObject::tr("%1: not a vector dataset or table that GDAL can read").arg(path)
            : QObject::tr("%1: cannot be read: %2").arg(path, reason);
    }
    return dataset;
}

} // namespace CityAtlas
