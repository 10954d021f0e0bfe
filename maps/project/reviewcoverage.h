#pragma once

#include "maps/project/projecttypes.h"
#include "maps/project/reviewcatalog.h"

namespace CityAtlas {

// One row of the paper's Figure 6 (datasets/paper/fig6_top_level_design.csv).
struct PublishedBaseline
{
    qint64 planned = 0;
    qint64 total = 0;
    bool uncertain = false;   // an uncertain OCR reading
    QString note;

    double share() const { return total > 0 ? double(planned) / double(total) : 0.0; }
};

struct LevelCoverage
{
    ReviewLevel level = ReviewLevel::ViceProvincialAndAbove;
    int planned = 0;                  // units with a record in preparation or approved
    qint64 total = 0;                 // units of the level
    bool totalFromBaseline = false;   // no bundled list: the total is the published one
    std::optional<PublishedBaseline> baseline;

    std::optional<double> share() const
    {
        return total > 0 ? std::optional<double>(double(planned) / double(total)) : std::nullopt;
    }
};

// The coverage of one provincial-level division (GB/T 2260 code, e.g. "130000").
struct ProvinceCoverage
{
    QString provinceCode;
    int planned = 0;                  // its units with a record in preparation or approved
    int total = 0;                    // its units under review

    std::optional<double> share() const
    {
        return total > 0 ? std::optional<double>(double(planned) / double(total)) : std::nullopt;
    }
};

struct CoverageSummary
{
    QList<LevelCoverage> levels;      // in the figure's order
    IssueList issues;                 // records of unknown units, a missing baseline
};

// The coverage of smart-city top-level design by level, computed from review records.
class ReviewCoverage
{
public:
    struct Baseline
    {
        QHash<ReviewLevel, PublishedBaseline> rows;
        IssueList issues;
    };
    static QString bundledBaselinePath();
    static Baseline loadBaseline(const QString &path);

    static CoverageSummary summarize(const QList<ReviewRecord> &records, const ReviewCatalog &catalog, const Baseline &baseline);

    // Coverage by province, ordered by code: the units under review (every listed unit, plus
    // county-level units that have a record) of the given level, or of all levels, that lie in a
    // province (urban clusters do not), grouped by the first two digits of their province code.
    // Records of unknown units are not counted. Provinces without units are left out.
    static QList<ProvinceCoverage> coverageByProvince(const QList<ReviewRecord> &records, const ReviewCatalog &catalog,
                                                      std::optional<ReviewLevel> level = std::nullopt);
};

} // namespace CityAtlas
