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
    // "density_2022" (resident population 2022 per km² of official land area).
    static LoadResult loadProvinceMap(Feedback *feedback = nullptr);
    static QString densityField() { return QStringLiteral("density_2022"); }
    static QString provinceMapSourceLine();
    // A readable, translated caption for the bundled datasets' fields ("Population density
    // 2022 (people per km²)"); other names come back unchanged.
    static QString fieldCaption(const QString &field);
    // The name of a bundled map layer in the interface language ("China's provinces"); empty
    // for other files.
    static QString layerCaption(const QString &datasetPath);
};

} // namespace CityAtlas
