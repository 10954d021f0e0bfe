#include "maps/data/sourceformat.h"

#include "maps/data/gdalsession.h"

#include <QFileInfo>
#include <QObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace CityAtlas::SourceFormat {

QString driverOf(const QString &path)
{
    ensureGdalRegistered();
    GdalErrorCollector quiet; // identification failures are not errors
    GDALDriverH driver = GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    return driver ? QString::fromUtf8(GDALGetDriverShortName(driver)) : QString();
}

bool isSelfContained(const QString &driver)
{
    static const QStringList selfContained{u"GPKG"_s, u"ESRI Shapefile"_s, u"GeoJSON"_s, u"GeoJSONSeq"_s,
                                           u"CSV"_s, u"XLSX"_s, u"ODS"_s, u"FlatGeobuf"_s, u"KML"_s,
                                           u"LIBKML"_s, u"GPX"_s};
    return selfContained.contains(driver);
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
        return QObject::tr("%1 is not in a format CityAtlas opens from a project (GeoPackage, Shapefile, GeoJSON, "
                           "CSV, XLSX, ODS, FlatGeobuf, KML, GPX)").arg(path);
    return QObject::tr("%1 is in the GDAL format %2, which can read other files or the network; "
                       "it is not opened from a project unless remote sources are allowed").arg(path, driver);
}

} // namespace CityAtlas::SourceFormat
