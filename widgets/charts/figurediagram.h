#pragma once

#include "widgets/charts/labelfit.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QtCharts/QChart>

#include <functional>
#include <optional>

namespace CityAtlas {

// A figure that is a diagram rather than a plot (the paper's Figures 2 and 3): labelled nodes
// and connecting lines, painted by one graphics item inside a QChart that has no series and
// no axes. It keeps the charts' title, theme and white background, and FigureExporter and
// the gallery's preview take it like any other figure. The builder adds nodes and edges and
// gives a layout function; the nodes are placed again whenever the plot area changes (the
// export size, the preview's size).
class DiagramChart : public QChart
{
    Q_OBJECT

public:
    enum class NodeStyle {
        Centre,    // filled with the accent colour, white bold text (fig2's centre, fig3's root)
        Feature,   // light fill of a palette colour with a border of that colour
        Box,       // white box with a grey border
        Unsourced, // grey text in a dashed grey box: not backed by the cited sources
        Note,      // grey italic text without a box
    };
    enum class Shape { Ellipse, Rectangle };

    struct Node
    {
        QString id;                          // e.g. "L1P1"; empty for notes
        QString label;                       // the text drawn, word-wrapped inside the node
        int level = 0;                       // 0: the centre or root
        int parent = -1;                     // index of the parent node; -1 for the root
        std::optional<double> weightPercent; // fig3: share of the whole index, when known
        bool sourced = true;                 // false: drawn marked (dashed, grey)
        NodeStyle style = NodeStyle::Box;
        Shape shape = Shape::Rectangle;
        int color = 0;                       // palette index (Feature)
        double pointSize = 9.0;              // the largest font size; the layout may shrink it
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignCenter; // of the text inside the node
        // Set by the layout, in the chart's coordinates:
        QRectF rect;
        double fittedPointSize = 9.0;
    };

    struct Edge
    {
        int from = -1;
        int to = -1;
        bool dashed = false;
        bool elbow = false; // right side of `from` → left side of `to`, with right angles
        bool light = false; // a thin, light line (secondary connection)
    };

    // Places the nodes (sets Node::rect) inside `area`, the plot area of the chart.
    using Layout = std::function<void(QList<Node> &nodes, const QRectF &area)>;

    explicit DiagramChart(Layout layout, QGraphicsItem *parent = nullptr);
    ~DiagramChart() override;

    int addNode(const Node &node);
    void addEdge(const Edge &edge);
    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    QList<int> nodesOfLevel(int level) const;

    // Lays the nodes out in the current plot area (done automatically when it changes).
    void relayout();
    // The font a node is drawn with (its fitted size).
    static QFont nodeFont(const Node &node);
    // The rectangle inside a node's shape that holds its text.
    static QRectF textRect(const Node &node);
    // Whether a node's label, word-wrapped, fits its text rectangle at the fitted size.
    static bool labelFits(const Node &node);
    // True when every label fits and no two nodes overlap (checked by the tests).
    bool labelsFit() const;
    bool nodesOverlap() const;

    // For layouts: per level, the largest font size up to each node's pointSize (in steps of
    // 0.5 pt, LabelFit::largest) at which all labels of that level fit; returns the smallest
    // (the worst fit) of the levels.
    static LabelFit::Size fitFonts(QList<Node> &nodes);

private:
    class Item;
    void paintDiagram(QPainter *painter) const;

    Layout m_layout;
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    Item *m_item = nullptr; // a child of the chart
};

} // namespace CityAtlas
