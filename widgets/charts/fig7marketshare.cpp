// Figure 7A: share of the smart-city market by world region, 2020, as a pie. The paper prints
// no values: drawn from a table the user loads, or from the bundled sample (labelled so).
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figurepie.h"

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

FigureResult marketShareByRegion(const QString &dataPath)
{
    using namespace FigureData;
    LoadResult loaded = read(dataPath, u"sample_fig7_market_share_2020.csv"_s);
    if (!loaded.table)
        return loadFailure(loaded);
    const FeatureTable &t = *loaded.table;
    FigureResult result;
    int label = column(t, {u"region"_s, u"name"_s, u"label"_s});
    if (label < 0)
        label = firstColumn(t, false);
    int value = column(t, {u"share_pct"_s, u"share"_s, u"market_share"_s, u"value"_s});
    if (value < 0)
        value = firstColumn(t, true);
    if (label < 0)
        result.issues << missingColumn(t, FigureText::tr("region"), {u"region"_s, FigureText::tr("any text column")});
    if (value < 0)
        result.issues << missingColumn(t, FigureText::tr("share"), {u"share_pct"_s, u"share"_s, u"value"_s, FigureText::tr("any numeric column")});
    if (hasErrors(result.issues))
        return result;

    QList<PieSlice> slices;
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto v = t.number(row, value);
        if (!v || *v < 0) {
            result.issues << rowError(t, row, FigureText::tr("the share is not a number ≥ 0"));
            continue;
        }
        slices.append({text(t, row, localizedColumn(t, label)), *v, {}});
    }
    if (hasErrors(result.issues))
        return result;
    result.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::Sample : FigureProvenance::UserData);
    result.chart = pieChart(FigureText::tr("Smart-city market size by world region, 2020"), slices, result.provenance, &result.issues, t.sourcePath());
    result.datasets << fileName(t);
    result.files << t.sourcePath();
    result.issues << loaded.issues;
    return result;
}

} // namespace CityAtlas::FigureBuilders
