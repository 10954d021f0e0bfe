#include "widgets/report/reportcharts.h"

#include "widgets/charts/figure.h"
#include "widgets/charts/figureexporter.h"
#include "widgets/report/reportrenderer.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
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
                prepared.error = firstErrorOrIssue(result.issues);
                if (prepared.error.isEmpty())
                    prepared.error = tr("the figure could not be built");
                continue;
            }
            // The item's size at the figures' resolution: the figure lays itself out for it.
            // Below the smallest size a figure is drawn at, it is drawn at that size (same
            // proportions) and scaled down onto the page, with a warning.
            const QRectF rect = ReportRenderer::chartRect(item, rects[i]);
            const QSizeF pixels = rect.size() / 25.4 * Figure::DefaultDpi;
            const QSize asked(int(std::ceil(pixels.width())), int(std::ceil(pixels.height())));
            const QSize drawn = FigureExporter::minimumSize(*result.chart, asked, Figure::DefaultDpi);
            if (drawn != asked)
                prepared.warnings << tr("%1 is drawn at %2 × %3 pixels at %4 dpi and scaled down: its item (%5 × %6 pixels) is "
                                        "smaller than a figure can be drawn")
                                         .arg(figure->name).arg(drawn.width()).arg(drawn.height()).arg(Figure::DefaultDpi)
                                         .arg(asked.width()).arg(asked.height());
            IssueList warnings;
            prepared.svg = FigureExporter::renderSvg(*result.chart, result.sourceLine(), {drawn, Figure::DefaultDpi},
                                                     &prepared.error, &warnings);
            if (prepared.error.isEmpty())
                prepared.picture = FigureExporter::renderPicture(*result.chart, result.sourceLine(),
                                                                 {drawn, Figure::DefaultDpi}, &prepared.error);
            for (const Issue &warning : std::as_const(warnings))
                prepared.warnings << warning.message;
            prepared.files = result.files;
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
