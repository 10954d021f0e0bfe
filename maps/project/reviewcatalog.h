#pragma once

#include "analysis/issue.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace CityAtlas {

// The levels of city of the paper's Figure 6, in the figure's order.
enum class ReviewLevel { ViceProvincialAndAbove, PrefectureCity, NationalNewArea, County, UrbanCluster };
inline constexpr std::array<ReviewLevel, 5> AllReviewLevels{ReviewLevel::ViceProvincialAndAbove, ReviewLevel::PrefectureCity,
                                                            ReviewLevel::NationalNewArea, ReviewLevel::County,
                                                            ReviewLevel::UrbanCluster};

QString reviewLevelKey(ReviewLevel level);   // "vice_provincial_and_above", "prefecture_city", ...
QString reviewLevelName(ReviewLevel level);  // the figure's English wording, translated

struct ReviewUnit
{
    QString id;            // GB/T 2260 code (current), or NA01…NA19 / UC01…UC19
    QString nameZh;
    QString nameEn;
    ReviewLevel level = ReviewLevel::PrefectureCity;
    QString provinceCode;  // 6-digit code of the provincial-level division; empty for urban clusters
};

struct UnitMatch
{
    std::optional<ReviewUnit> unit;
    QString problem;       // why nothing matched: unknown, ambiguous, or not a unit of any level
};

// The units that review records are about, by level (see datasets/review/*.md):
// vice-provincial and above and national-level new areas and urban clusters from the
// datasets/review lists, prefecture-level cities from the bundled prefecture map, county-level
// units by code (no bundled list; the map's 27 county-level units also by name).
class ReviewCatalog
{
public:
    struct Sources
    {
        QString provinces, prefectures, viceProvincial, newAreas, urbanClusters;
    };
    struct LoadResult;

    static Sources bundledSources();
    static LoadResult load(const Sources &sources);
    static LoadResult loadBundled();

    // A GB/T 2260 code (2, 4 or 6 digits; old codes of the map data too), a CityAtlas id
    // (NA19), or a Chinese or English name (河北雄安新区, Xiong'an New Area, 广州市, Guangzhou).
    UnitMatch match(const QString &text) const;
    // The unit a stored record refers to; county-level codes give a unit without names.
    std::optional<ReviewUnit> unit(const QString &id) const;
    QList<ReviewUnit> units(ReviewLevel level) const; // listed units, by id
    // False for the county level: there is no complete bundled list of it.
    bool hasCompleteList(ReviewLevel level) const { return level != ReviewLevel::County; }

private:
    std::optional<ReviewUnit> countyByCode(const QString &code) const;
    UnitMatch byIds(const QStringList &ids, const QString &text) const;
    void addUnit(const ReviewUnit &unit, const QStringList &exactNames, const QStringList &names);

    QHash<QString, ReviewUnit> m_units;          // every named unit, by id
    QHash<QString, QString> m_codeAliases;        // old map code → current code
    QHash<QString, QStringList> m_exact;          // exact key → ids
    QHash<QString, QStringList> m_names;          // AdminKeys::normalizeName → ids
    QHash<QString, QString> m_otherExact;         // units of no level: exact key/code → description
    QHash<QString, QString> m_otherNames;         // … by normalised name
    QSet<QString> m_provincePrefixes;             // "44"
    QSet<QString> m_prefecturePrefixes;           // "4401"
};

struct ReviewCatalog::LoadResult
{
    std::optional<ReviewCatalog> catalog; // empty when a list cannot be read
    IssueList issues;
};

} // namespace CityAtlas
