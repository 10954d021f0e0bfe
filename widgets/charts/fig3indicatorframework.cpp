// Figure 3: the framework of the new-type smart city evaluation indicators, drawn from an
// indicator system (the evaluation module's tree; by default the bundled GB/T 33356-2016
// template): the system on the left, its first-level indicators with their weights, and the
// second-level indicators the sources give with theirs. Nothing is filled in: entries the
// sources do not back and weights they do not give are drawn dashed and grey and say so,
// and where the sources list no (or not all) second-level indicators a grey note says that.
#include "maps/data/indicatorsystemfile.h"
#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/figurediagram.h"

#include <QFileInfo>
#include <QHash>
#include <QFontMetricsF>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {
namespace {

using Node = DiagramChart::Node;

// Ids like L1, L1P1 or x1 are shown before the name; descriptive ids (L2-public-safety,
// L1-remainder) are not: they are not the standard's numbers.
QString shownId(const QString &id)
{
    static const QRegularExpression code(u"^[A-Za-z]{1,3}\\d+(?:[A-Za-z]{1,3}\\d+)*$"_s);
    return code.match(id).hasMatch() ? id : QString();
}

QString localizedName(const QString &zh, const QString &en)
{
    if (FigureData::chineseLocale())
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString percentText(double percent)
{
    const double rounded = std::round(percent * 100.0) / 100.0;
    return FigureText::tr("%1 %").arg(QLocale().toString(rounded, 'g', 6));
}

// A node at `scale` times its largest font.
Node scaled(const Node &node, double scale)
{
    Node probe = node;
    probe.fittedPointSize = std::max(LabelFit::FloorPointSize, std::floor(node.pointSize * scale * 2.0) / 2.0);
    return probe;
}

// Lines a node's label needs at `scale` times its largest font in a box of the given width.
int linesNeeded(const Node &node, double width, double scale)
{
    Node probe = scaled(node, scale);
    probe.rect = QRectF(0, 0, width, 1e6);
    const QRectF text = DiagramChart::textRect(probe);
    const QFontMetricsF metrics(DiagramChart::nodeFont(probe));
    const double used = metrics.boundingRect(QRectF(0, 0, std::max(1.0, text.width()), 1e6), Qt::TextWordWrap, node.label).height();
    return std::max(1, int(std::lround(used / metrics.lineSpacing())));
}

// The system on the left; the first level in the middle column, each centred on the rows of
// its children; one row per second-level indicator (or note) on the right, two or three for
// a label that needs as many lines (e.g. the long name of an unsourced item), so that it
// is wrapped inside its box rather than overflowing it or shrinking every other label. The
// fonts are the largest (in steps of 0.5 pt) at which every label fits its box.
void layoutTree(QList<Node> &nodes, const QRectF &area)
{
    QList<int> first;
    QHash<int, QList<int>> children;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].level == 1)
            first << i;
        else if (nodes[i].level == 2)
            children[nodes[i].parent] << i;
    }

    // Column widths: as wide as the labels on one line, shrunk in proportion when that is
    // too wide (labels then wrap). A label much longer than the others of its level does not
    // widen its column: it is wrapped.
    std::array<QList<double>, 3> widths;
    for (const Node &n : std::as_const(nodes)) {
        const QFontMetricsF metrics(DiagramChart::nodeFont(scaled(n, 1.0)));
        widths[std::clamp(n.level, 0, 2)] << metrics.horizontalAdvance(n.label) + 16.0;
    }
    std::array<double, 3> natural{0, 0, 0};
    for (int l = 0; l < 3; ++l) {
        std::sort(widths[l].begin(), widths[l].end(), std::greater<>());
        natural[l] = widths[l].value(0);
        if (widths[l].size() >= 3 && natural[l] > 1.3 * widths[l][1])
            natural[l] = 1.3 * widths[l][1];
    }
    const bool secondLevel = !children.isEmpty();
    const int gaps = secondLevel ? 2 : 1;
    double gap = std::clamp(area.width() * 0.035, 12.0, 40.0);
    const double rootWidth = std::min(natural[0], area.width() * (secondLevel ? 0.19 : 0.3));
    const double available = area.width() - rootWidth - gaps * gap;
    double w1 = natural[1], w2 = secondLevel ? natural[2] : 0.0;
    if (w1 + w2 > available) {
        const double ratio = available / (w1 + w2);
        w1 *= ratio;
        w2 *= ratio;
    }
    // Room to spare (short labels, Chinese): wider gaps, then the tree in the middle.
    double slack = available - w1 - w2;
    const double extraGap = std::min(slack / gaps, gap);
    gap += extraGap;
    slack -= gaps * extraGap;
    const double x0 = area.left() + std::max(0.0, slack / 2);
    const double x1 = x0 + rootWidth + gap;
    const double x2 = x1 + w1 + gap;

    // Places the nodes at `scale` times their largest fonts; true when every label fits.
    const auto place = [&](double scale) {
        std::array<double, 3> lineHeight{0, 0, 0};
        for (const Node &n : std::as_const(nodes))
            lineHeight[std::clamp(n.level, 0, 2)] = std::max(lineHeight[std::clamp(n.level, 0, 2)],
                                                             QFontMetricsF(DiagramChart::nodeFont(scaled(n, scale))).lineSpacing());
        // Rows: a second-level node takes as many as its label needs lines (at most three);
        // a first-level node the rows of its children, or as many as its own label needs.
        QHash<int, int> lines, span;
        int rows = 0;
        for (int i : first) {
            int below = 0;
            for (int c : children.value(i)) {
                lines[c] = std::min(3, linesNeeded(nodes[c], w2, scale));
                span[c] = lines[c];
                below += span[c];
            }
            lines[i] = std::min(3, linesNeeded(nodes[i], w1, scale));
            span[i] = std::max({below, 1, lines[i]});
            rows += span[i];
        }
        rows = std::max(rows, 1);

        // Rows no taller than three lines of text; the tree is centred vertically.
        const double rowHeight = std::min(area.height() / rows, 3.2 * std::max(lineHeight[1], lineHeight[2]));
        const double top = area.top() + (area.height() - rows * rowHeight) / 2;
        const double space = std::min(rowHeight * 0.16, 8.0);
        const auto boxHeight = [&](int node, int level) {
            return std::min(span.value(node, 1) * rowHeight - space, std::max(2, lines.value(node, 1)) * lineHeight[level] + 6.0);
        };

        int row = 0;
        for (int i : first) {
            const QList<int> below = children.value(i);
            int used = 0;
            for (int c : below)
                used += span.value(c, 1);
            double childRow = row + (span.value(i, 1) - used) / 2.0;
            for (int c : below) {
                const double h = boxHeight(c, 2);
                nodes[c].rect = QRectF(x2, top + (childRow + span.value(c, 1) / 2.0) * rowHeight - h / 2, w2, h);
                childRow += span.value(c, 1);
            }
            const double h = boxHeight(i, 1);
            nodes[i].rect = QRectF(x1, top + (row + span.value(i, 1) / 2.0) * rowHeight - h / 2, w1, h);
            row += span.value(i, 1);
        }
        for (Node &n : nodes)
            if (n.level == 0) {
                // Its wrapped text and a line to spare, at least a row, at most all rows.
                const double text = QFontMetricsF(DiagramChart::nodeFont(scaled(n, 1.0)))
                                        .boundingRect(QRectF(0, 0, std::max(1.0, rootWidth - 12.0), 1e6), Qt::TextWordWrap, n.label)
                                        .height();
                const double h = std::clamp(text + lineHeight[0] + 4.0, rowHeight - space,
                                            std::max(rowHeight - space, rows * rowHeight - space));
                n.rect = QRectF(x0, top + rows * rowHeight / 2 - h / 2, rootWidth, h);
            }
        return std::all_of(nodes.cbegin(), nodes.cend(), [scale](const Node &n) {
            return n.level == 0 || DiagramChart::labelFits(scaled(n, scale));
        });
    };
    // The largest fonts that fit (LabelFit: the 8 pt labels down to the minimum, then to the
    // floor), in proportion for the other levels.
    constexpr double Design = 8.0;
    const LabelFit::Size fitted = LabelFit::largest(Design, LabelFit::MinimumPointSize, [&](double size) { return place(size / Design); });
    place(fitted.pointSize / Design);
}

} // namespace

FigureResult indicatorFramework(const QString &dataPath)
{
    const QString path = dataPath.isEmpty() ? IndicatorSystemFile::bundledTemplatePath(u"gbt33356"_s) : dataPath;
    IndicatorSystemLoad loaded = IndicatorSystemFile::read(path);
    if (!loaded.ok()) {
        FigureResult failed;
        failed.issues = loaded.issues;
        if (!hasErrors(failed.issues))
            failed.issues << Issue::error(FigureText::tr("%1: not a readable indicator system").arg(path), path);
        return failed;
    }
    const IndicatorSystem &system = *loaded.system;
    if (system.firstLevel().isEmpty())
        return FigureResult::failure(FigureText::tr("%1: the indicator system has no indicators").arg(path), path);

    FigureResult result;
    const QString file = QFileInfo(path).fileName();
    result.provenance = file.contains(u"sample"_s, Qt::CaseInsensitive) || system.id.contains(u"sample"_s, Qt::CaseInsensitive)
        ? FigureProvenance::Sample
        : FigureProvenance::UserData;

    auto chart = std::make_unique<DiagramChart>(&layoutTree);
    ChartTheme::apply(chart.get());
    chart->legend()->hide();
    chart->setTitle(FigureData::titleFor(FigureText::tr("Framework of the smart-city evaluation indicator system"), result.provenance));

    Node root;
    root.id = system.id;
    root.label = localizedName(system.nameZh, system.nameEn);
    if (root.label.isEmpty())
        root.label = system.id;
    root.style = DiagramChart::NodeStyle::Centre;
    root.pointSize = 9.5;
    root.alignment = Qt::AlignCenter;
    const int rootIndex = chart->addNode(root);

    const auto indicatorNode = [&](int index, int level, int parent) {
        const Indicator &indicator = system.indicator(index);
        Node n;
        n.id = indicator.id;
        n.level = level;
        n.parent = parent;
        n.sourced = indicator.sourced;
        n.weightPercent = system.effectiveWeight(index);
        if (n.weightPercent)
            *n.weightPercent *= 100.0;
        QStringList parts;
        if (const QString id = shownId(indicator.id); !id.isEmpty())
            parts << id;
        parts << localizedName(indicator.nameZh, indicator.nameEn);
        if (n.weightPercent)
            parts << percentText(*n.weightPercent);
        else
            parts << FigureText::tr("(weight not sourced)");
        if (!indicator.sourced)
            parts << FigureText::tr("(not sourced)");
        n.label = parts.join(u' ');
        const bool marked = !indicator.sourced || !n.weightPercent;
        n.style = marked ? DiagramChart::NodeStyle::Unsourced
                         : (level == 1 ? DiagramChart::NodeStyle::Feature : DiagramChart::NodeStyle::Box);
        n.pointSize = level == 1 ? 8.5 : 8.0;
        n.bold = level == 1 && !marked;
        n.alignment = Qt::AlignLeft | Qt::AlignVCenter;
        return n;
    };
    const auto note = [](const QString &text, int parent) {
        Node n;
        n.label = text;
        n.level = 2;
        n.parent = parent;
        n.sourced = false;
        n.style = DiagramChart::NodeStyle::Note;
        n.pointSize = 8.0;
        n.alignment = Qt::AlignLeft | Qt::AlignVCenter;
        return n;
    };

    int notDrawn = 0;  // third-level indicators
    bool marked = false;
    for (int first : system.firstLevel()) {
        const Node firstNode = indicatorNode(first, 1, rootIndex);
        marked = marked || firstNode.style == DiagramChart::NodeStyle::Unsourced;
        const int f = chart->addNode(firstNode);
        chart->addEdge({rootIndex, f, firstNode.style == DiagramChart::NodeStyle::Unsourced, true});
        const QList<int> seconds = system.children(first);
        for (int second : seconds) {
            const Node secondNode = indicatorNode(second, 2, f);
            marked = marked || secondNode.style == DiagramChart::NodeStyle::Unsourced;
            const int s = chart->addNode(secondNode);
            chart->addEdge({f, s, secondNode.style == DiagramChart::NodeStyle::Unsourced, true});
            notDrawn += int(system.children(second).size());
        }
        if (!system.indicator(first).childrenComplete) {
            const int s = chart->addNode(note(seconds.isEmpty() ? FigureText::tr("second level not in the sources")
                                                                : FigureText::tr("… further indicators not in the sources"),
                                              f));
            chart->addEdge({f, s, true, true});
            marked = true;
        }
    }

    result.chart = std::move(chart);
    result.datasets << file;
    result.files << path;
    QStringList notes;
    notes << FigureText::tr("after the paper's Figure 3; weights in percent of the whole index");
    if (marked)
        notes << FigureText::tr("dashed grey: not backed by the sources or weight not given (nothing filled in)");
    if (notDrawn > 0)
        notes << FigureText::tr("%n third-level indicator(s) not drawn", nullptr, notDrawn);
    result.note = notes.join(u"; "_s);
    result.issues << loaded.issues; // warnings only
    return result;
}

} // namespace CityAtlas::FigureBuilders
