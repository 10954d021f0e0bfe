#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/data/placenameaggregation.h"

#include <QList>
#include <QString>

namespace CityAtlas {

// A province's pilots: how many units of a list lie in it, how many of its prefecture-level
// units have at least one, and rates from its population and area.
struct ProvincePilots
{
    QString code;
    QString name;
    int pilots = 0;
    int prefectures = 0;          // prefecture-level entries (Gazetteer::ancestorAt's convention)
    int prefecturesWithPilot = 0; // of those, the ones with a pilot in them (or naming them)
    double population = qQNaN();  // in the population field's unit (see PilotDensityOptions)
    double areaKm2 = qQNaN();

    double perTenThousandKm2() const { return areaKm2 > 0 ? pilots / areaKm2 * 1e4 : qQNaN(); }
    double perMillionResidents(double personsPerUnit) const;
    double prefectureShare() const { return prefectures > 0 ? double(prefecturesWithPilot) / prefectures : qQNaN(); }
};

struct PilotDensityOptions
{
    QString keyField = QStringLiteral("code");      // GB/T 2260 codes of the province layer
    QString populationField = QStringLiteral("pop_2022");
    double personsPerPopulationUnit = 10000.0;      // the bundled population is in 10,000 persons
    QString areaField = QStringLiteral("area_km2"); // official land area
};

struct PilotDensity
{
    QList<ProvincePilots> provinces; // one per row of the province layer whose key is a province of the gazetteer
    int pilots = 0;                  // rows of the list counted in a province
    IssueList issues;                // fields missing, rows of the layer without a province code
};

// Pilot density by province from a list matched by aggregatePlaceNames() (at any level: the
// matched unit of each row decides its province and prefecture): pilots per 10,000 km², per
// million residents, and the share of prefecture-level units with a pilot. Population and area
// come from the province layer (the bundled provinces with their statistics); a province
// without them keeps its counts and has no rates.
PilotDensity pilotDensity(const PlaceNameAggregation &matched, const Gazetteer &gazetteer, const FeatureTable &provinces,
                          const PilotDensityOptions &options = {});

} // namespace CityAtlas
