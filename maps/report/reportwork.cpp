#include "maps/report/reportwork.h"

#include "maps/data/bundleddata.h"
#include "maps/data/datasetinfo.h"
#include "maps/report/reporttable.h"

#include <QHash>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace CityAtlas {

ReportWork::UnitCount ReportWork::layerUnits(const QList<LayerRecipe> &projectLayers)
{
    auto counted = std::make_shared<QHash<QString, qint64>>();
    return [projectLayers, counted](const QString &name) -> qint64 {
        if (const auto it = counted->constFind(name); it != counted->cend())
            return *it;
        QString path, layerName;
        if (name == u"provinces"_s) {
            path = BundledData::provincesPath();
        } else if (name == u"prefectures"_s) {
            path = BundledData::prefecturesPath();
        } else {
            for (const LayerRecipe &recipe : projectLayers)
                if (recipe.name == name) {
                    path = recipe.sourcePath;
                    layerName = recipe.layerName;
                    break;
                }
        }
        qint64 units = 0;
        if (!path.isEmpty()) {
            const DatasetInfo info = describeDataset(path);
            for (const LayerInfo &layer : info.layers)
                if (layerName.isEmpty() || layer.name == layerName) {
                    units = std::max<qint64>(0, layer.featureCount);
                    break;
                }
        }
        counted->insert(name, units);
        return units;
    };
}

qint64 ReportWork::estimate(const ReportDefinition &report, const UnitCount &units, std::optional<int> onlyPage)
{
    qint64 work = 0;
    for (int p = 0; p < report.pages.size(); ++p) {
        if (onlyPage && *onlyPage != p)
            continue;
        for (const ReportItem &item : report.pages[p].items) {
            switch (item.kind) {
            case ReportItem::Kind::Map:
                work += units(item.layer) * MapCostPerUnit;
                break;
            case ReportItem::Kind::Table: {
                // Permutations out of range are refused by the table itself, with its own message.
                const int permutations = ReportTables::permutations(item);
                const bool permuted = item.table == u"moran"_s && permutations >= 0 && permutations <= ReportTables::MaxPermutations;
                work += permuted ? units(u"provinces"_s) * (qint64(permutations) + 1) : ItemCost;
                break;
            }
            case ReportItem::Kind::Chart:
                work += ItemCost;
                break;
            case ReportItem::Kind::Text:
                work += TextCost;
                break;
            }
        }
    }
    return work;
}

QString ReportWork::refusal(const ReportDefinition &report, const UnitCount &units, std::optional<int> onlyPage)
{
    const qint64 work = estimate(report, units, onlyPage);
    if (work <= Budget)
        return {};
    return tr("report '%1' asks for %L2 units of work, more than a report may ask (%L3): each Moran table costs its "
              "units × (permutations + 1), each map its units × %L4, each chart or other table %L5; use fewer "
              "permutations, maps or pages")
        .arg(report.name).arg(work).arg(Budget).arg(MapCostPerUnit).arg(ItemCost);
}

} // namespace CityAtlas
