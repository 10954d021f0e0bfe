#pragma once

#include "analysis/issue.h"

#include <QImage>
#include <QList>
#include <QPicture>
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
    // The figure's name (Figure::build sets it), for messages.
    static constexpr const char *NameProperty = "cityatlasFigure";
    // The smallest figure drawn: below this physical size (size / dpi) an export is refused.
    // Above it a figure lays itself out for the size it is given (LabelFit); where its text
    // does not fit at its stated minimum type size, the export warns (`warnings`) and draws.
    // A figure may need more (this property of its chart, a QSizeF in inches; Figure::build
    // sets it from Figure::smallestInches).
    static constexpr double MinimumWidthInches = 3.0;
    static constexpr double MinimumHeightInches = 2.0;
    static constexpr const char *SmallestInchesProperty = "cityatlasSmallestInches";
    static QSizeF smallestInches(const QChart &chart);
    // The smallest size of the proportions of `size` that the chart is drawn at.
    static QSize minimumSize(const QChart &chart, const QSize &size, int dpi);

    static QStringList supportedSuffixes();
    // Returns an empty string on success, else a message naming the file. Writes go through
    // a temporary file, so a failed export never leaves a half-written file behind.
    static QString exportChart(QChart &chart, const QString &sourceLine, const QString &path,
                               const FigureExportOptions &options = {}, IssueList *warnings = nullptr);
    static QImage renderImage(QChart &chart, const QString &sourceLine, const FigureExportOptions &options = {},
                              IssueList *warnings = nullptr);
    // The figure as an SVG document (a vector drawing of size / dpi inches), for reports;
    // empty with *error set when it cannot be drawn at that size.
    static QByteArray renderSvg(QChart &chart, const QString &sourceLine, const FigureExportOptions &options, QString *error,
                                IssueList *warnings = nullptr);
    // The figure as recorded painting (its bounding rectangle: the size in logical pixels at
    // the screen's font resolution), for a report's PDF: replayed into a PDF, its text stays
    // text, where an SVG drawn by QSvgRenderer turns every letter into outlines.
    static QPicture renderPicture(QChart &chart, const QString &sourceLine, const FigureExportOptions &options,
                                  QString *error, IssueList *warnings = nullptr);

private:
    // Paints on a device whose units are logical pixels at the screen's font resolution;
    // returns what of the figure's text does not fit (LabelFit::shortfalls) at that size.
    static QStringList paint(QChart &chart, const QString &sourceLine, QPainter &painter, const QSizeF &logicalSize);
    // The shortfalls as warnings naming the figure and the size.
    static void warn(const QChart &chart, const QStringList &shortfalls, const FigureExportOptions &options, IssueList *warnings);
    static QString validate(const QChart &chart, const FigureExportOptions &options);
    static bool writeSvg(QChart &chart, const QString &sourceLine, QIODevice *device, const FigureExportOptions &options,
                         const QString &title, IssueList *warnings);
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
