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
QString BundledData::enterprisesPath() { return path(u"nbs_enterprise_legal_units_by_province.csv"_s); }
QStringList BundledData::provinceMapFiles() { return {provincesPath(), provinceStatsPath(), enterprisesPath()}; }

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

IssueList BundledData::joinEnterprises(FeatureTable &map, const FeatureTable &source)
{
    const QString file = source.sourcePath();
    const auto columnOf = [&source](std::initializer_list<QString> names) {
        for (const QString &name : names)
            if (const int c = source.fieldIndex(name); c >= 0)
                return c;
        return -1;
    };
    const int code = columnOf({u"code"_s});
    const int key = code >= 0 ? code : columnOf({u"province"_s, u"name_zh"_s, u"name"_s, u"地区"_s});
    const int year = columnOf({u"year"_s, u"年份"_s});
    const int value = columnOf({u"enterprises"_s, u"enterprise_legal_person_units"_s, u"企业法人单位数"_s});
    if (key < 0 || year < 0 || value < 0)
        return {Issue::error(Tr::tr("%1: expected a province column (code, or province: the name), a year column and "
                                    "the counts (enterprises or enterprise_legal_person_units); columns: %2")
                                 .arg(file, source.fieldNames().join(u", "_s)), file)};
    // The counts become enterprises_<year> whatever the table calls them.
    FeatureTable table = source;
    if (const int clash = table.fieldIndex(u"enterprises"_s); clash >= 0 && clash != value)
        table.renameField(clash, u"enterprises_source"_s);
    table.renameField(value, u"enterprises"_s);
    JoinSpec spec(code >= 0 ? u"code"_s : u"name_zh"_s, table.field(key).name, code >= 0 ? JoinMatch::Code : JoinMatch::Name,
                  {u"enterprises"_s});
    spec.pivotField = table.field(year).name;
    const JoinReport report = TableJoin::apply(map, table, spec);
    if (!report.ok())
        return {Issue::error(report.error, file)};
    IssueList issues = report.ambiguityIssues(file);
    if (!report.unmatchedTableRows.isEmpty()) {
        QStringList keys;
        for (const JoinKeyRow &k : report.unmatchedTableRows)
            keys << Tr::tr("row %1: %2").arg(k.row + 1).arg(k.key);
        issues << Issue::warning(Tr::tr("%1: %n row(s) matched no province: %2", nullptr, int(keys.size()))
                                     .arg(file, keys.join(u", "_s)), file);
    }
    const int enterprises = map.fieldIndex(u"enterprises_2022"_s);
    const int population = map.fieldIndex(u"pop_2022"_s);
    if (enterprises < 0 || population < 0) {
        issues << Issue::error(Tr::tr("%1: no enterprise counts for 2022 (years: %2)").arg(file, report.periods.join(u", "_s)), file);
        return issues;
    }
    // pop_2022 is in 10,000 persons: enterprises / pop_2022 is per 10,000 residents.
    const int perCapita = map.addField({enterprisesPerCapitaField(), FieldType::Real});
    for (int row = 0; row < map.rowCount(); ++row) {
        const auto count = map.number(row, enterprises);
        const auto people = map.number(row, population);
        if (count && people && *people > 0)
            map.setValue(row, perCapita, *count / *people);
    }
    return issues;
}

LoadResult BundledData::loadProvinceMap(Feedback *feedback, const QString &enterprisesTable)
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
        return map;
    }
    const QString enterprisesFile = enterprisesTable.isEmpty() ? enterprisesPath() : enterprisesTable;
    const LoadResult enterprises = VectorReader::read(enterprisesFile);
    map.issues << enterprises.issues;
    if (enterprises.table)
        map.issues << joinEnterprises(*map.table, *enterprises.table);
    if (!enterprises.table || hasErrors(map.issues))
        map.table.reset();
    return map;
}

QString BundledData::provinceMapSourceLine(const QString &field)
{
    const QString line = Tr::tr("Population: NBS, year-end 2022 resident population. Land area: provincial governments "
                                "(via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.");
    if (!field.startsWith(u"enterprises"_s))
        return line;
    return Tr::tr("Enterprises: NBS 企业法人单位数, a secondary copy of NBS data (not checked against the original).") + u' ' + line;
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

double BundledData::personsPerUnit(const QString &field)
{
    static const QRegularExpression population(u"^pop_20(20|21|22)$"_s);
    return population.match(field).hasMatch() ? 10000.0 : 0.0;
}

QString BundledData::fieldCaption(const QString &field)
{
    static const QHash<QString, const char *> captions = {
        {u"density_2022"_s, QT_TRANSLATE_NOOP("BundledData", "Population density 2022 (people per km²)")},
        {u"pop_2022"_s, QT_TRANSLATE_NOOP("BundledData", "Resident population 2022 (10,000 persons)")},
        {u"pop_2021"_s, QT_TRANSLATE_NOOP("BundledData", "Resident population 2021 (10,000 persons)")},
        {u"pop_2020"_s, QT_TRANSLATE_NOOP("BundledData", "Resident population 2020 (10,000 persons)")},
        {u"area_km2"_s, QT_TRANSLATE_NOOP("BundledData", "Land area (km²)")},
        {u"region"_s, QT_TRANSLATE_NOOP("BundledData", "Economic region (NBS)")},
        {u"region_zh"_s, QT_TRANSLATE_NOOP("BundledData", "Economic region (NBS, in Chinese)")},
        {u"map_area_km2"_s, QT_TRANSLATE_NOOP("BundledData", "Area on the map (km², Albers equal-area)")},
        {u"enterprises_per_10k_2022"_s,
         QT_TRANSLATE_NOOP("BundledData", "Enterprises per 10,000 residents 2022 (secondary copy of NBS data)")},
    };
    const char *caption = captions.value(field);
    if (caption)
        return QCoreApplication::translate("BundledData", caption);
    static const QRegularExpression counts(u"^enterprises_(\\d{4})$"_s);
    if (const auto match = counts.match(field); match.hasMatch())
        return QCoreApplication::translate("BundledData", "Enterprise legal-person units %1 (secondary copy of NBS data)")
            .arg(match.captured(1));
    return field;
}

} // namespace CityAtlas
