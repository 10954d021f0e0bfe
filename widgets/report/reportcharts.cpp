#include "widgets/report/reportcharts.h"

#include "widgets/charts/figure.h"
#include "widgets/charts/figureexporter.h"
#include "widgets/report/reportrenderer.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

QString firstError(const IssueList &issues)
{
    for (const Issue &issue : issues)
        if (issue.severity == Issue::Severity::Error)
            return issue.message;
    return issues.isEmpty() ? ReportCharts::tr("the figure could not be built") : issues.first().message;
}

} // namespace

ReportCharts ReportCharts::prepare(const ReportDefinition &report, const QString &projectPath, bool hasReviews,
                                   std::optional<int> onlyPage)
{
    ReportCharts charts;
    for (int p = 0; p < report.pages.size(); ++p) {
        if (onlyPage && *onlyPage != p)
            continue;
        const ReportPage &page = report.pages[p];
        const QList<QRectF> rects = ReportRenderer::itemRectsMm(page);
        for (int i = 0; i < page.items.size(); ++i) {
            const ReportItem &item = page.items[i];
            if (item.kind != ReportItem::Kind::Chart)
                continue;
            PreparedChart &prepared = charts.m_charts[key(p, i)];
            const Figure *figure = Figure::find(item.figure);
            if (!figure) {
                prepared.error = tr("unknown figure '%1' (figures: %2)").arg(item.figure, Figure::names().join(u", "_s));
                continue;
            }
            const bool fromProject = figure->name == u"fig6"_s && hasReviews && !projectPath.isEmpty();
            FigureResult result = Figure::build(figure->name, fromProject ? projectPath : QString());
            if (!result.ok()) {
                prepared.error = firstError(result.issues);
                continue;
            }
            // The item's size at the figures' resolution, enlarged (same proportions) to the
            // figure's minimum size: the drawing is then scaled down onto the page.
            const QRectF rect = ReportRenderer::chartRect(item, rects[i]);
            QSizeF pixels = rect.size() / 25.4 * Figure::DefaultDpi;
            if (!figure->minimumSize.isEmpty()) {
                const double scale = std::max({1.0, figure->minimumSize.width() / pixels.width(),
                                               figure->minimumSize.height() / pixels.height()});
                pixels *= scale;
            }
            const FigureExportOptions options{QSize(int(std::ceil(pixels.width())), int(std::ceil(pixels.height()))),
                                              Figure::DefaultDpi};
            prepared.svg = FigureExporter::renderSvg(*result.chart, result.sourceLine(), options, &prepared.error);
            prepared.datasets = result.datasets;
        }
    }
    return charts;
}

const PreparedChart *ReportCharts::chart(int page, int item) const
{
    const auto it = m_charts.constFind(key(page, item));
    return it == m_charts.cend() ? nullptr : &it.value();
}

} // namespace CityAtlas
