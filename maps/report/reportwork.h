#pragma once

#include "maps/project/layerrecipe.h"
#include "maps/report/reportdefinition.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace CityAtlas {

// The work a report asks for, counted before any of it is done, so that a report saved in a
// project (data from anyone) cannot keep CityAtlas busy for minutes. In units of work, about
// a microsecond each: a Moran table costs its units × (permutations + 1), a map the units it
// draws × MapCostPerUnit, an inequality table its units, any other table or chart a fixed cost.
class ReportWork
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportWork)

public:
    static constexpr qint64 Budget = 100'000'000;
    static constexpr qint64 MapCostPerUnit = 200;
    static constexpr qint64 ItemCost = 20'000;      // a chart, an evaluation or coverage table
    static constexpr qint64 TextCost = 100;

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
