// Figure 6: smart cities planned over all cities, per level of city, as horizontal bars of
// the planned share (the rest of the level in grey), levels in the paper's order from the top.
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

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
} // namespace

FigureResult topLevelDesign(const QString &dataPath)
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
                          .arg(it->label, it->uncertain ? u"*"_s : QString(),
                               QLocale().toString(it->planned), QLocale().toString(it->total));
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
    y->append(categories);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(u"%.0f%%"_s);
    x->setTitleText(FigureText::tr("Share of the level's cities planning smart cities"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        ChartTheme::styleAxis(axis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    result.chart = std::move(chart);
    result.datasets << fileName(t);
    result.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::Given : FigureProvenance::UserData);
    if (!uncertainLevels.isEmpty())
        result.note = FigureText::tr("* uncertain reading of the paper's OCR text: %1").arg(uncertainLevels.join(u", "_s));
    result.issues << loaded.issues;
    return result;
}

} // namespace CityAtlas::FigureBuilders
