#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QStringList>

class QAbstractAxis;
class QIODevice;
class QChart;
class QPainter;
class QRectF;

namespace CityAtlas {

// Size of an exported figure: `size` pixels at `dpi` dots per inch. A PNG has exactly that
// many pixels; an SVG or a PDF has the same physical size (size / dpi inches) as a vector
// drawing. Fonts are in points, so a figure looks the same in all three.
struct FigureExportOptions
{
    QSize size{2000, 1250};
    int dpi = 200;
};

// Paints a QChart (through a QGraphicsScene) with a small source line at the bottom, on a
// PNG, SVG or PDF file, chosen by the file's extension, or into an image (clipboard).
// The chart must not be shown in a view or be in a scene: build a fresh one for export.
class FigureExporter
{
public:
    // A figure that places labels of its own sets this property of its chart on every layout:
    // false when they do not fit (fonts at their smallest). Such a figure is not exported at
    // that size: the error names the smallest size (of the same proportions) where it fits.
    static constexpr const char *ReadableProperty = "cityatlasReadable";
    // The figure's name (Figure::build sets it), for that error.
    static constexpr const char *NameProperty = "cityatlasFigure";

    static QStringList supportedSuffixes();
    // Returns an empty string on success, else a message naming the file. Writes go through
    // a temporary file, so a failed export never leaves a half-written file behind.
    static QString exportChart(QChart &chart, const QString &sourceLine, const QString &path,
                               const FigureExportOptions &options = {});
    static QImage renderImage(QChart &chart, const QString &sourceLine, const FigureExportOptions &options = {});
    // The figure as an SVG document (a vector drawing of size / dpi inches), for reports;
    // empty with *error set when it cannot be drawn at that size.
    static QByteArray renderSvg(QChart &chart, const QString &sourceLine, const FigureExportOptions &options, QString *error);

private:
    // Paints on a device whose units are logical pixels at the screen's font resolution.
    static void paint(QChart &chart, const QString &sourceLine, QPainter &painter, const QSizeF &logicalSize);
    static QString validate(const FigureExportOptions &options);
    static bool writeSvg(QChart &chart, const QString &sourceLine, QIODevice *device, const FigureExportOptions &options,
                         const QString &title);
    // Empty when the chart is readable at that size, else why not and the smallest size that is.
    static QString readable(QChart &chart, const QString &sourceLine, const FigureExportOptions &options);
    static QRectF chartArea(const QString &sourceLine, const QSizeF &logicalSize);
    // Lays the chart out until its layout is stable.
    static void settle(QChart &chart);
    // Lays the chart (in a scene) out in chartRect, its titles wrapped where they are wider
    // than their room; returns the titles it had, for restore().
    struct Titles
    {
        QString chart;
        QList<std::pair<QAbstractAxis *, QString>> axes;
    };
    static Titles arrange(QChart &chart, const QRectF &chartRect);
    static void restore(QChart &chart, const Titles &titles);
};

} // namespace CityAtlas
