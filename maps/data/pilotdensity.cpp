#include "maps/data/pilotdensity.h"

#include "maps/data/adminkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

// Messages of this file are translated in the context of PilotDensity.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PilotDensity)
};

// The prefecture-level entries of every province: each prefecture, and each county-level
// division that has no prefecture above it (a municipality counts as one entry).
QHash<QString, QSet<QString>> prefectureEntries(const Gazetteer &gazetteer)
{
    QHash<QString, QSet<QString>> entries;
    for (const AdminUnit &unit : gazetteer.units()) {
        if (unit.level == AdminLevel::Province || (unit.level == AdminLevel::County && !unit.isCountyDivision()))
            continue;
        if (const QString entry = gazetteer.ancestorAt(unit.code, AdminLevel::Prefecture); !entry.isEmpty())
            entries[unit.provinceCode].insert(entry);
    }
    return entries;
}

} // namespace

double ProvincePilots::perMillionResidents(double personsPerUnit) const
{
    const double persons = population * personsPerUnit;
    return persons > 0 ? pilots / persons * 1e6 : qQNaN();
}

PilotDensity pilotDensity(const PlaceNameAggregation &matched, const Gazetteer &gazetteer, const FeatureTable &provinces,
                          const PilotDensityOptions &options)
{
    PilotDensity result;
    const int key = provinces.fieldIndex(options.keyField);
    if (key < 0) {
        result.issues << Issue::error(Tr::tr("%1: no field '%2' with the provinces' codes").arg(provinces.name(), options.keyField));
        return result;
    }
    const int population = provinces.fieldIndex(options.populationField);
    const int area = provinces.fieldIndex(options.areaField);
    for (const auto &[column, name] : {std::pair(population, options.populationField), std::pair(area, options.areaField)})
        if (column < 0)
            result.issues << Issue::warning(Tr::tr("%1: no field '%2'; the rates that need it are left empty").arg(provinces.name(), name));

    QHash<QString, int> pilots;
    QHash<QString, QSet<QString>> withPilot;
    for (const PlaceNameRowResult &row : matched.rows) {
        if (!row.match.isMatched())
            continue;
        const QString province = gazetteer.ancestorAt(row.match.code, AdminLevel::Province);
        if (province.isEmpty())
            continue;
        ++pilots[province];
        ++result.pilots;
        if (const QString entry = gazetteer.ancestorAt(row.match.code, AdminLevel::Prefecture); !entry.isEmpty())
            withPilot[province].insert(entry);
    }

    const QHash<QString, QSet<QString>> entries = prefectureEntries(gazetteer);
    for (int row = 0; row < provinces.rowCount(); ++row) {
        const QString code = AdminKeys::normalizeCode(provinces.value(row, key).toString());
        const AdminUnit *unit = gazetteer.unit(code);
        if (!unit || unit->level != AdminLevel::Province)
            continue;
        ProvincePilots p;
        p.code = code;
        p.name = unit->name;
        p.pilots = pilots.value(code);
        p.prefectures = int(entries.value(code).size());
        p.prefecturesWithPilot = int(withPilot.value(code).size());
        if (population >= 0)
            p.population = provinces.number(row, population).value_or(qQNaN());
        if (area >= 0)
            p.areaKm2 = provinces.number(row, area).value_or(qQNaN());
        result.provinces << p;
    }
    return result;
}

} // namespace CityAtlas
