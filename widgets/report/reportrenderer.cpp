#include "widgets/report/reportrenderer.h"

#include "analysis/feedback.h"
#include "maps/data/bundleddata.h"
#include "maps/data/tablejoin.h"
#include "maps/data/vectorreader.h"
#include "maps/project/projectstore.h"
#include "maps/render/maprenderer.h"
#include "maps/report/reportwork.h"
#include "maps/style/choropleth.h"
#include "maps/style/colorramp.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <optional>

using namespace Qt::StringLiterals;

namespace CityAtlas {

struct ReportRenderer::PreparedItem
{
    std::shared_ptr<const FeatureTable> layer; // maps
    std::optional<Choropleth> style;
    MapSettings settings;
    ReportTable table;                         // tables
};

namespace {

constexpr double GapMm = 6.0;
constexpr double TitleMm = 8.0;   // room for an item's title above a chart or table
constexpr int PdfDpi = 300;
constexpr double HtmlDpi = 96.0;

// The text of the report's own pages: Latin letters and digits from DejaVu Sans, the rest from
// the maps' CJK font (mapFont: one whose glyphs Qt's PDF output maps back to their characters).
QFont reportFont(double points, bool bold = false)
{
    QFont font = mapFont(points, bold);
    font.setFamilies(QStringList{u"DejaVu Sans"_s} + font.families());
    return font;
}

QString placeOf(const ReportDefinition &report, int page, int item)
{
    return ReportRenderer::tr("report '%1', page %2, item %3").arg(report.name).arg(page + 1).arg(item + 1);
}

QString itemKey(int page, int item) { return QString::number(page) + u'/' + QString::number(item); }

QRectF scaled(const QRectF &mm, double pxPerMm)
{
    return QRectF(mm.topLeft() * pxPerMm, mm.size() * pxPerMm);
}

QString dateOf(const QString &isoDateTime)
{
    return QLocale().toString(QDateTime::fromString(isoDateTime, Qt::ISODate).date(), QLocale::LongFormat);
}

// Draws the title of an item and returns the rectangle left below it.
QRectF paintTitle(QPainter &painter, const QString &title, const QRectF &rect, double pxPerMm)
{
    if (title.isEmpty())
        return rect;
    painter.setFont(reportFont(11, true));
    painter.setPen(Qt::black);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), TitleMm * pxPerMm);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(painter.font()).elidedText(title, Qt::ElideRight, titleRect.width()));
    return rect.adjusted(0, titleRect.height(), 0, 0);
}

void paintText(QPainter &painter, const ReportItem &item, QRectF rect, double pxPerMm)
{
    rect = paintTitle(painter, item.title, rect, pxPerMm);
    painter.setFont(reportFont(10));
    painter.setPen(Qt::black);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, item.text);
}

// Numbers (and n/a) are right-aligned in tables, text left-aligned.
bool isNumber(const QString &cell)
{
    static const QRegularExpression number(u"^[-+−]?[0-9][0-9.,\\s]*( ?%)?$"_s);
    return number.match(cell.trimmed()).hasMatch() || cell == ReportTables::tr("n/a");
}

void paintTable(QPainter &painter, const ReportTable &table, QRectF rect, double pxPerMm)
{
    rect = paintTitle(painter, table.title, rect, pxPerMm);
    // The largest font (9 pt down to 5 pt) at which the rows and the note fit.
    for (double points = 9.0;; points -= 0.5) {
        const QFont font = reportFont(points);
        painter.setFont(font);
        const QFontMetricsF metrics(font, painter.device());
        const double rowHeight = metrics.height() * 1.5;
        const QFont noteFont = reportFont(points * 0.85);
        const QRectF noteBounds = QFontMetricsF(noteFont, painter.device())
                                      .boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, table.note);
        const double needed = rowHeight * double(table.rows.size() + 1) + noteBounds.height() + rowHeight * 0.5;
        if (needed > rect.height() && points > 5.0)
            continue;
        // Columns as wide as their widest cell, stretched to the width.
        QList<double> widths(table.header.size(), 0.0);
        for (int c = 0; c < table.header.size(); ++c) {
            widths[c] = metrics.horizontalAdvance(table.header[c]);
            for (const QStringList &row : table.rows)
                widths[c] = std::max(widths[c], metrics.horizontalAdvance(row.value(c)));
        }
        double total = 0.0;
        for (double w : widths)
            total += w + 4.0 * pxPerMm;
        const double stretch = total > 0.0 ? rect.width() / total : 1.0;
        double y = rect.top();
        const auto paintRow = [&](const QStringList &cells, bool header) {
            if (header)
                painter.fillRect(QRectF(rect.left(), y, rect.width(), rowHeight), QColor(0xee, 0xee, 0xee));
            painter.setFont(reportFont(points, header));
            painter.setPen(Qt::black);
            double x = rect.left();
            for (int c = 0; c < widths.size(); ++c) {
                const double w = (widths[c] + 4.0 * pxPerMm) * stretch;
                const QRectF cell(x + 1.5 * pxPerMm, y, w - 3.0 * pxPerMm, rowHeight);
                painter.drawText(cell, (isNumber(cells.value(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                 metrics.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
                x += w;
            }
            y += rowHeight;
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.2 * pxPerMm));
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        };
        paintRow(table.header, true);
        for (const QStringList &row : table.rows)
            paintRow(row, false);
        painter.setFont(noteFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(rect.left(), y + rowHeight * 0.3, rect.width(), rect.bottom() - y), Qt::TextWordWrap, table.note);
        return;
    }
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString svgImage(const QByteArray &svg, const QString &alt)
{
    return u"<img alt=\"%1\" src=\"data:image/svg+xml;base64,%2\">"_s.arg(escaped(alt), QString::fromLatin1(svg.toBase64()));
}

QString htmlTable(const ReportTable &table)
{
    QString html = u"<table>\n<tr>"_s;
    for (const QString &h : table.header)
        html += u"<th>"_s + escaped(h) + u"</th>"_s;
    html += u"</tr>\n"_s;
    for (const QStringList &row : table.rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += (isNumber(cell) ? u"<td class=\"number\">"_s : u"<td>"_s) + escaped(cell) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    return html + u"</table>\n<p class=\"note\">"_s + escaped(table.note) + u"</p>\n"_s;
}

} // namespace

ReportRenderer::Input ReportRenderer::inputFor(const ReportDefinition &report, const ProjectStore *store, IssueList *warnings)
{
    IssueList issues;
    const QList<LayerRecipe> layers = store ? LayerRecipes::fromProject(*store, &issues) : QList<LayerRecipe>{};
    if (warnings)
        *warnings << issues;
    return inputFor(report, store, layers);
}

ReportRenderer::Input ReportRenderer::inputFor(const ReportDefinition &report, const ProjectStore *store,
                                               const QList<LayerRecipe> &layers)
{
    Input input;
    input.report = report;
    if (!store)
        return input;
    input.projectPath = store->path();
    input.project = store->content();
    input.layers = layers;
    return input;
}

QString ReportRenderer::workRefusal(const Input &input, std::optional<int> onlyPage)
{
    return ReportWork::refusal(input.report, ReportWork::layerUnits(input.layers), onlyPage);
}

ReportRenderer::ReportRenderer(Input input) : m_input(std::move(input)) {}
ReportRenderer::~ReportRenderer() = default;

QRectF ReportRenderer::contentRectMm(const ReportPage &page)
{
    const QPageLayout layout = page.pageLayout();
    return layout.paintRect(QPageLayout::Millimeter);
}

QList<QRectF> ReportRenderer::itemRectsMm(const ReportPage &page)
{
    return page.itemRects(contentRectMm(page), GapMm);
}

QRectF ReportRenderer::chartRect(const ReportItem &item, const QRectF &itemRect)
{
    return item.title.isEmpty() ? itemRect : itemRect.adjusted(0, TitleMm, 0, 0);
}

const ReportRenderer::PreparedItem *ReportRenderer::prepared(int page, int item) const
{
    const auto it = m_items.constFind(itemKey(page, item));
    return it == m_items.cend() ? nullptr : it.value().get();
}

std::shared_ptr<const FeatureTable> ReportRenderer::layer(const QString &name, QString *error)
{
    auto &cached = m_layers[name];
    if (cached)
        return cached;
    LoadResult loaded;
    QStringList files;
    if (name == u"provinces"_s) {
        loaded = BundledData::loadProvinceMap();
        files = BundledData::provinceMapFiles();
    } else if (name == u"prefectures"_s) {
        loaded = VectorReader::read(BundledData::prefecturesPath());
        files = {BundledData::prefecturesPath()};
    } else {
        // A layer of the project, by name, with the tables joined to it: only what the
        // project may open (LayerRecipes::fromProject checked the files).
        const auto found = std::find_if(m_input.layers.cbegin(), m_input.layers.cend(),
                                        [&](const LayerRecipe &r) { return r.name == name; });
        if (found == m_input.layers.cend()) {
            const bool named = std::any_of(m_input.project.layers.cbegin(), m_input.project.layers.cend(),
                                           [&](const ProjectLayer &l) { return l.name == name; });
            if (named) {
                *error = tr("the layer '%1' of the project cannot be read (its source is missing, changed to a format "
                            "that reaches further, or not a local file)").arg(name);
                return nullptr;
            }
            QStringList names{u"provinces"_s, u"prefectures"_s};
            for (const ProjectLayer &l : m_input.project.layers)
                names << l.name;
            *error = tr("unknown layer '%1' (layers: %2)").arg(name, names.join(u", "_s));
            return nullptr;
        }
        loaded = LayerRecipes::load(*found);
        files << found->sourcePath;
        for (const JoinStep &join : found->joins)
            files << join.tablePath;
    }
    if (!loaded.table) {
        *error = loaded.issues.isEmpty() ? tr("the layer '%1' could not be read").arg(name) : loaded.issues.first().message;
        return nullptr;
    }
    for (const QString &file : files)
        m_provenance.addDataset(file);
    cached = std::shared_ptr<const FeatureTable>(std::move(loaded.table));
    return cached;
}

QString ReportRenderer::prepareMap(const ReportItem &item, PreparedItem &prepared)
{
    QString error;
    ChoroplethSpec spec{item.field, ClassificationMethod::Quantile, item.classes, item.ramp, false, {}};
    if (!methodFromKey(item.method, &spec.method))
        return tr("unknown classification '%1' (quantile, equal, jenks or stddev)").arg(item.method);
    if (!ColorRamp::exists(item.ramp))
        return tr("unknown colour scheme '%1'").arg(item.ramp);
    prepared.layer = layer(item.layer, &error);
    if (!prepared.layer)
        return error;
    prepared.style = Choropleth::classify(*prepared.layer, spec);
    if (!prepared.style->isValid())
        return prepared.style->issues().isEmpty() ? tr("the field cannot be mapped") : prepared.style->issues().first().message;
    MapSettings &s = prepared.settings;
    s.title = item.title;
    s.legendTitle = BundledData::fieldCaption(item.field);
    s.labelField = prepared.layer->fieldIndex(item.labelField) >= 0 ? item.labelField : QString();
    s.showLegend = item.legend;
    s.showScaleBar = item.scaleBar;
    s.showNorthArrow = item.northArrow;
    s.sketchMapNote = true;
    // Short enough for a portrait page: the provenance page has the details.
    if (item.layer == u"provinces"_s)
        s.sourceLine = tr("Sources: NBS 2022; Apache ECharts 4.9.0 boundaries (Apache-2.0); Albers equal-area. Details on the last page.");
    else if (item.layer == u"prefectures"_s)
        s.sourceLine = tr("Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0).");
    else
        s.sourceLine = tr("Data: the project's layer '%1'. Details on the last page.").arg(item.layer);
    m_provenance.addMethod(tr("Choropleth map of %1: %2 classes (%3), colours %4, Albers equal-area projection")
                               .arg(item.field).arg(item.classes).arg(item.method, item.ramp));
    return {};
}

IssueList ReportRenderer::prepare(Feedback *feedback, std::optional<int> onlyPage)
{
    IssueList issues;
    const ReportDefinition &report = m_input.report;
    if (report.pages.isEmpty())
        issues << Issue::error(tr("report '%1' has no pages").arg(report.name));
    if (const QString refusal = workRefusal(m_input, onlyPage); !refusal.isEmpty())
        return issues << Issue::error(refusal);
    int itemCount = 0, done = 0;
    for (const ReportPage &page : report.pages)
        itemCount += int(page.items.size());
    for (int p = 0; p < report.pages.size(); ++p) {
        const ReportPage &page = report.pages[p];
        for (int i = 0; i < page.items.size() && (!onlyPage || *onlyPage == p); ++i) {
            if (feedback && feedback->isCanceled())
                return issues << Issue::error(tr("cancelled"));
            const ReportItem &item = page.items[i];
            const QString where = placeOf(report, p, i);
            const auto error = [&](const QString &message) { issues << Issue::error(tr("%1: %2").arg(where, message)); };
            auto prepared = std::make_shared<PreparedItem>();
            switch (item.kind) {
            case ReportItem::Kind::Map:
                if (const QString message = prepareMap(item, *prepared); !message.isEmpty())
                    error(message);
                break;
            case ReportItem::Kind::Chart: {
                const PreparedChart *chart = m_input.charts.chart(p, i);
                if (!chart)
                    error(tr("the chart '%1' was not prepared").arg(item.figure));
                else if (!chart->error.isEmpty())
                    error(chart->error);
                else
                    for (const QString &file : chart->files)
                        m_provenance.addDataset(file);
                if (chart)
                    for (const QString &warning : chart->warnings)
                        issues << Issue::warning(tr("%1: %2").arg(where, warning));
                break;
            }
            case ReportItem::Kind::Table: {
                ReportTableInput input;
                QString unused;
                if (item.table == u"inequality"_s || item.table == u"moran"_s)
                    input.provinces = layer(u"provinces"_s, &unused).get();
                input.reviews = m_input.project.reviews;
                prepared->table = ReportTables::build(item, input, feedback);
                if (prepared->table.title.isEmpty())
                    prepared->table.title = item.title;
                for (const Issue &issue : prepared->table.issues)
                    if (issue.severity == Issue::Severity::Error)
                        error(issue.message);
                if (!hasErrors(prepared->table.issues) && prepared->table.rows.isEmpty())
                    error(tr("the table '%1' has no rows").arg(item.table));
                for (const QString &path : prepared->table.datasets)
                    m_provenance.addDataset(path);
                for (const QString &method : prepared->table.methods)
                    m_provenance.addMethod(method);
                break;
            }
            case ReportItem::Kind::Text:
                break;
            }
            m_items.insert(itemKey(p, i), prepared);
            if (feedback)
                feedback->setProgress(50.0 * ++done / std::max(1, itemCount));
        }
    }
    if (!m_input.projectPath.isEmpty() && !m_input.project.reviews.isEmpty())
        m_provenance.addMethod(tr("Review records of the project %1").arg(QFileInfo(m_input.projectPath).fileName()));
    m_prepared = !hasErrors(issues);
    return issues;
}

void ReportRenderer::paintFrame(QPainter &painter, const QSizeF &pageMm, int pageNumber, double pxPerMm) const
{
    const double m = ReportDefinition::MarginMm;
    painter.setFont(reportFont(7));
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF header = scaled(QRectF(m, m * 0.35, pageMm.width() - 2 * m, m * 0.45), pxPerMm);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_input.report.title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(pageNumber));
    const QRectF footer = scaled(QRectF(m, pageMm.height() - m * 0.8, pageMm.width() - 2 * m, m * 0.45), pxPerMm);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1, %2. Datasets, licences and methods: see the last page.")
                         .arg(m_provenance.version(), dateOf(m_provenance.generatedAt())));
}

void ReportRenderer::paintItem(QPainter &painter, int page, int i, const QRectF &rect, double pxPerMm) const
{
    const ReportItem &item = m_input.report.pages[page].items[i];
    const PreparedItem *p = prepared(page, i);
    painter.save();
    painter.setClipRect(rect);
    switch (item.kind) {
    case ReportItem::Kind::Map:
        if (p && p->style)
            MapRenderer(*p->layer, *p->style, p->settings).render(painter, rect.toRect());
        break;
    case ReportItem::Kind::Chart:
        if (const PreparedChart *chart = m_input.charts.chart(page, i)) {
            const QRectF area = paintTitle(painter, item.title, rect, pxPerMm);
            // drawPicture scales the picture from its resolution to the device's; the figure
            // is scaled on from there to fit the item.
            const QRectF bounds = chart->picture.boundingRect();
            if (bounds.isEmpty())
                break;
            const double toDevice = double(painter.device()->logicalDpiX()) / chart->picture.logicalDpiX();
            QSizeF size = bounds.size() * toDevice;
            size.scale(area.size(), Qt::KeepAspectRatio);
            const double scale = size.width() / (bounds.width() * toDevice);
            painter.translate(area.left() + (area.width() - size.width()) / 2, area.top());
            painter.scale(scale, scale);
            painter.drawPicture(0, 0, chart->picture);
        }
        break;
    case ReportItem::Kind::Table:
        if (p)
            paintTable(painter, p->table, rect, pxPerMm);
        break;
    case ReportItem::Kind::Text:
        paintText(painter, item, rect, pxPerMm);
        break;
    }
    painter.restore();
}

void ReportRenderer::paintPage(QPainter &painter, int page, double pxPerMm) const
{
    const ReportPage &p = m_input.report.pages[page];
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintFrame(painter, p.pageLayout().fullRect(QPageLayout::Millimeter).size(), page + 1, pxPerMm);
    const QList<QRectF> rects = itemRectsMm(p);
    for (int i = 0; i < p.items.size(); ++i)
        paintItem(painter, page, i, scaled(rects[i], pxPerMm), pxPerMm);
}

QList<ReportRenderer::Line> ReportRenderer::provenanceLines() const
{
    QList<Line> lines;
    lines << Line{tr("Provenance"), true}
          << Line{tr("Generated by %1 on %2 (%3 UTC).").arg(m_provenance.version(), dateOf(m_provenance.generatedAt()),
                                                              m_provenance.generatedAt())};
    if (!m_input.projectPath.isEmpty())
        lines << Line{tr("Project: %1").arg(QFileInfo(m_input.projectPath).fileName())};
    lines << Line{tr("Datasets"), true};
    for (const DatasetRecord &record : m_provenance.datasets())
        lines << Line{m_provenance.datasetLine(record)};
    lines << Line{tr("Methods"), true};
    for (const QString &method : m_provenance.methods())
        lines << Line{method};
    if (m_provenance.methods().isEmpty())
        lines << Line{tr("No analysis: the report shows data as given.")};
    return lines;
}

bool ReportRenderer::paintProvenance(QPainter &painter, const QRectF &rect, int *next) const
{
    const QList<Line> lines = provenanceLines();
    double y = rect.top();
    for (; *next < lines.size(); ++*next) {
        const Line &line = lines[*next];
        const QFont font = line.heading ? reportFont(*next == 0 ? 14 : 10.5, true) : reportFont(8);
        const QRectF bounds = QFontMetricsF(font, painter.device())
                                  .boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, line.text);
        const double space = bounds.height() * (line.heading ? 0.6 : 0.35);
        if (y + bounds.height() > rect.bottom() && y > rect.top())
            return false;
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y, rect.width(), bounds.height()), Qt::TextWordWrap, line.text);
        y += bounds.height() + space;
    }
    return true;
}

QString ReportRenderer::write(const QString &path, Feedback *feedback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return writePdf(path, feedback);
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return writeHtml(path, feedback);
    return tr("%1: unsupported report format '%2' (use .pdf or .html)").arg(path, suffix);
}

QString ReportRenderer::writePdf(const QString &path, Feedback *feedback)
{
    if (!m_prepared)
        return tr("%1: the report was not prepared").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    const auto pageLayout = [](const ReportPage &page) {
        QPageLayout layout = page.pageLayout();
        layout.setMargins(QMarginsF(0, 0, 0, 0));
        return layout;
    };
    QPdfWriter pdf(&file);
    pdf.setResolution(PdfDpi);
    pdf.setCreator(m_provenance.version());
    pdf.setTitle(m_input.report.title);
    pdf.setPageLayout(pageLayout(m_input.report.pages.first()));
    const double pxPerMm = PdfDpi / 25.4;
    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        return tr("%1: the report could not be drawn").arg(path);
    }
    m_pdfPages = 0;
    const int count = int(m_input.report.pages.size());
    for (int p = 0; p < count; ++p) {
        if (feedback && feedback->isCanceled()) {
            painter.end();
            file.cancelWriting();
            return tr("%1: cancelled").arg(path);
        }
        if (p > 0) {
            pdf.setPageLayout(pageLayout(m_input.report.pages[p]));
            pdf.newPage();
        }
        paintPage(painter, p, pxPerMm);
        ++m_pdfPages;
        if (feedback)
            feedback->setProgress(50.0 + 50.0 * (p + 1) / (count + 1));
    }
    // The provenance on A4 portrait pages of their own.
    ReportPage provenancePage;
    int next = 0;
    bool finished = false;
    while (!finished) {
        pdf.setPageLayout(pageLayout(provenancePage));
        pdf.newPage();
        ++m_pdfPages;
        paintFrame(painter, provenancePage.pageLayout().fullRect(QPageLayout::Millimeter).size(), m_pdfPages, pxPerMm);
        finished = paintProvenance(painter, scaled(contentRectMm(provenancePage), pxPerMm), &next);
    }
    if (!painter.end()) {
        file.cancelWriting();
        return tr("%1: the report could not be drawn").arg(path);
    }
    if (!file.commit())
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

QImage ReportRenderer::renderPage(int page, int dpi) const
{
    if (!m_prepared || page < 0 || page >= m_input.report.pages.size() || dpi <= 0)
        return {};
    const QSizeF mm = m_input.report.pages[page].pageLayout().fullRect(QPageLayout::Millimeter).size();
    const double pxPerMm = dpi / 25.4;
    QImage image((mm * pxPerMm).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, page, pxPerMm);
    return image;
}

QByteArray ReportRenderer::mapSvg(const PreparedItem &prepared, const QSizeF &sizeMm) const
{
    const QSize size = (sizeMm * (HtmlDpi / 25.4)).toSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(int(HtmlDpi));
    svg.setTitle(prepared.settings.title);
    QPainter painter(&svg);
    MapRenderer(*prepared.layer, *prepared.style, prepared.settings).render(painter, QRect(QPoint(0, 0), size));
    painter.end();
    return buffer.data();
}

QString ReportRenderer::htmlItem(int page, int i, const QRectF &rectMm) const
{
    const ReportItem &item = m_input.report.pages[page].items[i];
    const PreparedItem *p = prepared(page, i);
    const QString heading = item.title.isEmpty() || item.kind == ReportItem::Kind::Map
        ? QString() : u"<h3>"_s + escaped(item.title) + u"</h3>\n"_s;
    switch (item.kind) {
    case ReportItem::Kind::Map:
        return p && p->style ? u"<figure>"_s + svgImage(mapSvg(*p, rectMm.size()), item.title) + u"</figure>\n"_s : QString();
    case ReportItem::Kind::Chart: {
        const PreparedChart *chart = m_input.charts.chart(page, i);
        return chart ? heading + u"<figure>"_s + svgImage(chart->svg, item.figure) + u"</figure>\n"_s : QString();
    }
    case ReportItem::Kind::Table:
        return p ? u"<h3>"_s + escaped(p->table.title) + u"</h3>\n"_s + htmlTable(p->table) : QString();
    case ReportItem::Kind::Text: {
        QString html = heading;
        for (const QString &paragraph : item.text.split(u"\n\n"_s, Qt::SkipEmptyParts))
            html += u"<p>"_s + escaped(paragraph).replace(u'\n', u"<br>"_s) + u"</p>\n"_s;
        return html;
    }
    }
    return {};
}

QString ReportRenderer::writeHtml(const QString &path, Feedback *feedback)
{
    if (!m_prepared)
        return tr("%1: the report was not prepared").arg(path);
    const ReportDefinition &report = m_input.report;
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"_s
                       .arg(QLocale().bcp47Name(), escaped(report.title));
    html += u"<style>\n"
            "body { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; background: #ddd; margin: 0; padding: 1em; }\n"
            "section.page { background: #fff; margin: 0 auto 1.5em; padding: 15mm; box-sizing: border-box; }\n"
            "section.a4.portrait { width: 210mm; } section.a4.landscape { width: 297mm; }\n"
            "section.a3.portrait { width: 297mm; } section.a3.landscape { width: 420mm; }\n"
            "figure { margin: 0 0 1em; } figure img { width: 100%; height: auto; }\n"
            "table { border-collapse: collapse; margin-bottom: 0.3em; } th, td { border-bottom: 1px solid #bbb; padding: 2px 8px; }\n"
            "th { background: #eee; text-align: left; } td.number { text-align: right; }\n"
            "p.note, footer { color: #555; font-size: 85%; } li { margin-bottom: 0.3em; }\n"
            "</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + escaped(report.title) + u"</h1>\n"_s;
    for (int p = 0; p < report.pages.size(); ++p) {
        if (feedback && feedback->isCanceled())
            return tr("%1: cancelled").arg(path);
        const ReportPage &page = report.pages[p];
        html += u"<section class=\"page %1 %2\">\n"_s.arg(page.size == QPageSize::A3 ? u"a3"_s : u"a4"_s,
                                                         page.orientation == QPageLayout::Landscape ? u"landscape"_s : u"portrait"_s);
        const QList<QRectF> rects = itemRectsMm(page);
        for (int i = 0; i < page.items.size(); ++i)
            html += htmlItem(p, i, rects[i]);
        html += u"</section>\n"_s;
        if (feedback)
            feedback->setProgress(50.0 + 50.0 * (p + 1) / (report.pages.size() + 1));
    }
    html += u"<section class=\"page a4 portrait\" id=\"provenance\">\n"_s;
    bool inList = false;
    for (const Line &line : provenanceLines()) {
        if (line.heading && inList)
            html += u"</ul>\n"_s;
        if (line.heading)
            html += u"<h2>"_s + escaped(line.text) + u"</h2>\n"_s;
        else
            html += (inList ? QString() : u"<ul>\n"_s) + u"<li>"_s + escaped(line.text) + u"</li>\n"_s;
        inList = !line.heading;
    }
    html += (inList ? u"</ul>\n"_s : QString()) + u"</section>\n</body>\n</html>\n"_s;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    file.write(html.toUtf8());
    if (!file.commit())
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace CityAtlas
