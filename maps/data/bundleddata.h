#pragma once

#include "maps/data/vectorreader.h"

namespace CityAtlas {

// The datasets shipped with CityAtlas (see datasets/README.md for their provenance).
class BundledData
{
public:
    // The folder holding the bundled datasets: $CITYATLAS_DATASETS if set, else
    // ../share/cityatlas/datasets next to the executable (installed), else the source tree.
    static QString directory();
    static QString path(const QString &fileName);

    static QString provincesPath();      // China's 34 provincial-level units (GeoPackage)
    static QString prefecturesPath();    // prefecture-level units (GeoPackage)
    static QString provinceStatsPath();  // population, land area and NBS region per province (CSV)
    static QString divisionsPath();      // provinces, prefectures and county-level units, NBS 2023 (CSV)
    static QString divisionChangesPath(); // units renamed or merged since (CSV)
    // Enterprise legal-person units (企业法人单位数) per province and year, 2016–2024: a
    // secondary copy of NBS data (CSV, a long table: code, province, year, enterprises).
    static QString enterprisesPath();
    // The files loadProvinceMap() reads: the map, its statistics, the enterprise counts.
    static QStringList provinceMapFiles();

    // How a project names a bundled dataset, so that it opens wherever CityAtlas is installed:
    // "bundled:china_provinces.gpkg". referenceOf() gives it for a dataset path (empty for
    // other files); pathOf() the dataset path back (empty unless NAME is a file of directory(),
    // a plain name, or the zipped prefecture GeoPackage).
    static QString referenceOf(const QString &datasetPath);
    static QString pathOf(const QString &reference);
    static bool isReference(const QString &text) { return text.startsWith(QStringLiteral("bundled:")); }
    // The file on disk behind a dataset path: the archive of a /vsizip/ path, else the path.
    static QString fileOnDisk(const QString &datasetPath);

    // The default map: provinces joined with their statistics, plus the derived field
    // "density_2022" (resident population 2022 per km² of official land area), and with the
    // enterprise counts (joinEnterprises) of the bundled table, or of enterprisesTable.
    static LoadResult loadProvinceMap(Feedback *feedback = nullptr, const QString &enterprisesTable = {});
    static QString densityField() { return QStringLiteral("density_2022"); }
    static QString enterprisesPerCapitaField() { return QStringLiteral("enterprises_per_10k_2022"); }
    // Joins a table of enterprise counts per province and year (a province code or name, year,
    // and enterprises or enterprise_legal_person_units) onto a province map that has pop_2022
    // (10,000 persons): pivoted by year into enterprises_<year>, and enterprises_per_10k_2022 =
    // enterprises_2022 / pop_2022, computed here. Returns the join's problems (an error when
    // the table cannot be joined or has no 2022).
    static IssueList joinEnterprises(FeatureTable &map, const FeatureTable &table);
    // The default map's source line; a field of the enterprise counts adds their source.
    static QString provinceMapSourceLine(const QString &field = {});
    // A readable, translated caption for the bundled datasets' fields ("Population density
    // 2022 (people per km²)"); other names come back unchanged.
    static QString fieldCaption(const QString &field);
    // Persons per unit of a bundled population field: 10,000 for pop_2020 … pop_2022 (the NBS
    // table is in 10,000 persons, datasets/china_province_stats.md); 0 for other fields.
    static double personsPerUnit(const QString &field);
    // The name of a bundled map layer in the interface language ("China's provinces"); empty
    // for other files.
    static QString layerCaption(const QString &datasetPath);
};

} // namespace CityAtlas
