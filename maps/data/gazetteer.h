#pragma once

#include "analysis/issue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace CityAtlas {

enum class AdminLevel { Province, Prefecture, County };

// "province" / "prefecture" / "county" and back; nullopt-like false for other text.
QString adminLevelName(AdminLevel level);
bool parseAdminLevel(const QString &text, AdminLevel *level);

// One row of datasets/china_divisions.csv.
struct AdminUnit
{
    QString code;         // 6-digit GB/T 2260 code
    QString name;         // official full name (name_zh)
    QString shortName;    // name_short_zh (the full name where no stem is given)
    AdminLevel level = AdminLevel::County;
    QString kind;         // "district", "county-level city", ..., "zone", "statistical area"
    QString parentCode;   // empty for provinces
    QString provinceCode;

    // A county-level division proper: not an NBS development zone (7x code) nor a
    // statistical area (see datasets/china_divisions.md).
    bool isCountyDivision() const
    {
        return level == AdminLevel::County && kind != QLatin1String("zone") && kind != QLatin1String("statistical area");
    }
    bool isZone() const { return kind == QLatin1String("zone"); }
};

// One row of datasets/china_division_changes.csv: a unit renamed or merged since.
struct DivisionChange
{
    QString oldName;
    QString oldCode; // may be empty
    QString newCode; // the unit it is today
    QString year;
    QString note;
};

// The provinces, prefectures and county-level units of the NBS 2023 list
// (datasets/china_divisions.csv) with the renamed or merged units
// (datasets/china_division_changes.csv). Read-only once loaded.
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Gazetteer)

public:
    // Reads both tables through GDAL. Null on failure, with the reason in issues.
    static std::unique_ptr<Gazetteer> load(const QString &divisionsPath, const QString &changesPath, IssueList &issues);
    // load() of the bundled tables (BundledData::divisionsPath(), changesPath()).
    static std::unique_ptr<Gazetteer> loadBundled(IssueList &issues);

    const QList<AdminUnit> &units() const { return m_units; }
    const QList<DivisionChange> &changes() const { return m_changes; }
    const AdminUnit *unit(const QString &code) const; // null for an unknown code
    // "220104 朝阳区 (长春市)": the unit with its parent, to tell namesakes apart; the code alone when unknown.
    QString describe(const QString &code) const;

    // The unit at a level that contains the unit `code` (the unit itself when it is at that
    // level); empty when there is none: the unit is coarser, or a zone or statistical area and
    // the level is county. Prefecture level follows the bundled prefecture map: a unit in a
    // municipality (Beijing, Tianjin, Shanghai, Chongqing) counts under the municipality itself,
    // and a county-level unit directly under a province (济源, 仙桃, 石河子 ...) is its own
    // prefecture-level entry.
    QString ancestorAt(const QString &code, AdminLevel level) const;
    // Whether `code` lies inside `ancestor` (a proper descendant).
    bool isWithin(const QString &code, const QString &ancestor) const;
    // The codes of the units whose parent is `code`, in code order.
    QStringList children(const QString &code) const;
    // The number of county-level divisions (isCountyDivision()) per province code.
    QHash<QString, int> countyDivisionsPerProvince() const;

private:
    Gazetteer() = default;

    QList<AdminUnit> m_units;
    QHash<QString, int> m_index; // code → position in m_units
    QHash<QString, QStringList> m_children;
    QList<DivisionChange> m_changes;
};

} // namespace CityAtlas
