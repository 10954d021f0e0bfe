#pragma once

#include "widgets/charts/figure.h"

namespace CityAtlas::FigureBuilders {

// One builder per figure of the paper (one .cpp each); registered in figure.cpp.
// dataPath empty: the bundled table of that figure.
FigureResult coreFeatures(const QString &dataPath);         // fig2 (a concept diagram: no data)
FigureResult indicatorFramework(const QString &dataPath);   // fig3 (an indicator system .json)
FigureResult publicationsPerYear(const QString &dataPath);  // fig4 (needs a bibliographic export)
FigureResult topLevelDesign(const QString &dataPath);       // fig6 (a table, or a project .cityatlas)
FigureResult marketShareByRegion(const QString &dataPath);  // fig7a
FigureResult investmentByYear(const QString &dataPath);     // fig7b
FigureResult enterprisesByRegion(const QString &dataPath);  // fig7c
FigureResult perCapitaEnterprises(const QString &dataPath); // fig7d
// Not a figure of the paper: enterprise legal-person units per 10,000 residents by province, 2022
// (a secondary copy of NBS data), from the bundled table or a table of counts by province and year.
FigureResult enterprisesPerCapitaByProvince(const QString &dataPath); // enterprises
FigureResult pilotsPerProvince(const QString &dataPath);               // pilots
FigureResult imdRankBump(const QString &dataPath);          // table1
FigureResult imdRankVsHdi(const QString &dataPath);         // table1-hdi
FigureResult policyTimeline(const QString &dataPath);       // table2

} // namespace CityAtlas::FigureBuilders
