#include "maps/project/reviewcoverage.h"

#include "maps/data/bundleddata.h"
#include "maps/data/vectorreader.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of ReviewCoverage.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReviewCoverage)
};
} // namespace

namespace {

// The figure's English labels, as transcribed in fig6_top_level_design.csv.
std::optional<ReviewLevel> levelOfLabel(const QString &label)
{
    const QString l = label.toLower();
    if (l.contains(u"prefecture"_s))      // "Prefecture-level city (excluding vice-provincial level)"
        return ReviewLevel::PrefectureCity;
    if (l.contains(u"vice-provincial"_s))
        return ReviewLevel::ViceProvincialAndAbove;
    if (l.contains(u"new area"_s))
        return ReviewLevel::NationalNewArea;
    if (l.contains(u"county"_s))
        return ReviewLevel::County;
    if (l.contains(u"urban cluster"_s) || l.contains(u"agglomeration"_s))
        return ReviewLevel::UrbanCluster;
    return std::nullopt;
}

} // namespace

QString ReviewCoverage::bundledBaselinePath()
{
    return BundledData::path(u"paper/fig6_top_level_design.csv"_s);
}

ReviewCoverage::Baseline ReviewCoverage::loadBaseline(const QString &path)
{
    Baseline baseline;
    const LoadResult loaded = VectorReader::read(path);
    if (!loaded.table) {
        baseline.issues << loaded.issues;
        return baseline;
    }
    const FeatureTable &t = *loaded.table;
    const int level = t.fieldIndex(u"level"_s), planned = t.fieldIndex(u"planned"_s), total = t.fieldIndex(u"total"_s);
    const int uncertain = t.fieldIndex(u"ocr_uncertain"_s), note = t.fieldIndex(u"note"_s);
    if (level < 0 || planned < 0 || total < 0) {
        baseline.issues << Issue::error(Tr::tr("%1: expected the columns level, planned and total").arg(path), path);
        return baseline;
    }
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto which = levelOfLabel(t.value(row, level).toString());
        const auto p = t.number(row, planned), n = t.number(row, total);
        if (!which || !p || !n) {
            Issue issue = Issue::warning(Tr::tr("%1, row %2: not a level of Figure 6 with planned and total numbers; skipped")
                                             .arg(path).arg(row + 2), path);
            issue.row = row;
            baseline.issues << issue;
            continue;
        }
        baseline.rows.insert(*which, {qint64(*p), qint64(*n), uncertain >= 0 && t.number(row, uncertain).value_or(0) != 0,
                                      note >= 0 ? t.value(row, note).toString() : QString()});
    }
    return baseline;
}

CoverageSummary ReviewCoverage::summarize(const QList<ReviewRecord> &records, const ReviewCatalog &catalog, const Baseline &baseline)
{
    CoverageSummary summary;
    QHash<ReviewLevel, int> planned;
    for (const ReviewRecord &record : records) {
        const auto unit = catalog.unit(record.unitId);
        if (!unit) {
            summary.issues << Issue::warning(Tr::tr("review record of unknown unit '%1' is not counted").arg(record.unitId));
            continue;
        }
        if (record.isPlanned())
            ++planned[unit->level];
    }
    for (const ReviewLevel level : AllReviewLevels) {
        LevelCoverage row;
        row.level = level;
        row.planned = planned.value(level);
        if (baseline.rows.contains(level))
            row.baseline = baseline.rows.value(level);
        if (catalog.hasCompleteList(level)) {
            row.total = catalog.units(level).size();
        } else if (row.baseline) {
            row.total = row.baseline->total;
            row.totalFromBaseline = true;
        } else {
            summary.issues << Issue::warning(Tr::tr("%1: no unit list and no published total; the share is unknown")
                                                 .arg(reviewLevelName(level)));
        }
        summary.levels << row;
    }
    if (baseline.rows.isEmpty())
        summary.issues << baseline.issues;
    return summary;
}

QList<ProvinceCoverage> ReviewCoverage::coverageByProvince(const QList<ReviewRecord> &records, const ReviewCatalog &catalog,
                                                           std::optional<ReviewLevel> level)
{
    QHash<QString, ReviewUnit> units; // by id
    for (const ReviewLevel l : AllReviewLevels)
        if (!level || *level == l)
            for (const ReviewUnit &unit : catalog.units(l))
                units.insert(unit.id, unit);
    QSet<QString> planned;
    for (const ReviewRecord &record : records) {
        const auto unit = catalog.unit(record.unitId);
        if (!unit || (level && unit->level != *level))
            continue;
        units.insert(unit->id, *unit);
        if (record.isPlanned())
            planned.insert(unit->id);
    }
    QMap<QString, ProvinceCoverage> byProvince;
    for (const ReviewUnit &unit : std::as_const(units)) {
        if (unit.provinceCode.size() < 2)
            continue;
        const QString code = unit.provinceCode.left(2) + u"0000"_s;
        ProvinceCoverage &row = byProvince[code];
        row.provinceCode = code;
        ++row.total;
        row.planned += planned.contains(unit.id) ? 1 : 0;
    }
    return byProvince.values();
}

} // namespace CityAtlas
