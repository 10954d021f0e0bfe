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
};

} // namespace CityAtlas
