// Pilots per million residents by province: a list of pilot units (place names, matched to the
// bundled gazetteer) counted per province over the NBS year-end resident population 2022, as
// columns coloured by the four NBS regions; the legend gives each region's pilots per million.
#include "maps/data/bundleddata.h"
#include "maps/data/pilotdensity.h"
#include "maps/data/vectorreader.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/figurepie.h"
#include "widgets/charts/provincecolumns.h"

#include <QFileInfo>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {
namespace {

// The column of a list holding the unit names: unit (the template's), else a name column, else the first.
int nameColumn(const FeatureTable &list)
{
    for (const QString &name : {u"unit"_s, u"name"_s, u"name_zh"_s, u"单位"_s, u"名称"_s})
        if (const int column = list.fieldIndex(name); column >= 0)
            return column;
    return list.fieldCount() > 0 ? 0 : -1;
}

} // namespace

FigureResult pilotsPerProvince(const QString &dataPath)
{
    using namespace FigureData;
    if (dataPath.isEmpty())
        return FigureResult::failure(FigureText::tr("a list of pilot units is needed (see datasets/templates/pilot_list_template.csv)"));
    const LoadResult list = VectorReader::readAsText(dataPath);
    if (!list.table)
        return loadFailure(list);
    const int column = nameColumn(*list.table);
    if (column < 0)
        return FigureResult::failure(FigureText::tr("%1 has no column of unit names").arg(QFileInfo(dataPath).fileName()), dataPath);
    const QList<PlaceNameRow> rows = placeNameRows(*list.table, column);
    IssueList issues;
    const std::unique_ptr<Gazetteer> gazetteer = Gazetteer::loadBundled(issues);
    if (!gazetteer)
        return FigureResult::failure(firstErrorOrIssue(issues));
    const PlaceNameAggregation matched = aggregatePlaceNames(PlaceNameMatcher(*gazetteer), rows, AdminLevel::Province);
    const LoadResult map = BundledData::loadProvinceMap();
    if (!map.table)
        return loadFailure(map);
    const PilotDensityOptions options;
    const PilotDensity density = pilotDensity(matched, *gazetteer, *map.table, options);
    if (hasErrors(density.issues))
        return FigureResult::failure(firstErrorOrIssue(density.issues));

    // Names in the interface's language and regions from the province map.
    const FeatureTable &t = *map.table;
    const int code = t.fieldIndex(u"code"_s), region = t.fieldIndex(u"region"_s);
    const int name = t.fieldIndex(chineseLocale() ? u"name_zh"_s : u"name_en"_s);
    QHash<QString, std::pair<QString, int>> provinces;
    for (int row = 0; row < t.rowCount(); ++row)
        provinces.insert(text(t, row, code), {text(t, row, name), nbsRegionIndex(text(t, row, region))});

    ProvinceColumnsSpec spec;
    spec.title = FigureText::tr("Pilots per million residents by province");
    spec.axisTitle = FigureText::tr("Pilots per million residents (2022)");
    spec.decimals = 2;
    std::array<double, 4> regionPilots{}, regionPersons{};
    for (const ProvincePilots &p : density.provinces) {
        const double perMillion = p.perMillionResidents(options.personsPerPopulationUnit);
        const auto [label, g] = provinces.value(p.code, {p.name, -1});
        if (!std::isfinite(perMillion) || g < 0)
            continue;
        spec.provinces << ProvinceColumn{label, g, perMillion};
        regionPilots[size_t(g)] += p.pilots;
        regionPersons[size_t(g)] += p.population * options.personsPerPopulationUnit;
    }
    for (int g = 0; g < 4; ++g)
        spec.regionValues[size_t(g)] = regionPersons[size_t(g)] > 0 ? regionPilots[size_t(g)] / regionPersons[size_t(g)] * 1e6 : 0.0;
    if (spec.provinces.size() < 2)
        return FigureResult::failure(FigureText::tr("fewer than two provinces have a population for 2022"));

    int ambiguous = 0, unmatched = 0;
    for (const PlaceNameRowResult &r : matched.rows) {
        ambiguous += r.match.method == MatchMethod::Ambiguous;
        unmatched += r.match.method == MatchMethod::Unmatched;
    }
    FigureResult result;
    result.chart = provinceColumnsByRegion(std::move(spec));
    result.issues << map.issues;
    result.provenance = FigureProvenance::UserData;
    result.datasets << QFileInfo(dataPath).fileName() << QFileInfo(BundledData::provinceStatsPath()).fileName();
    result.files << dataPath << BundledData::divisionsPath() << BundledData::provincesPath() << BundledData::provinceStatsPath();
    result.note = FigureText::tr("%1 of %2 names placed in a province (%3 ambiguous, %4 unmatched: left out); "
                                 "region value = its pilots per million of its residents")
                      .arg(density.pilots).arg(matched.rows.size()).arg(ambiguous).arg(unmatched);
    return result;
}

} // namespace CityAtlas::FigureBuilders
