#include "maps/data/gdalsession.h"

#include "maps/data/inputfile.h"
#include "maps/data/postgissource.h"
#include "maps/data/sourceformat.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <ogr_srs_api.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>

#include <atomic>
#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of GdalSession.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::GdalSession)
};
} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Tables keep their attribute text as UTF-8; Shapefiles recode from their .cpg.
        CPLSetConfigOption("SHAPE_ENCODING", nullptr);
        // PROJ never downloads transformation grids (it would, with PROJ_NETWORK=ON).
        OSRSetPROJEnableNetwork(FALSE);
    });
}

static constexpr const char *CurlExtensions = "CPL_VSIL_CURL_ALLOWED_EXTENSIONS";

CPLHTTPResult *GdalNetworkBlock::refuse(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc,
                                        void *, void *self)
{
    static_cast<GdalNetworkBlock *>(self)->m_refused << QString::fromUtf8(url);
    CPLError(CE_Failure, CPLE_AppDefined, "%s was not fetched: remote sources are not allowed", url);
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("remote sources are not allowed");
    return result;
}

GdalNetworkBlock::GdalNetworkBlock(SourceAccess access)
{
    if (access == SourceAccess::RemoteAllowed)
        return;
    ensureGdalRegistered();
    m_blocking = true;
    m_pushed = CPLHTTPPushFetchCallback(&GdalNetworkBlock::refuse, this) != 0;
    if (const char *previous = CPLGetThreadLocalConfigOption(CurlExtensions, nullptr))
        m_previousExtensions = QByteArray(previous);
    CPLSetThreadLocalConfigOption(CurlExtensions, "");
}

GdalNetworkBlock::~GdalNetworkBlock()
{
    if (!m_blocking)
        return;
    if (m_pushed)
        CPLHTTPPopFetchCallback();
    CPLSetThreadLocalConfigOption(CurlExtensions, m_previousExtensions ? m_previousExtensions->constData() : nullptr);
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

OGRLayer *findLayer(GDALDataset &dataset, const QString &path, const QString &layerName, QString *error)
{
    OGRLayer *layer = layerName.isEmpty() ? dataset.GetLayer(0) : dataset.GetLayerByName(layerName.toUtf8().constData());
    if (layer)
        return layer;
    QStringList names;
    for (OGRLayer *l : dataset.GetLayers())
        names << QString::fromUtf8(l->GetName());
    *error = layerName.isEmpty() ? Tr::tr("%1: the dataset has no layer").arg(path)
                                 : Tr::tr("%1: no layer named '%2' (layers: %3)").arg(path, layerName, names.join(u", "_s));
    return nullptr;
}

bool isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(u"shp"_s, Qt::CaseInsensitive) == 0 || suffix.compare(u"dbf"_s, Qt::CaseInsensitive) == 0;
}

namespace {

// Single-column lists are read through an in-memory copy up to this size.
constexpr qint64 MaxSingleColumnBytes = 64 * 1024 * 1024;

// GDAL 3.6 reads no CSV file whose header has no separator (fixed in GDAL 3.7): a list with a
// single column, such as a list of place names. Such a file is read from an in-memory copy in
// which every record ends with a comma, an empty second column that GDAL names field_2 (line
// breaks inside quoted values are kept as they are). Null when the file is not such a list.
GDALDatasetUniquePtr openSingleColumnCsv(const QString &path, const char *const *drivers, const char *const *options)
{
    QString error;
    const QByteArray text = InputFile::read(path, MaxSingleColumnBytes, &error);
    const QByteArray header = text.left(text.indexOf('\n'));
    if (text.isNull() || header.isEmpty() || header.contains(',') || header.contains(';') || header.contains('\t')
        || header.contains('|'))
        return nullptr;
    QByteArray widened;
    widened.reserve(text.size() + text.size() / 4 + 1);
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == '\n' && !quoted) {
            if (widened.endsWith('\r'))
                widened.insert(widened.size() - 1, ',');
            else
                widened.append(',');
        }
        widened.append(c);
    }
    if (!text.endsWith('\n'))
        widened.append(',');
    static std::atomic<int> serial{0};
    const QByteArray memoryPath = "/vsimem/cityatlas-single-column-" + QByteArray::number(++serial) + '/'
                                  + QFileInfo(path).fileName().toUtf8();
    auto *buffer = static_cast<GByte *>(CPLMalloc(size_t(widened.size())));
    std::memcpy(buffer, widened.constData(), size_t(widened.size()));
    VSILFILE *memory = VSIFileFromMemBuffer(memoryPath.constData(), buffer, vsi_l_offset(widened.size()), TRUE);
    if (!memory) {
        CPLFree(buffer);
        return nullptr;
    }
    VSIFCloseL(memory);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(memoryPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options));
    VSIUnlink(memoryPath.constData()); // the open dataset keeps the copy until it closes
    return dataset;
}

} // namespace

GDALDatasetUniquePtr openVectorDataset(const QString &path, SourceAccess access, QString *error, const QString &encoding,
                                       QStringList *notFetched, bool asText)
{
    ensureGdalRegistered();
    const bool localOnly = access == SourceAccess::LocalOnly;
    GdalNetworkBlock network(access); // also while the format is identified
    // A file inside a zip archive (/vsizip/ARCHIVE.zip/FILE): the archive must exist.
    const QString archive = SourceFormat::localZipArchive(path);
    if ((!archive.isEmpty() || SourceFormat::isLocalPath(path)) && !QFileInfo::exists(archive.isEmpty() ? path : archive)) {
        *error = Tr::tr("%1: no such file").arg(path);
        return nullptr;
    }
    // Never a pipe, device or socket, nor one beside it: GDAL would block on it or read without end.
    if (!archive.isEmpty() || SourceFormat::isLocalPath(path)) {
        if (const QString why = InputFile::datasetRefusal(archive.isEmpty() ? path : archive); !why.isEmpty()) {
            *error = why;
            return nullptr;
        }
    }
    if (localOnly) {
        if (const QString refusal = SourceFormat::localOnlyRefusal(path); !refusal.isEmpty()) {
            *error = refusal;
            return nullptr;
        }
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
    // Only the drivers of self-contained formats, whatever the file turns out to hold; after
    // opening, these read nothing but their file (and sidecars), so the block can end here.
    CPLStringList drivers;
    for (const QString &driver : SourceFormat::selfContainedDrivers())
        drivers.AddString(driver.toUtf8().constData());
    // A PostgreSQL connection: its password (given or remembered) only in what GDAL gets.
    const bool database = PostgisSource::isConnection(path);
    const QByteArray gdalPath = database ? PostgisSource::gdalConnectionString(path) : path.toUtf8();
    GdalErrorCollector errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gdalPath.constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                                   localOnly ? drivers.List() : nullptr, options));
    if (!dataset && csv && SourceFormat::isLocalPath(path))
        dataset = openSingleColumnCsv(path, localOnly ? drivers.List() : nullptr, options);
    if (!dataset && database) {
        // libpq's reason ("password authentication failed for user ...", "could not connect ...").
        const QString reason = errors.messages().join(u' ').simplified();
        *error = Tr::tr("%1: cannot connect to the PostgreSQL database: %2")
                     .arg(PostgisSource::withoutPassword(path), reason.isEmpty() ? Tr::tr("no reason given") : reason);
    } else if (!dataset) {
        const QString reason = errors.lastMessage();
        *error = reason.isEmpty()
            ? Tr::tr("%1: not a vector dataset or table that GDAL can read").arg(path)
            : Tr::tr("%1: cannot be read: %2").arg(path, reason);
    }
    if (notFetched)
        *notFetched = network.refusedUrls();
    return dataset;
}

} // namespace CityAtlas
