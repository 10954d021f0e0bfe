#include "widgets/charts/figureexporter.h"

#include "maps/render/mapexporter.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/figure.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/labelfit.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr int MaxPixels = 20000; // per side

// The resolution QtCharts lays text out at (QFontMetrics without a device): the screen's.
double layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return dpi > 0 ? dpi : 96.0;
}

QSizeF logicalSize(const FigureExportOptions &options)
{
    return QSizeF(options.size) * (layoutDpi() / options.dpi);
}

} // namespace

QStringList FigureExporter::supportedSuffixes()
{
    return {u"png"_s, u"svg"_s, u"pdf"_s};
}

QSizeF FigureExporter::smallestInches(const QChart &chart)
{
    const QSizeF own = chart.property(SmallestInchesProperty).toSizeF();
    return own.isEmpty() ? QSizeF(MinimumWidthInches, MinimumHeightInches) : own;
}

QString FigureExporter::validate(const QChart &chart, const FigureExportOptions &options)
{
    if (options.size.width() <= 0 || options.size.height() <= 0 || options.dpi <= 0)
        return FigureText::tr("the output size and resolution must be positive");
    if (options.size.width() > MaxPixels || options.size.height() > MaxPixels || options.dpi > 2400)
        return FigureText::tr("the output size is limited to %1 × %1 pixels and 2400 dpi").arg(MaxPixels);
    const QSizeF inches = smallestInches(chart);
    if (options.size.width() < inches.width() * options.dpi - 1e-6 || options.size.height() < inches.height() * options.dpi - 1e-6) {
        const QString name = chart.property(NameProperty).toString();
        return FigureText::tr("%1 × %2 pixels at %3 dpi is too small for %4: it needs at least %5 × %6 inches (%7 × %8 pixels "
                              "at %3 dpi)")
            .arg(options.size.width()).arg(options.size.height()).arg(options.dpi)
            .arg(name.isEmpty() ? FigureText::tr("a figure") : name)
            .arg(QLocale().toString(inches.width()), QLocale().toString(inches.height()))
            .arg(int(std::ceil(inches.width() * options.dpi - 1e-6))).arg(int(std::ceil(inches.height() * options.dpi - 1e-6)));
    }
    return {};
}

QRectF FigureExporter::chartArea(const QString &sourceLine, const QSizeF &size)
{
    const QFontMetricsF metrics(ChartTheme::sourceLineFont()); // the same (screen) metrics the chart lays out with
    const double margin = metrics.height() * 0.8;
    const QRectF textArea(margin, 0, size.width() - 2 * margin, size.height());
    const double strip = sourceLine.isEmpty()
        ? 0.0
        : metrics.boundingRect(textArea, Qt::TextWordWrap, sourceLine).height() + metrics.height() * 0.8;
    return QRectF(0, 0, size.width(), size.height() - strip);
}

QSize FigureExporter::minimumSize(const QChart &chart, const QSize &size, int dpi)
{
    const QSizeF inches = smallestInches(chart);
    const double scale = std::max({1.0, inches.width() * dpi / std::max(1, size.width()),
                                   inches.height() * dpi / std::max(1, size.height())});
    return QSize(int(std::ceil(size.width() * scale - 1e-6)), int(std::ceil(size.height() * scale - 1e-6)));
}

void FigureExporter::warn(const QChart &chart, const QStringList &shortfalls, const FigureExportOptions &options,
                          IssueList *warnings)
{
    if (!warnings)
        return;
    const QString name = chart.property(NameProperty).toString();
    const QString what = name.isEmpty() ? FigureText::tr("the figure") : name;
    for (const QString &shortfall : shortfalls)
        *warnings << Issue::warning(FigureText::tr("%1 at %2 × %3 pixels at %4 dpi: %5 (a larger size reads better)")
                                        .arg(what).arg(options.size.width()).arg(options.size.height()).arg(options.dpi)
                                        .arg(shortfall));
}

QStringList FigureExporter::paint(QChart &chart, const QString &sourceLine, QPainter &painter, const QSizeF &size)
{
    const QFont font = ChartTheme::sourceLineFont();
    const QFontMetricsF metrics(font); // the same (screen) metrics the chart lays out with
    const double margin = metrics.height() * 0.8;
    const QRectF textArea(margin, 0, size.width() - 2 * margin, size.height());
    const QRectF chartRect = chartArea(sourceLine, size);
    const double strip = size.height() - chartRect.height();

    QGraphicsScene scene;
    scene.addItem(&chart);
    const Titles titles = arrange(chart, chartRect);
    scene.setSceneRect(chartRect);
    const QStringList shortfalls = LabelFit::shortfalls(chart);

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    scene.render(&painter, chartRect, chartRect);
    if (!sourceLine.isEmpty()) {
        painter.setFont(font);
        painter.setPen(ChartTheme::sourceLineColor());
        painter.drawText(QRectF(margin, chartRect.bottom(), textArea.width(), strip - metrics.height() * 0.4),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, sourceLine);
    }
    painter.restore();
    scene.removeItem(&chart);
    restore(chart, titles);
    return shortfalls;
}

FigureExporter::Titles FigureExporter::arrange(QChart &chart, const QRectF &chartRect)
{
    chart.setGeometry(chartRect);
    settle(chart);
    // Titles wider than their room are wrapped onto lines rather than elided by QtCharts, for
    // this drawing only: the chart keeps its titles.
    const auto wrapped = [](const QString &text, const QFont &font, double room) {
        return u"<center>"_s + FigureData::wrappedHtml(text, font, room, true) + u"</center>"_s;
    };
    Titles titles;
    titles.chart = chart.title();
    const QString &title = titles.chart;
    const QMargins margins = chart.margins();
    const double titleRoom = chartRect.width() - margins.left() - margins.right() - 8.0;
    if (!title.isEmpty() && QFontMetricsF(chart.titleFont()).horizontalAdvance(title) > titleRoom) {
        chart.setTitle(wrapped(title, chart.titleFont(), titleRoom));
        settle(chart);
    }
    for (QAbstractAxis *axis : chart.axes()) {
        const QString text = axis->titleText();
        const double room = (axis->orientation() == Qt::Horizontal ? chart.plotArea().width() : chart.plotArea().height()) - 8.0;
        if (text.isEmpty() || !axis->isVisible() || !axis->isTitleVisible()
            || QFontMetricsF(axis->titleFont()).horizontalAdvance(text) <= room)
            continue;
        titles.axes.append({axis, text});
        axis->setTitleText(wrapped(text, axis->titleFont(), room));
    }
    if (!titles.axes.isEmpty())
        settle(chart);
    return titles;
}

void FigureExporter::restore(QChart &chart, const Titles &titles)
{
    if (chart.title() != titles.chart)
        chart.setTitle(titles.chart);
    for (const auto &[axis, text] : titles.axes)
        axis->setTitleText(text);
}

void FigureExporter::settle(QChart &chart)
{
    // Place axes, labels and legend now, not on the next event. A figure that places labels
    // of its own may change the chart's margins when it sees the plot area: lay out again
    // until nothing changes (twice is enough for the figures here).
    QGraphicsLayout *layout = chart.layout();
    for (int pass = 0; layout && pass < 4 && (pass == 0 || !layout->isActivated()); ++pass)
        layout->activate();
}

QImage FigureExporter::renderImage(QChart &chart, const QString &sourceLine, const FigureExportOptions &options,
                                   IssueList *warnings)
{
    if (!validate(chart, options).isEmpty() || chart.scene())
        return {};
    const double base = layoutDpi();
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    // While painting, the image has the layout resolution, so that point sizes become the
    // same pixel sizes the chart was laid out with; the painter scales everything up.
    image.setDotsPerMeterX(qRound(base / 0.0254));
    image.setDotsPerMeterY(qRound(base / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(options.dpi / base, options.dpi / base);
        warn(chart, paint(chart, sourceLine, painter, logicalSize(options)), options, warnings);
    }
    image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
    return image;
}

bool FigureExporter::writeSvg(QChart &chart, const QString &sourceLine, QIODevice *device, const FigureExportOptions &options,
                              const QString &title, IssueList *warnings)
{
    const QSizeF logical = logicalSize(options);
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setResolution(qRound(layoutDpi())); // width and height in the file: size / dpi inches
    svg.setSize(logical.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    svg.setTitle(title);
    svg.setDescription(sourceLine);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    warn(chart, paint(chart, sourceLine, painter, logical), options, warnings);
    return painter.end();
}

QByteArray FigureExporter::renderSvg(QChart &chart, const QString &sourceLine, const FigureExportOptions &options, QString *error,
                                     IssueList *warnings)
{
    *error = validate(chart, options);
    if (error->isEmpty() && chart.scene())
        *error = FigureText::tr("the chart is shown in a view; export a freshly built one");
    if (!error->isEmpty())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeSvg(chart, sourceLine, &buffer, options, chart.title(), warnings)) {
        *error = FigureText::tr("the figure could not be drawn");
        return {};
    }
    return buffer.data();
}

QPicture FigureExporter::renderPicture(QChart &chart, const QString &sourceLine, const FigureExportOptions &options,
                                       QString *error, IssueList *warnings)
{
    *error = validate(chart, options);
    if (error->isEmpty() && chart.scene())
        *error = FigureText::tr("the chart is shown in a view; export a freshly built one");
    if (!error->isEmpty())
        return QPicture();
    // A picture has the screen's resolution, the one QtCharts lays text out at, so its fonts
    // keep the sizes the layout measured; QPainter::drawPicture scales it to the device.
    const QSizeF logical = logicalSize(options);
    QPicture picture;
    QPainter painter;
    if (!painter.begin(&picture)) {
        *error = FigureText::tr("the figure could not be drawn");
        return QPicture();
    }
    warn(chart, paint(chart, sourceLine, painter, logical), options, warnings);
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), logical.toSize()));
    return picture;
}

QString FigureExporter::exportChart(QChart &chart, const QString &sourceLine, const QString &path,
                                    const FigureExportOptions &options, IssueList *warnings)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!supportedSuffixes().contains(suffix))
        return FigureText::tr("%1: unsupported output format '%2' (use .png, .svg or .pdf)").arg(path, suffix);
    if (const QString error = validate(chart, options); !error.isEmpty())
        return FigureText::tr("%1: %2").arg(path, error);
    if (chart.scene()) // it would be taken out of its view
        return FigureText::tr("%1: the chart is shown in a view; export a freshly built one").arg(path);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FigureText::tr("%1: cannot write: %2").arg(path, file.errorString());
    const QSizeF logical = logicalSize(options);
    const int base = qRound(layoutDpi());
    bool painted = false;
    if (suffix == u"png"_s) {
        const QImage image = renderImage(chart, sourceLine, options, warnings);
        painted = !image.isNull() && writePng(image, &file);
    } else if (suffix == u"svg"_s) {
        painted = writeSvg(chart, sourceLine, &file, options, chart.title().isEmpty() ? QFileInfo(path).completeBaseName() : chart.title(),
                           warnings);
    } else {
        QPdfWriter pdf(&file);
        pdf.setResolution(base);
        pdf.setPageSize(QPageSize(QSizeF(double(options.size.width()) / options.dpi,
                                         double(options.size.height()) / options.dpi), QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(u"CityAtlas"_s);
        pdf.setTitle(chart.title());
        QPainter painter;
        if (painter.begin(&pdf)) {
            const QRect page = painter.viewport();
            painter.scale(page.width() / logical.width(), page.height() / logical.height());
            warn(chart, paint(chart, sourceLine, painter, logical), options, warnings);
            painted = painter.end();
        }
    }
    if (!painted) {
        file.cancelWriting();
        return FigureText::tr("%1: the figure could not be drawn").arg(path);
    }
    if (!file.commit())
        return FigureText::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace CityAtlas
