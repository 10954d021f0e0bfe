#include "widgets/charts/figureexporter.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/figure.h"
#include "widgets/charts/figuredata.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
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

QString FigureExporter::validate(const FigureExportOptions &options)
{
    if (options.size.width() <= 0 || options.size.height() <= 0 || options.dpi <= 0)
        return FigureText::tr("the output size and resolution must be positive");
    if (options.size.width() > MaxPixels || options.size.height() > MaxPixels || options.dpi > 2400)
        return FigureText::tr("the output size is limited to %1 × %1 pixels and 2400 dpi").arg(MaxPixels);
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

QString FigureExporter::readable(QChart &chart, const QString &sourceLine, const FigureExportOptions &options)
{
    QGraphicsScene scene;
    scene.addItem(&chart);
    const auto readableAt = [&](const QSize &pixels) {
        restore(chart, arrange(chart, chartArea(sourceLine, logicalSize({pixels, options.dpi}))));
        return chart.property(ReadableProperty).toBool();
    };
    QString error;
    // Charts without the property (no labels of their own) are always readable.
    if (!readableAt(options.size) && chart.property(ReadableProperty).isValid()) {
        // The smallest size of the same proportions (in steps of 5 %) where it fits.
        QSize smallest;
        for (int percent = 105; percent <= 400 && smallest.isEmpty(); percent += 5) {
            const QSize pixels(int(std::ceil(options.size.width() * percent / 1000.0) * 10),
                               int(std::ceil(options.size.height() * percent / 1000.0) * 10));
            if (readableAt(pixels))
                smallest = pixels;
        }
        const QString name = chart.property(NameProperty).toString();
        const QString what = name.isEmpty() ? FigureText::tr("the figure") : name;
        error = smallest.isEmpty()
            ? FigureText::tr("%1 is not readable at %2 × %3 pixels at %4 dpi: its labels do not fit")
                  .arg(what).arg(options.size.width()).arg(options.size.height()).arg(options.dpi)
            : FigureText::tr("%1 is not readable at %2 × %3 pixels at %4 dpi: its labels need at least %5 × %6 pixels "
                             "(or a lower resolution)")
                  .arg(what).arg(options.size.width()).arg(options.size.height()).arg(options.dpi)
                  .arg(smallest.width()).arg(smallest.height());
    }
    scene.removeItem(&chart);
    return error;
}

void FigureExporter::paint(QChart &chart, const QString &sourceLine, QPainter &painter, const QSizeF &size)
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

QImage FigureExporter::renderImage(QChart &chart, const QString &sourceLine, const FigureExportOptions &options)
{
    if (!validate(options).isEmpty() || chart.scene() || !readable(chart, sourceLine, options).isEmpty())
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
        paint(chart, sourceLine, painter, logicalSize(options));
    }
    image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
    return image;
}

bool FigureExporter::writeSvg(QChart &chart, const QString &sourceLine, QIODevice *device, const FigureExportOptions &options,
                              const QString &title)
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
    paint(chart, sourceLine, painter, logical);
    return painter.end();
}

QByteArray FigureExporter::renderSvg(QChart &chart, const QString &sourceLine, const FigureExportOptions &options, QString *error)
{
    *error = validate(options);
    if (error->isEmpty() && chart.scene())
        *error = FigureText::tr("the chart is shown in a view; export a freshly built one");
    if (error->isEmpty())
        *error = readable(chart, sourceLine, options);
    if (!error->isEmpty())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeSvg(chart, sourceLine, &buffer, options, chart.title())) {
        *error = FigureText::tr("the figure could not be drawn");
        return {};
    }
    return buffer.data();
}

QString FigureExporter::exportChart(QChart &chart, const QString &sourceLine, const QString &path,
                                    const FigureExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!supportedSuffixes().contains(suffix))
        return FigureText::tr("%1: unsupported output format '%2' (use .png, .svg or .pdf)").arg(path, suffix);
    if (const QString error = validate(options); !error.isEmpty())
        return FigureText::tr("%1: %2").arg(path, error);
    if (chart.scene()) // it would be taken out of its view
        return FigureText::tr("%1: the chart is shown in a view; export a freshly built one").arg(path);
    if (const QString error = readable(chart, sourceLine, options); !error.isEmpty())
        return FigureText::tr("%1: %2").arg(path, error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FigureText::tr("%1: cannot write: %2").arg(path, file.errorString());
    const QSizeF logical = logicalSize(options);
    const int base = qRound(layoutDpi());
    bool painted = false;
    if (suffix == u"png"_s) {
        const QImage image = renderImage(chart, sourceLine, options);
        painted = !image.isNull() && image.save(&file, "PNG");
    } else if (suffix == u"svg"_s) {
        painted = writeSvg(chart, sourceLine, &file, options, chart.title().isEmpty() ? QFileInfo(path).completeBaseName() : chart.title());
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
            paint(chart, sourceLine, painter, logical);
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
