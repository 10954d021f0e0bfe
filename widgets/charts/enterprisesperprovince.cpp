// Enterprises per 10,000 residents by province, 2022: enterprise legal-person units (企业法人单位数,
// a secondary copy of NBS data) over the NBS year-end resident population, as columns,
// provinces sorted from the most on the left, names upright along the axis, coloured by the four
// NBS regions. The legend gives
// each region's value (its units over its residents), the source line the Theil T split.
#include "analysis/inequality.h"
#include "maps/data/bundleddata.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/figurepie.h"
#include "widgets/charts/provincecolumns.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <array>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

FigureResult enterprisesPerCapitaByProvince(const QString &dataPath)
{
    using namespace FigureData;
    // The bundled map with its statistics, and the bundled enterprise counts or the table given.
    const LoadResult map = BundledData::loadProvinceMap(nullptr, dataPath);
    if (!map.table)
        return loadFailure(map);
    const FeatureTable &t = *map.table;
    const int value = t.fieldIndex(BundledData::enterprisesPerCapitaField());
    const int enterprises = t.fieldIndex(u"enterprises_2022"_s);
    const int population = t.fieldIndex(u"pop_2022"_s);
    const int region = t.fieldIndex(u"region"_s);
    const int name = t.fieldIndex(chineseLocale() ? u"name_zh"_s : u"name_en"_s);
    if (value < 0 || enterprises < 0 || population < 0 || region < 0 || name < 0)
        return FigureResult::failure(FigureText::tr("the province map has no enterprises per 10,000 residents for 2022"));

    struct Province
    {
        QString name;
        int region = -1;
        double perCapita = 0;
    };
    QList<Province> provinces;
    std::array<double, 4> regionEnterprises{}, regionPopulation{};
    QList<double> values, weights;
    QList<int> labels;
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto v = t.number(row, value);
        const auto e = t.number(row, enterprises);
        const auto p = t.number(row, population);
        const int g = nbsRegionIndex(text(t, row, region));
        if (!v || !e || !p || g < 0)
            continue; // Hong Kong, Macao, Taiwan: no statistics
        provinces.append({text(t, row, name), g, *v});
        regionEnterprises[size_t(g)] += *e;
        regionPopulation[size_t(g)] += *p;
        values << *v;
        weights << *p;
        labels << g;
    }
    if (provinces.size() < 2)
        return FigureResult::failure(FigureText::tr("fewer than two provinces have enterprises and population for 2022"));
    // The Theil T of the per-capita values weighted by population, split between and within regions.
    const TheilDecomposition theil = decomposeTheil(TheilIndex::T, std::span<const double>(values.constData(), values.size()),
                                                    std::span<const int>(labels.constData(), labels.size()),
                                                    std::span<const double>(weights.constData(), weights.size()));

    ProvinceColumnsSpec spec;
    spec.title = FigureText::tr("Enterprises per 10,000 residents by province, 2022");
    spec.axisTitle = FigureText::tr("Units per 10,000 residents");
    for (const Province &p : std::as_const(provinces))
        spec.provinces << ProvinceColumn{p.name, p.region, p.perCapita};
    for (int g = 0; g < 4; ++g)
        spec.regionValues[size_t(g)] = regionPopulation[size_t(g)] > 0 ? regionEnterprises[size_t(g)] / regionPopulation[size_t(g)] : 0.0;
    std::unique_ptr<QChart> chart = provinceColumnsByRegion(std::move(spec));
    const QLocale locale;

    FigureResult result;
    result.chart = std::move(chart);
    result.issues << map.issues;
    result.provenance = dataPath.isEmpty() ? FigureProvenance::SecondaryCopy : FigureProvenance::UserData;
    const QString table = dataPath.isEmpty() ? BundledData::enterprisesPath() : dataPath;
    result.datasets << QFileInfo(table).fileName() << QFileInfo(BundledData::provinceStatsPath()).fileName();
    result.files << BundledData::provincesPath() << BundledData::provinceStatsPath() << table;
    QStringList notes;
    notes << (dataPath.isEmpty() ? FigureText::tr("Source: NBS 企业法人单位数 (secondary copy) and NBS year-end population 2022")
                                 : FigureText::tr("Source: %1 and NBS year-end population 2022").arg(QFileInfo(dataPath).fileName()));
    notes << FigureText::tr("region value = its units / its residents");
    if (theil.ok() && theil.total > 0)
        notes << FigureText::tr("Theil T (population-weighted) %1: between regions %2 (%3 %), within %4")
                     .arg(locale.toString(theil.total, 'f', 4), locale.toString(theil.between, 'f', 4),
                          locale.toString(100.0 * theil.between / theil.total, 'f', 0), locale.toString(theil.within, 'f', 4));
    result.note = notes.join(u"; "_s);
    return result;
}

} // namespace CityAtlas::FigureBuilders
