#pragma once

#include "widgets/charts/figuredata.h"

namespace CityAtlas::FigureBuilders {

struct PieSlice
{
    QString label;
    double value = 0.0;  // slices show value / Σ value as a percentage
    QString detail;      // optional second line, e.g. "0.92 per 10,000 people"
};

// A pie in the CityAtlas look: slices in palette order, labels outside with the name and
// the percentage, no legend. Null with an error in *issues when all values are 0.
std::unique_ptr<QChart> pieChart(const QString &title, const QList<PieSlice> &slices, FigureProvenance provenance,
                                 IssueList *issues, const QString &file);

// The four NBS economic regions in the paper's order (Eastern, Central, Western, Northeast):
// the index of a region name in English or Chinese ("Eastern", "East", "Eastern Region",
// "Middle", "东部", "东部地区" ...), or -1.
int nbsRegionIndex(const QString &name);
QString nbsRegionName(int index); // translated

} // namespace CityAtlas::FigureBuilders
