#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace CityAtlas {

// How a figure fits the text it places itself to the size it is drawn at; one mechanism for
// every figure. The type shrinks from its design size (in steps of 0.5 pt) down to a stated
// minimum; labels in a column are also wrapped, to the narrowest column width (within the
// room the figure gives) at which they fit. Only when that is not enough does the type go
// below the minimum, down to FloorPointSize. A figure records how each part of its text fits
// on its chart (record()); the exporter turns every shortfall into a warning: a figure is
// never refused for its labels (FigureExporter refuses only sizes below its MinimumInches).
class LabelFit
{
public:
    // The smallest type a figure's labels are set in when they fit at all (print: 5.5 pt is
    // still read at arm's length), and the floor below it for sizes where they do not.
    static constexpr double MinimumPointSize = 5.5;
    static constexpr double FloorPointSize = 4.0;

    enum class Quality {
        Fits,         // at or above the stated minimum size
        BelowMinimum, // whole, but smaller than the stated minimum
        Overflows,    // not even at the floor: labels overlap or leave their room
    };

    struct Size
    {
        double pointSize = 0;
        double minimum = MinimumPointSize; // the stated minimum it was fitted against
        Quality quality = Quality::Fits;
    };
    // The largest size from `largest` down (0.5 pt steps) at which fits(size) holds: down to
    // `minimum` (Fits), then on to FloorPointSize (BelowMinimum); when it holds at none,
    // FloorPointSize (Overflows).
    static Size largest(double largest, double minimum, const std::function<bool(double pointSize)> &fits);

    // Labels in a column, one per row or block, each wrapped to the column's width. A text's
    // '\n' starts a new line in any case (e.g. a name, then its counts).
    struct Column
    {
        Size size;
        double width = 0;          // the column width chosen, in logical pixels
        QList<QStringList> lines;  // per text, its lines
        double lineSpacing = 0;
    };
    // Whether labels of these lines (with this line spacing) have room.
    using Room = std::function<bool(const QList<QStringList> &lines, double lineSpacing)>;
    // The largest type, then the narrowest column width in [minWidth, maxWidth], at which the
    // wrapped labels have room (`font`: family and weight; its size is set by the fit).
    static Column column(const QStringList &texts, const QFont &font, double largest, double minimum, double minWidth,
                         double maxWidth, const Room &room);
    // Room for labels of equal rows: each label's lines within rowHeight, at most maxLines.
    static Room rows(double rowHeight, int maxLines);
    // Lines of `text` (with '\n' line breaks) wrapped to maxWidth; balanced: lines of about
    // the same length (FigureData::wrapText).
    static QStringList wrap(const QString &text, const QFont &font, double maxWidth, bool balanced = false);

    // Records on the chart how one part of its text (e.g. "the policy names") fits; a later
    // record of the same part replaces it.
    static void record(QChart *chart, const QString &part, const Size &size);
    // One sentence per part that does not fit (empty when everything fits), e.g. "the policy
    // names are set at 4.5 pt, below their 5.5 pt minimum".
    static QStringList shortfalls(const QChart &chart);
};

} // namespace CityAtlas
