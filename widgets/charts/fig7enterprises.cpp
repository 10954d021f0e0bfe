// Figure 7C and 7D: smart-city construction enterprises by the four NBS economic regions, as
// counts (7C) and by the paper's per-capita method (7D): r_g = enterprises_g / population_g,
// share_g = r_g / Σ r (analysis/percapita.h). Population per region: the 2022 resident
// population of the bundled province table summed by region, or a population column.
#include "analysis/percapita.h"
#include "maps/data/bundleddata.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figurepie.h"

#include <QLocale>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {
namespace {

struct RegionRow
{
    int region = -1;      // NBS region index
    QString label;        // as the table writes it (localized column when there is one)
    double enterprises = 0.0;
    std::optional<double> population;
};

struct RegionTable
{
    QList<RegionRow> rows; // in the paper's region order
    QString file;
    QString path; // as read
    FigureProvenance provenance = FigureProvenance::Sample;
    bool hasPopulation = false;
};

// Reads a table of enterprises by region; on failure the issues say why.
std::optional<RegionTable> readRegions(const QString &dataPath, IssueList *issues)
{
    using namespace FigureData;
    LoadResult loaded = read(dataPath, u"sample_fig7_enterprises_2022.csv"_s);
    *issues << loaded.issues;
    if (!loaded.table) {
        if (!hasErrors(*issues))
            *issues << Issue::error(FigureText::tr("the table could not be read"));
        return std::nullopt;
    }
    const FeatureTable &t = *loaded.table;
    const QStringList regionNames{u"region"_s, u"nbs_region"_s, u"地区"_s};
    const QStringList valueNames{u"enterprises"_s, u"count"_s, u"value"_s};
    int region = column(t, regionNames);
    int value = column(t, valueNames);
    const int population = column(t, {u"population"_s, u"pop"_s});
    if (value < 0)
        value = firstColumn(t, true, {population});
    if (region < 0)
        *issues << missingColumn(t, FigureText::tr("region"), regionNames);
    if (value < 0)
        *issues << missingColumn(t, FigureText::tr("enterprises"), valueNames);
    if (hasErrors(*issues))
        return std::nullopt;

    RegionTable table;
    table.file = fileName(t);
    table.path = t.sourcePath();
    table.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::Sample : FigureProvenance::UserData);
    table.hasPopulation = population >= 0;
    std::array<bool, 4> seen{};
    for (int row = 0; row < t.rowCount(); ++row) {
        const QString name = text(t, row, region);
        const int index = nbsRegionIndex(name);
        const auto v = t.number(row, value);
        if (index < 0) {
            *issues << rowError(t, row, FigureText::tr("'%1' is not one of the four NBS regions (Eastern, Central, Western, Northeast)").arg(name));
            continue;
        }
        if (seen[index]) {
            *issues << rowError(t, row, FigureText::tr("the region '%1' appears twice").arg(name));
            continue;
        }
        seen[index] = true;
        if (!v || !std::isfinite(*v) || *v < 0) {
            *issues << rowError(t, row, FigureText::tr("the number of enterprises is not a number ≥ 0"));
            continue;
        }
        RegionRow r{index, text(t, row, localizedColumn(t, region)), *v, std::nullopt};
        if (table.hasPopulation)
            r.population = t.number(row, population);
        table.rows << r;
    }
    if (table.rows.isEmpty() && !hasErrors(*issues))
        *issues << Issue::error(FigureText::tr("%1: the table has no rows").arg(t.sourcePath()), t.sourcePath());
    if (hasErrors(*issues))
        return std::nullopt;
    std::sort(table.rows.begin(), table.rows.end(), [](const RegionRow &a, const RegionRow &b) { return a.region < b.region; });
    return table;
}

// Resident population 2022 (10,000 persons) per NBS region, from the bundled province table.
std::optional<std::array<double, 4>> regionPopulation(IssueList *issues)
{
    using namespace FigureData;
    LoadResult loaded = read(BundledData::provinceStatsPath(), {});
    if (!loaded.table) {
        *issues << loaded.issues;
        return std::nullopt;
    }
    const FeatureTable &t = *loaded.table;
    const int region = column(t, {u"region"_s});
    const int population = column(t, {u"pop_2022"_s});
    if (region < 0 || population < 0) {
        *issues << missingColumn(t, u"region, pop_2022"_s, {u"region"_s, u"pop_2022"_s});
        return std::nullopt;
    }
    QList<double> values;
    QList<int> labels;
    for (int row = 0; row < t.rowCount(); ++row) {
        const int index = nbsRegionIndex(text(t, row, region));
        if (index < 0)
            continue;
        values << t.number(row, population).value_or(std::nan(""));
        labels << index;
    }
    const GroupTotals totals = groupTotals(std::span<const double>(values.constData(), values.size()),
                                           std::span<const int>(labels.constData(), labels.size()), 4);
    *issues << totals.issues;
    if (!totals.ok())
        return std::nullopt;
    std::array<double, 4> result{};
    for (const GroupTotal &g : totals.groups)
        result[g.group] = g.total;
    return result;
}

} // namespace

FigureResult enterprisesByRegion(const QString &dataPath)
{
    FigureResult result;
    const auto table = readRegions(dataPath, &result.issues);
    if (!table)
        return result;
    QList<PieSlice> slices;
    for (const RegionRow &r : table->rows)
        slices.append({r.label, r.enterprises, FigureText::tr("%1 enterprises").arg(QLocale().toString(r.enterprises, 'f', 0))});
    result.provenance = table->provenance;
    result.chart = pieChart(FigureText::tr("Smart-city construction enterprises by region, 2022"), slices, result.provenance,
                            &result.issues, table->file);
    result.datasets << table->file;
    result.files << table->path;
    return result;
}

FigureResult perCapitaEnterprises(const QString &dataPath)
{
    FigureResult result;
    const auto table = readRegions(dataPath, &result.issues);
    if (!table)
        return result;
    std::optional<std::array<double, 4>> bundled;
    if (!table->hasPopulation) {
        bundled = regionPopulation(&result.issues);
        if (!bundled)
            return result;
    }
    QList<double> enterprises, population;
    for (const RegionRow &r : table->rows) {
        enterprises << r.enterprises;
        population << (bundled ? (*bundled)[r.region] : r.population.value_or(std::nan("")));
    }
    const PerCapitaShares shares = perCapitaShares(std::span<const double>(enterprises.constData(), enterprises.size()),
                                                   std::span<const double>(population.constData(), population.size()));
    for (Issue issue : shares.issues) {
        if (issue.row >= 0 && issue.row < table->rows.size())
            issue.message = FigureText::tr("%1, region %2: %3").arg(table->file, table->rows[issue.row].label, issue.message);
        result.issues << issue;
    }
    if (!shares.ok())
        return result;

    QList<PieSlice> slices;
    for (int i = 0; i < table->rows.size(); ++i) {
        const double ratio = shares.groups[i].ratio;
        // The pie shows the normalised ratios: its percentages are the shares.
        slices.append({table->rows[i].label, shares.groups[i].share,
                       bundled ? FigureText::tr("%1 per 10,000 people").arg(QLocale().toString(ratio, 'f', 2)) : QString()});
    }
    result.provenance = table->provenance;
    result.chart = pieChart(FigureText::tr("Smart-city construction enterprises per capita by region, 2022"), slices,
                            result.provenance, &result.issues, table->file);
    result.datasets << table->file;
    result.files << table->path;
    if (bundled) {
        result.datasets << FigureText::tr("%1 (NBS, resident population 2022)").arg(u"china_province_stats.csv"_s);
        result.files << BundledData::provinceStatsPath(); // what regionPopulation read
    }
    result.note = FigureText::tr("share = (enterprises / population) / Σ over regions");
    return result;
}

} // namespace CityAtlas::FigureBuilders
