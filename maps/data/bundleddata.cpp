#include "maps/data/bundleddata.h"

#include "maps/data/tablejoin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of BundledData.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::BundledData)
};
} // namespace

QString BundledData::directory()
{
    const QString fromEnv = qEnvironmentVariable("CITYATLAS_DATASETS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance()) {
        const QDir installed(QCoreApplication::applicationDirPath() + u"/../share/cityatlas/datasets"_s);
        if (installed.exists())
            return installed.canonicalPath();
    }
    return QStringLiteral(CITYATLAS_SOURCE_DATASETS_DIR);
}

QString BundledData::path(const QString &fileName)
{
    return directory() + u'/' + fileName;
}

QString BundledData::provincesPath() { return path(u"china_provinces.gpkg"_s); }
// Kept zipped in the repository (the GeoPackage is 8.8 MiB); GDAL reads it in place, read-only.
QString BundledData::prefecturesPath()
{
    return u"/vsizip/"_s + path(u"china_prefectures.gpkg.zip"_s) + u"/china_prefectures.gpkg"_s;
}
QString BundledData::provinceStatsPath() { return path(u"china_province_stats.csv"_s); }
QString BundledData::divisionsPath() { return path(u"china_divisions.csv"_s); }
QString BundledData::divisionChangesPath() { return path(u"china_division_changes.csv"_s); }

namespace {
const QString ReferencePrefix = u"bundled:"_s;
const QString ZippedPrefectures = u"china_prefectures.gpkg"_s;

// "/vsizip//x.zip/y" and "/vsizip/x.zip/y" name the same for these comparisons.
bool samePath(const QString &a, const QString &b) { return QDir::cleanPath(a) == QDir::cleanPath(b); }
} // namespace

QString BundledData::referenceOf(const QString &datasetPath)
{
    if (samePath(datasetPath, prefecturesPath()))
        return ReferencePrefix + ZippedPrefectures;
    const QFileInfo file(datasetPath);
    if (datasetPath.startsWith(u"/vsi"_s) || !file.isFile())
        return {};
    const QString folder = QDir(directory()).canonicalPath();
    return !folder.isEmpty() && file.canonicalPath() == folder ? ReferencePrefix + file.fileName() : QString();
}

QString BundledData::pathOf(const QString &reference)
{
    if (!isReference(reference))
        return {};
    const QString name = reference.mid(ReferencePrefix.size());
    if (name == ZippedPrefectures)
        return prefecturesPath();
    static const QRegularExpression plainName(u"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"_s);
    if (!plainName.match(name).hasMatch() || !QFileInfo(path(name)).isFile())
        return {};
    return QFileInfo(path(name)).absoluteFilePath();
}

QString BundledData::fileOnDisk(const QString &datasetPath)
{
    if (!datasetPath.startsWith(u"/vsizip/"_s))
        return datasetPath;
    const QString inside = datasetPath.mid(8);
    const qsizetype zip = inside.indexOf(u".zip/"_s, 0, Qt::CaseInsensitive);
    return zip < 0 ? inside : inside.left(zip + 4);
}

LoadResult BundledData::loadProvinceMap(Feedback *feedback)
{
    LoadResult map = VectorReader::read(provincesPath(), {}, feedback);
    if (!map.table)
        return map;
    LoadResult stats = VectorReader::read(provinceStatsPath());
    map.issues << stats.issues;
    if (!stats.table) {
        map.table.reset();
        return map;
    }
    FeatureTable &table = *stats.table;
    const int population = table.fieldIndex(u"pop_2022"_s);
    const int area = table.fieldIndex(u"area_km2"_s);
    if (population < 0 || area < 0) {
        map.issues << Issue::error(Tr::tr("%1: expected the columns pop_2022 and area_km2").arg(provinceStatsPath()),
                                   provinceStatsPath());
        map.table.reset();
        return map;
    }
    const int density = table.addField({densityField(), FieldType::Real});
    for (int row = 0; row < table.rowCount(); ++row) {
        const auto people = table.number(row, population); // 10,000 persons
        const auto km2 = table.number(row, area);
        if (people && km2 && *km2 > 0)
            table.setValue(row, density, *people * 10000.0 / *km2);
    }
    // The layer's own area_km2 is measured on the drawn boundaries; the table's is the official one.
    if (const int mapArea = map.table->fieldIndex(u"area_km2"_s); mapArea >= 0)
        map.table->renameField(mapArea, u"map_area_km2"_s);
    // The names are the layer's already; the statistics come over.
    const QStringList statistics{u"region"_s, u"region_zh"_s, u"pop_2022"_s, u"pop_2021"_s, u"pop_2020"_s,
                                 u"area_km2"_s, densityField()};
    const JoinReport report = TableJoin::apply(*map.table, table, {u"code"_s, u"code"_s, JoinMatch::Code, statistics});
    if (!report.ok()) {
        map.issues << Issue::error(report.error, provinceStatsPath());
        map.table.reset();
    }
    return map;
}

QString BundledData::provinceMapSourceLine()
{
    return Tr::tr("Population: NBS, year-end 2022 resident population. Land area: provincial governments "
                       "(via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.");
}

} // namespace CityAtlas

namespace CityAtlas {

QString BundledData::layerCaption(const QString &datasetPath)
{
    if (samePath(datasetPath, provincesPath()))
        return QCoreApplication::translate("BundledData", "China's provinces");
    if (samePath(datasetPath, prefecturesPath()))
        return QCoreApplication::translate("BundledData", "Prefecture-level cities");
    return {};
}

QString BundledData::fieldCaption(const QString &field)
{
    static const QHash<QString, const char *> captions = {
        {u"density_2022"_s, QT_TRANSLATE_NOOP("BundledData", "Population density 2022 (people per km²)")},
        {u"pop_2022"_s, QT_TRANSLATE_NOOP("BundledData", "Resident population 2022 (10,000 persons)")},
        {u"pop_2021"_s, QT_TRANSLATE_NOOP("BundledData", "Resident population 2021 (10,000 persons)")},
        {u"pop_2020"_s, QT_TRANSLATE_NOOP("BundledData", "Resident population 2020 (10,000 persons)")},
        {u"area_km2"_s, QT_TRANSLATE_NOOP("BundledData", "Land area (km²)")},
        {u"map_area_km2"_s, QT_TRANSLATE_NOOP("BundledData", "Area on the map (km², Albers equal-area)")},
    };
    const char *caption = captions.value(field);
    return caption ? QCoreApplication::translate("BundledData", caption) : field;
}

} // namespace CityAtlas
