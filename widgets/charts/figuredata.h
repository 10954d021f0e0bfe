#pragma once

#include "maps/data/vectorreader.h"
#include "widgets/charts/figure.h"

#include <QColor>
#include <QFont>

#include <optional>

class QGraphicsSimpleTextItem;
QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace CityAtlas::FigureData {

// Reads a figure's table through GDAL (VectorReader): dataPath, or the bundled file
// (relative to the datasets folder) when dataPath is empty. Tab-delimited ".txt" files
// (Web of Science exports) are read as TSV.
LoadResult read(const QString &dataPath, const QString &bundledFile);
// The figure result of a table that could not be read: its issues (with at least one error).
FigureResult loadFailure(const LoadResult &loaded);

// The first column named like one of the candidates (case-insensitive), else -1.
int column(const FeatureTable &table, const QStringList &candidates);
// The first numeric (or text) column not in `except`, else -1.
int firstColumn(const FeatureTable &table, bool numeric, const QList<int> &except = {});
// In a Chinese locale, "<name>_zh" when the table has it; else `column`.
int localizedColumn(const FeatureTable &table, int column);
bool chineseLocale();

// Text of a cell, trimmed.
QString text(const FeatureTable &table, int row, int column);
// A whole number in a cell, also when GDAL read the column as text ("2019").
std::optional<qint64> integer(const FeatureTable &table, int row, int column);

// "<file>: no <what> column (expected one of: ...; columns: ...)"
Issue missingColumn(const FeatureTable &table, const QString &what, const QStringList &candidates);
// "<file>, row <n>: <message>" (n is 1-based, the header being row 0 of a CSV file)
Issue rowError(const FeatureTable &table, int row, const QString &message);

// Provenance of a table: DerivedSample or Sample when a status column says so (or, for
// Sample, when the file name contains "sample"); else `otherwise`.
FigureProvenance provenanceOf(const FeatureTable &table, FigureProvenance otherwise);

QString fileName(const FeatureTable &table);

// A chart title that says "sample" / "derived sample" when the data is one.
QString titleFor(const QString &title, FigureProvenance provenance);

// Text a figure places itself (city names beside points, pie labels), where QtCharts' own
// labels would be elided or overlap at small sizes: plain-text items, children of the chart,
// tagged with a kind ("end-label", "point-label", ...) so that tests can find them.
QGraphicsSimpleTextItem *addLabel(QChart *chart, const QString &kind, const QString &text, const QFont &font,
                                  const QColor &color = QColor(0x20, 0x20, 0x20));
// The labels of a chart (of one kind, or all), in the order they were added.
QList<QGraphicsSimpleTextItem *> labels(const QChart &chart, const QString &kind = {});
// The part of a label its glyphs cover, in its own coordinates: for one line, from the top
// of the highest glyph to the bottom of the lowest; for several, the whole box.
QRectF inkRect(const QGraphicsSimpleTextItem *label);
// The same in scene coordinates, where the label is placed.
QRectF labelRect(const QGraphicsSimpleTextItem *label);

// Centres for boxes of one height wanted at `wanted` (ascending): moved apart as little as
// possible so that none overlap, and kept inside [top, bottom] when they fit there.
QList<double> spreadLabels(const QList<double> &wanted, double height, double top, double bottom);
// The same for boxes of different heights.
QList<double> spreadLabels(const QList<double> &wanted, const QList<double> &heights, double top, double bottom);

// Word-wraps a text into lines no wider than maxWidth (breaking inside a word only when a
// word alone is wider, and anywhere in Chinese text). Balanced: as few lines, of about the
// same length.
QStringList wrapText(const QString &text, const QFont &font, double maxWidth, bool balanced = false);
// The same lines as rich text for QtCharts labels and titles: escaped, joined by <br>.
QString wrappedHtml(const QString &text, const QFont &font, double maxWidth, bool balanced = false);
// Sets the labels of a vertical bar-category axis (bottom up, as the axis takes them; '\n'
// starts a new line) and lays them out again whenever the plot area changes (LabelFit): each
// is wrapped to a column of up to 38 % of the figure's width, in the largest font up to
// maxPointSize (down to minPointSize, or below it as a last resort) and the narrowest column at
// which every label fits its category's share of the plot's height. How they fit is recorded
// on the chart as `part` (e.g. "the level labels"). The axis is told not to truncate its
// labels: QtCharts would elide their second line.
void fitCategoryLabels(QChart *chart, QBarCategoryAxis *axis, const QStringList &texts, double maxPointSize,
                       double minPointSize, const QString &part);
// A rich-text label (<br> line breaks) as plain text on one line, e.g. for tests.
QString plainText(const QString &html);

} // namespace CityAtlas::FigureData
