#include "maps/data/sourceformat.h"

#include "maps/data/gdalsession.h"
#include "maps/data/postgissource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace CityAtlas::SourceFormat {

// Messages of this file are translated in the context of SourceFormat.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::SourceFormat)
};
} // namespace

QString driverOf(const QString &path)
{
    ensureGdalRegistered();
    GdalNetworkBlock network; // identifying reads the first bytes: of local files only
    GdalErrorCollector quiet; // identification failures are not errors
    GDALDriverH driver = GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    return driver ? QString::fromUtf8(GDALGetDriverShortName(driver)) : QString();
}

QStringList selfContainedDrivers()
{
    return {u"GPKG"_s, u"ESRI Shapefile"_s, u"GeoJSON"_s, u"GeoJSONSeq"_s, u"CSV"_s, u"XLSX"_s, u"ODS"_s,
            u"FlatGeobuf"_s, u"KML"_s, u"LIBKML"_s, u"GPX"_s};
}

bool isSelfContained(const QString &driver)
{
    return selfContainedDrivers().contains(driver);
}

bool isLocalPath(const QString &path)
{
    const QString p = path.trimmed();
    if (p.startsWith(u'<') || p.startsWith(u'{'))
        return false;
    // "scheme:" or "DRIVER:" — but not a Windows drive letter ("C:\data", "C:/data").
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.\\-_]*:"_s);
    static const QRegularExpression drive(u"^[A-Za-z]:[\\\\/]"_s);
    if (scheme.match(p).hasMatch() && !drive.match(p).hasMatch())
        return false;
    // As GDAL, or a later QDir::cleanPath, may see it: "/./vsizip/", "//vsizip/" and "\\vsizip\\"
    // are "/vsizip/"; a relative path that climbs out of its folder can end at the root.
    static const QRegularExpression climbing(u"^(/?\\.\\.(/|$))+"_s);
    const QString clean = QDir::cleanPath(QString(p).replace(u'\\', u'/')).replace(climbing, u"/"_s);
    return !clean.startsWith(u"/vsi"_s, Qt::CaseInsensitive);
}

QString localZipArchive(const QString &path)
{
    // GDAL's own spelling only; the archive may not be a virtual path or use the {...} syntax.
    static const QRegularExpression vsizip(u"^/vsizip/([^{}]+?\\.zip)(/.*)?$"_s);
    const QRegularExpressionMatch match = vsizip.match(path);
    if (!match.hasMatch() || !isLocalPath(match.captured(1)))
        return {};
    return QDir::cleanPath(match.captured(1));
}

QString localOnlyRefusal(const QString &path)
{
    if (!isLocalPath(path) && localZipArchive(path).isEmpty())
        return Tr::tr("%1 is a remote or virtual source (GDAL /vsi path, URL or connection string); "
                           "it is read only when remote sources are allowed (--allow-remote)").arg(PostgisSource::withoutPassword(path));
    const QString driver = driverOf(path);
    if (!driver.isEmpty() && !isSelfContained(driver))
        return Tr::tr("%1 is in the GDAL format %2, which can read other files or the network; "
                           "it is read only when remote sources are allowed (--allow-remote)").arg(path, driver);
    return {};
}

QString projectRefusal(const QString &path)
{
    const QString driver = driverOf(path);
    if (isSelfContained(driver))
        return {};
    // Plain text tables (a Web of Science export) are read as delimited text, nothing else.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (driver.isEmpty() && (suffix == u"txt"_s || suffix == u"tsv"_s))
        return {};
    if (driver.isEmpty())
        return Tr::tr("%1 is not in a format CityAtlas opens from a project (GeoPackage, Shapefile, GeoJSON, "
                           "CSV, XLSX, ODS, FlatGeobuf, KML, GPX)").arg(path);
    return Tr::tr("%1 is in the GDAL format %2, which can read other files or the network; "
                       "it is not opened from a project unless remote sources are allowed").arg(path, driver);
}

} // namespace CityAtlas::SourceFormat
