// Figure 6: smart cities planned over all cities, per level of city, as horizontal bars of
// the planned share (the rest of the level in grey), levels in the paper's order from the top.
// From a project file (.cityatlas): the coverage computed from its review records, with the
// published numbers (the paper's Figure 6) as a second bar per level.
#include "maps/data/inputfile.h"
#include "maps/project/projectstore.h"
#include "maps/render/maprenderer.h"
#include "maps/project/reviewcatalog.h"
#include "maps/project/reviewcoverage.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/labelfit.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

namespace {
struct Level
{
    QString label;
    qint64 planned = 0;
    qint64 total = 0;
    bool uncertain = false;
};

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"cityatlas"_s, Qt::CaseInsensitive) == 0;
}

// The schema version in a SQLite file's header ("PRAGMA user_version", bytes 60–63, big
// endian); empty when the file is not a SQLite database.
std::optional<qint64> sqliteUserVersion(const QString &path)
{
    if (!InputFile::refusal(path).isEmpty())
        return std::nullopt; // a pipe is never opened; ProjectStore::open says what it is
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return std::nullopt;
    qint64 version = 0;
    for (int i = 60; i < 64; ++i)
        version = (version << 8) | quint8(header[i]);
    return version;
}

FigureResult tableFigure(const QString &dataPath);

// The coverage from a project's review records; without records, the paper's numbers with a
// note. The project is only read: never saved, and a project of an older schema (which
// opening would migrate in place) is refused.
FigureResult projectFigure(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    if (const auto version = sqliteUserVersion(path); version && *version >= 1 && *version < ProjectStore::SchemaVersion)
        return FigureResult::failure(
            FigureText::tr("%1: project schema %2 is older than this CityAtlas's (%3); open the project in CityAtlas once to "
                           "update it (figures only read projects)").arg(path).arg(*version).arg(ProjectStore::SchemaVersion),
            path);
    ProjectStore::OpenResult opened = ProjectStore::open(path);
    if (!opened.store) {
        FigureResult failed;
        failed.issues = opened.issues;
        if (!hasErrors(failed.issues))
            failed.issues << Issue::error(FigureText::tr("%1: the project cannot be opened").arg(path), path);
        return failed;
    }
    // opened.issues are about the project's layer files, which this figure does not use.
    const QList<ReviewRecord> records = opened.store->content().reviews;
    const QString title = opened.store->content().title.isEmpty() ? QFileInfo(path).completeBaseName()
                                                                  : opened.store->content().title;
    opened.store.reset();

    if (records.isEmpty()) {
        FigureResult result = tableFigure({});
        if (result.chart) {
            const QString note = FigureText::tr("the project %1 has no review records: the paper's numbers").arg(file);
            result.note = result.note.isEmpty() ? note : note + u"; "_s + result.note;
        }
        return result;
    }

    ReviewCatalog::LoadResult catalog = ReviewCatalog::loadBundled();
    if (!catalog.catalog) {
        FigureResult failed;
        failed.issues = catalog.issues;
        if (!hasErrors(failed.issues))
            failed.issues << Issue::error(FigureText::tr("the lists of units of each level cannot be read"));
        return failed;
    }
    const ReviewCoverage::Baseline baseline = ReviewCoverage::loadBaseline(ReviewCoverage::bundledBaselinePath());
    const CoverageSummary summary = ReviewCoverage::summarize(records, *catalog.catalog, baseline);
    if (summary.levels.isEmpty())
        return FigureResult::failure(FigureText::tr("%1: no levels to draw").arg(path), path);

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(FigureText::tr("Top-level design of smart cities by level of city: %1").arg(title));
    auto *projectSet = new QBarSet(FigureText::tr("%1: review records").arg(title));
    auto *baselineSet = new QBarSet(FigureText::tr("Published (the paper's Figure 6)"));
    QStringList categories;
    QStringList uncertain;
    bool publishedTotal = false;
    const QLocale locale;
    // Horizontal bar categories run from the bottom up: append in reverse to keep the
    // figure's order from the top.
    for (auto it = summary.levels.crbegin(); it != summary.levels.crend(); ++it) {
        const LevelCoverage &l = *it;
        const QString name = reviewLevelName(l.level);
        // Percentages to one decimal, so that the bar labels read 0.7% rather than 0.722%.
        const auto percent = [](double share) { return std::round(1000.0 * share) / 10.0; };
        *projectSet << (l.share() ? percent(*l.share()) : 0.0);
        *baselineSet << (l.baseline ? percent(l.baseline->share()) : 0.0);
        const QString counts = l.total > 0 ? FigureText::tr("%1/%2").arg(locale.toString(l.planned), locale.toString(l.total))
                                           : FigureText::tr("%1/–").arg(locale.toString(l.planned));
        const QString published = l.baseline
            ? FigureText::tr("%1/%2").arg(locale.toString(l.baseline->planned), locale.toString(l.baseline->total))
            : FigureText::tr("none");
        // The level, then the counts on a line of their own (each wrapped where needed).
        categories << name + (l.baseline && l.baseline->uncertain ? u"*"_s : QString()) + u"\n"_s
                + FigureText::tr("records %1%2 · published %3").arg(counts, l.totalFromBaseline ? u"†"_s : QString(), published);
        if (l.baseline && l.baseline->uncertain)
            uncertain.prepend(name);
        publishedTotal = publishedTotal || l.totalFromBaseline;
    }
    projectSet->setColor(ChartTheme::accent());
    projectSet->setBorderColor(ChartTheme::accent());
    projectSet->setLabelColor(Qt::black);
    projectSet->setLabelFont(mapFont(7));
    const QColor grey(0xa8, 0xa8, 0xa8);
    baselineSet->setColor(grey);
    baselineSet->setBorderColor(grey);
    baselineSet->setLabelColor(QColor(0x59, 0x59, 0x59));
    baselineSet->setLabelFont(mapFont(7));

    // Appended last, a set is drawn on top within each level: the project above the paper.
    auto *series = new QHorizontalBarSeries;
    series->append(baselineSet);
    series->append(projectSet);
    series->setBarWidth(0.78);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s);
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    x->setRange(0, 112); // room for the labels of full bars
    x->setTickCount(0);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(20);
    x->setLabelFormat(u"%.0f%%"_s);
    x->setTitleText(FigureText::tr("Share of the level's units planning or with an approved top-level design"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        ChartTheme::styleAxis(axis);
    FigureData::fitCategoryLabels(chart.get(), y, categories, 7.0, LabelFit::MinimumPointSize, FigureText::tr("the level labels"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    FigureResult result;
    result.chart = std::move(chart);
    result.datasets << FigureText::tr("%1 (%n review record(s))", nullptr, int(records.size())).arg(file)
                    << QFileInfo(ReviewCoverage::bundledBaselinePath()).fileName();
    result.files << path << ReviewCoverage::bundledBaselinePath();
    result.provenance = FigureProvenance::UserData;
    QStringList notes;
    notes << FigureText::tr("planned = a top-level design in preparation or approved; grey: the paper's published numbers");
    if (publishedTotal)
        notes << FigureText::tr("† total: the published one (no bundled list of county-level units)");
    if (!uncertain.isEmpty())
        notes << FigureText::tr("* uncertain reading of the paper's OCR text: %1").arg(uncertain.join(u", "_s));
    result.note = notes.join(u"; "_s);
    result.issues << summary.issues;
    for (Issue &issue : result.issues)
        issue.severity = issue.severity == Issue::Severity::Error ? Issue::Severity::Warning : issue.severity;
    return result;
}

} // namespace

FigureResult topLevelDesign(const QString &dataPath)
{
    return isProjectFile(dataPath) ? projectFigure(dataPath) : tableFigure(dataPath);
}

namespace {

FigureResult tableFigure(const QString &dataPath)
{
    using namespace FigureData;
    LoadResult loaded = read(dataPath, u"paper/fig6_top_level_design.csv"_s);
    if (!loaded.table)
        return loadFailure(loaded);
    const FeatureTable &t = *loaded.table;

    FigureResult result;
    const int level = column(t, {u"level"_s});
    const int planned = column(t, {u"planned"_s});
    const int total = column(t, {u"total"_s});
    if (level < 0)
        result.issues << missingColumn(t, u"level"_s, {u"level"_s});
    if (planned < 0)
        result.issues << missingColumn(t, u"planned"_s, {u"planned"_s});
    if (total < 0)
        result.issues << missingColumn(t, u"total"_s, {u"total"_s});
    if (hasErrors(result.issues))
        return result;
    const int label = localizedColumn(t, level);
    const int uncertain = column(t, {u"ocr_uncertain"_s, u"uncertain"_s});

    QList<Level> levels;
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto p = integer(t, row, planned);
        const auto n = integer(t, row, total);
        if (!p || !n || *p < 0 || *n <= 0 || *p > *n) {
            result.issues << rowError(t, row, FigureText::tr("expected whole numbers 0 ≤ planned ≤ total and total > 0"));
            continue;
        }
        levels.append({text(t, row, label), *p, *n, uncertain >= 0 && integer(t, row, uncertain).value_or(0) != 0});
    }
    if (levels.isEmpty() && !hasErrors(result.issues))
        result.issues << Issue::error(FigureText::tr("%1: the table has no rows").arg(t.sourcePath()), t.sourcePath());
    if (hasErrors(result.issues))
        return result;

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(FigureText::tr("Top-level design of smart cities by level of city"));
    auto *plannedSet = new QBarSet(FigureText::tr("Planning smart cities"));
    auto *restSet = new QBarSet(FigureText::tr("Other cities of the level"));
    QStringList categories;
    QStringList uncertainLevels;
    // Horizontal bar categories run from the bottom up: append in reverse to keep the
    // paper's order from the top.
    for (auto it = levels.crbegin(); it != levels.crend(); ++it) {
        const double share = 100.0 * double(it->planned) / double(it->total);
        *plannedSet << share;
        *restSet << 100.0 - share;
        categories << FigureText::tr("%1%2 (%3/%4)")
                          .arg(it->label, it->uncertain ? u"*"_s : QString(), QLocale().toString(it->planned),
                               QLocale().toString(it->total));
        if (it->uncertain)
            uncertainLevels.prepend(it->label);
    }
    plannedSet->setColor(ChartTheme::accent());
    plannedSet->setBorderColor(ChartTheme::accent());
    plannedSet->setLabelColor(Qt::white);
    restSet->setColor(ChartTheme::muted());
    restSet->setBorderColor(ChartTheme::muted());
    restSet->setLabelColor(Qt::transparent);

    auto *series = new QHorizontalStackedBarSeries;
    series->append(plannedSet);
    series->append(restSet);
    series->setBarWidth(0.62);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s);
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(u"%.0f%%"_s);
    x->setTitleText(FigureText::tr("Share of the level's cities planning smart cities"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        ChartTheme::styleAxis(axis);
    FigureData::fitCategoryLabels(chart.get(), y, categories, 8.0, LabelFit::MinimumPointSize, FigureText::tr("the level labels"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    result.chart = std::move(chart);
    result.datasets << fileName(t);
    result.files << t.sourcePath();
    result.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::Given : FigureProvenance::UserData);
    if (!uncertainLevels.isEmpty())
        result.note = FigureText::tr("* uncertain reading of the paper's OCR text: %1").arg(uncertainLevels.join(u", "_s));
    result.issues << loaded.issues;
    return result;
}

} // namespace

} // namespace CityAtlas::FigureBuilders
