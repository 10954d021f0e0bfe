#pragma once

#include "maps/project/layerrecipe.h"
#include "maps/report/reportdefinition.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace CityAtlas {

// The work a report asks for, counted before any of it is done, so that a report saved in a
// project (data from anyone) cannot keep CityAtlas busy for many minutes. The unit of work is
// one unit in one permutation of Moran's I (0.05 to 0.1 µs): a Moran table costs its units ×
// (permutations + 1), a map the units it draws × MapCostPerUnit (5 to 20 ms a unit, drawn as
// vectors at 300 dpi), any other table or chart ItemCost (50 to 100 ms), text TextCost. The
// budget is about two minutes of a busy machine: some 580 Moran tables of 99,999 permutations
// over the provinces, 580 province maps or 50 prefecture maps, or 2,000 charts.
class ReportWork
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportWork)

public:
    static constexpr qint64 Budget = 2'000'000'000;
    static constexpr qint64 MapCostPerUnit = 100'000;
    static constexpr qint64 ItemCost = 1'000'000;
    static constexpr qint64 TextCost = 10'000;

    // The number of units (features) of a layer a map names: "provinces", "prefectures" or a
    // project layer by name; 0 when it cannot be read (the report then fails on that item).
    using UnitCount = std::function<qint64(const QString &layer)>;
    // Counts from the datasets' feature counts (GDAL), without reading their features.
    static UnitCount layerUnits(const QList<LayerRecipe> &projectLayers);

    // The work of the whole report, or of one page (a preview).
    static qint64 estimate(const ReportDefinition &report, const UnitCount &units, std::optional<int> onlyPage = std::nullopt);
    // Empty, or why the report is refused (naming the report, its work and the budget).
    static QString refusal(const ReportDefinition &report, const UnitCount &units, std::optional<int> onlyPage = std::nullopt);
};

} // namespace CityAtlas
