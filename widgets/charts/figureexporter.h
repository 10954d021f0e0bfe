#pragma once

#include <QImage>
#include <QSize>
#include <QStringList>

class QChart;
class QPainter;

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
    static QStringList supportedSuffixes();
    // Returns an empty string on success, else a message naming the file. Writes go through
    // a temporary file, so a failed export never leaves a half-written file behind.
    static QString exportChart(QChart &chart, const QString &sourceLine, const QString &path,
                               const FigureExportOptions &options = {});
    static QImage renderImage(QChart &chart, const QString &sourceLine, const FigureExportOptions &options = {});

private:
    // Paints on a device whose units are logical pixels at the screen's font resolution.
    static void paint(QChart &chart, const QString &sourceLine, QPainter &painter, const QSizeF &logicalSize);
    static QString validate(const FigureExportOptions &options);
};

} // namespace CityAtlas
