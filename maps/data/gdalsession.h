#pragma once
// Private to maps/: GDAL types never appear in public headers.

#include "maps/data/sourceaccess.h"

#include <cpl_error.h>
#include <cpl_http.h>
#include <gdal_priv.h>

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace CityAtlas {

// Registers GDAL's drivers once per process (thread-safe).
void ensureGdalRegistered();

// Collects GDAL's warnings and errors raised on this thread while it lives, like QGIS's
// QgsCPLErrorCollectorHandler: pushes a thread-local handler, pops it on destruction.
class GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    const QStringList &messages() const { return m_messages; }
    QString lastMessage() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }

private:
    static void CPL_STDCALL handle(CPLErr eErrClass, CPLErrorNum errNo, const char *msg);
    QStringList m_messages;
};

// While it lives, GDAL makes no network request on this thread: requests through its HTTP
// client are refused (a GeoJSON coordinate system named by URL, cloud credentials), and
// /vsicurl/, /vsis3/ and the other network file systems find no file (they use libcurl
// directly; an empty CPL_VSIL_CURL_ALLOWED_EXTENSIONS lets no file name through). Per thread
// and nestable, like GdalErrorCollector; for SourceAccess::RemoteAllowed it does nothing.
class GdalNetworkBlock
{
public:
    explicit GdalNetworkBlock(SourceAccess access = SourceAccess::LocalOnly);
    ~GdalNetworkBlock();
    GdalNetworkBlock(const GdalNetworkBlock &) = delete;
    GdalNetworkBlock &operator=(const GdalNetworkBlock &) = delete;

    // The URLs GDAL asked for and did not get, in order.
    const QStringList &refusedUrls() const { return m_refused; }

private:
    static CPLHTTPResult *refuse(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *,
                                 void *self);
    QStringList m_refused;
    bool m_blocking = false;
    bool m_pushed = false;
    std::optional<QByteArray> m_previousExtensions; // the thread's own setting, restored after
};

// Opens a vector dataset read-only; null with *error set (naming the file) on failure. This is
// where CityAtlas opens every dataset: with SourceAccess::LocalOnly it refuses what is not a local
// file in a self-contained format (SourceFormat::localOnlyRefusal), lets GDAL use only those
// formats' drivers, and blocks GDAL's network access while it opens the file (GdalNetworkBlock).
// encoding: the text encoding of a Shapefile's .dbf (GDAL's ENCODING open option), for one
// without a .cpg; empty: from its .cpg or code page. notFetched: the URLs the file named that
// were not fetched (a coordinate system given by URL), for a warning. asText: every column as
// the text it holds (a CSV without type detection, a spreadsheet's cells as strings), for
// tables whose values must stay as typed.
GDALDatasetUniquePtr openVectorDataset(const QString &path, SourceAccess access, QString *error,
                                       const QString &encoding = {}, QStringList *notFetched = nullptr, bool asText = false);

// The layer of an open dataset by its name, or its first layer when layerName is empty; null
// with *error set (naming the file, and the layers there are) when there is no such layer.
OGRLayer *findLayer(GDALDataset &dataset, const QString &path, const QString &layerName, QString *error);

// A Shapefile (or lone .dbf), whose text encoding the user may have to choose.
bool isShapefile(const QString &path);

} // namespace CityAtlas
