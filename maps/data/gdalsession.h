#pragma once
// Private to maps/: GDAL types never appear in public headers.

#include <cpl_error.h>
#include <gdal_priv.h>

#include <QStringList>

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

// Opens a vector dataset read-only; null with *error set (naming the file) on failure.
// encoding: the text encoding of a Shapefile's .dbf (GDAL's ENCODING open option), for one
// without a .cpg; empty: from its .cpg or code page.
// asText: every column as the text it holds (a CSV without type detection, a spreadsheet's
// cells as strings), for tables whose values must stay as typed.
GDALDatasetUniquePtr openVectorDataset(const QString &path, QString *error, const QString &encoding = {}, bool asText = false);

// A Shapefile (or lone .dbf), whose text encoding the user may have to choose.
bool isShapefile(const QString &path);

} // namespace CityAtlas
