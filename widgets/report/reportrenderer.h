#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/project/layerrecipe.h"
#include "maps/project/projecttypes.h"
#include "maps/report/reportdefinition.h"
#include "maps/report/reportprovenance.h"
#include "maps/report/reporttable.h"
#include "widgets/report/reportcharts.h"

#include <QHash>
#include <QImage>

#include <memory>
#include <optional>

class QPainter;

namespace CityAtlas {

class Choropleth;
class Feedback;

// Composes a report into a multi-page PDF (QPdfWriter; maps and charts as vectors), a
// self-contained HTML file (maps and charts as embedded SVG, tables and text as HTML, no
// external reference at all) or page images for the preview. Uses no QtCharts: safe in a
// worker thread once the charts are prepared (ReportCharts) on the UI thread.
// Every rendering ends with the provenance page(s): the datasets used (name, source, licence,
// SHA-256, "sample" where one is), the methods with their parameters, version and date.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportRenderer)

public:
    struct Input
    {
        ReportDefinition report;
        ReportCharts charts;
        QString projectPath;         // empty without a project
        ProjectContent project;      // its review records (coverage table) and layer names
        QList<LayerRecipe> layers;   // the project's layers that may be read, with their joins
    };

    // The input for a report, with the project (null: none); charts are left to ReportCharts.
    // *warnings (may be null) gets why a project's layer or joined table is not read.
    static Input inputFor(const ReportDefinition &report, const ProjectStore *store, IssueList *warnings = nullptr);
    // The same with the project's readable layers already known (LayerRecipes::fromProject).
    static Input inputFor(const ReportDefinition &report, const ProjectStore *store, const QList<LayerRecipe> &layers);

    // Empty, or why the report (or one page of it) asks for more work than a report may
    // (maps/report/reportwork.h). prepare() checks it first; callers check it before they
    // prepare the charts.
    static QString workRefusal(const Input &input, std::optional<int> onlyPage = std::nullopt);

    explicit ReportRenderer(Input input);
    ~ReportRenderer();

    // Reads the layers, classifies the maps and computes the tables (of one page only, for a
    // preview of it). Errors name the report, page and item; nothing can be written after one.
    // Returns every issue.
    IssueList prepare(Feedback *feedback = nullptr, std::optional<int> onlyPage = std::nullopt);
    bool isPrepared() const { return m_prepared; }

    // Each returns an empty string on success, else a message naming the file. Writes go
    // through QSaveFile: a failed or cancelled export leaves no file behind.
    QString writePdf(const QString &path, Feedback *feedback = nullptr);
    QString writeHtml(const QString &path, Feedback *feedback = nullptr);
    // .pdf or .html (.htm) by the file's extension.
    QString write(const QString &path, Feedback *feedback = nullptr);
    // One page (0-based, the report's pages only) as an image at dpi, for the preview.
    QImage renderPage(int page, int dpi) const;

    const ReportProvenance &provenance() const { return m_provenance; }
    int pdfPageCount() const { return m_pdfPages; } // after writePdf

    // Layout, in millimetres from the page's top left: the content area of a page and the
    // items' rectangles in it; a chart's drawing inside its item (below the item's title).
    static QRectF contentRectMm(const ReportPage &page);
    static QList<QRectF> itemRectsMm(const ReportPage &page);
    static QRectF chartRect(const ReportItem &item, const QRectF &itemRect);

private:
    struct PreparedItem;
    // "provinces", "prefectures" or a project layer by name (with its joins); cached.
    std::shared_ptr<const FeatureTable> layer(const QString &name, QString *error);
    QString prepareMap(const ReportItem &item, PreparedItem &prepared); // empty, else the error
    void paintPage(QPainter &painter, int page, double pxPerMm) const;
    void paintItem(QPainter &painter, int page, int item, const QRectF &rect, double pxPerMm) const;
    void paintFrame(QPainter &painter, const QSizeF &pageMm, int pageNumber, double pxPerMm) const;
    // Paints provenance lines from *next on; false while some are left for another page.
    bool paintProvenance(QPainter &painter, const QRectF &rect, int *next) const;
    QString htmlItem(int page, int item, const QRectF &rectMm) const;
    QByteArray mapSvg(const PreparedItem &prepared, const QSizeF &sizeMm) const;
    struct Line
    {
        QString text;
        bool heading = false;
    };
    QList<Line> provenanceLines() const;
    const PreparedItem *prepared(int page, int item) const;

    Input m_input;
    QHash<QString, std::shared_ptr<const FeatureTable>> m_layers;
    QHash<QString, std::shared_ptr<PreparedItem>> m_items;
    ReportProvenance m_provenance;
    bool m_prepared = false;
    int m_pdfPages = 0;
};

} // namespace CityAtlas
