#include "widgets/charts/figureexporter.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/figure.h"

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
#include <QtCharts/QChart>

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

void FigureExporter::paint(QChart &chart, const QString &sourceLine, QPainter &painter, const QSizeF &size)
{
    const QFont font = ChartTheme::sourceLineFont();
    const QFontMetricsF metrics(font); // the same (screen) metrics the chart lays out with
    const double margin = metrics.height() * 0.8;
    const QRectF textArea(margin, 0, size.width() - 2 * margin, size.height());
    const double strip = sourceLine.isEmpty()
        ? 0.0
        : metrics.boundingRect(textArea, Qt::TextWordWrap, sourceLine).height() + metrics.height() * 0.8;
    const QRectF chartRect(0, 0, size.width(), size.height() - strip);

    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(chartRect);
    if (chart.layout())
        chart.layout()->activate(); // place axes, labels and legend now, not on the next event
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
}

QImage FigureExporter::renderImage(QChart &chart, const QString &sourceLine, const FigureExportOptions &options)
{
    if (!validate(options).isEmpty() || chart.scene())
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
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(base); // width and height in the file: size / dpi inches
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setTitle(chart.title().isEmpty() ? QFileInfo(path).completeBaseName() : chart.title());
        svg.setDescription(sourceLine);
        QPainter painter;
        if (painter.begin(&svg)) {
            paint(chart, sourceLine, painter, logical);
            painted = painter.end();
        }
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
