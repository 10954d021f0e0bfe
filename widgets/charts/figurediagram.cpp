#include "widgets/charts/figurediagram.h"

#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figure.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>
#include <QPainterPath>
#include <QtCharts/QLegend>

#include <algorithm>

namespace CityAtlas {

namespace {

QColor blend(const QColor &color, double amount) // amount of `color` over white
{
    return QColor::fromRgbF(1.0 - amount * (1.0 - color.redF()), 1.0 - amount * (1.0 - color.greenF()),
                            1.0 - amount * (1.0 - color.blueF()));
}

int textFlags(const DiagramChart::Node &node)
{
    return int(node.alignment) | Qt::TextWordWrap;
}

} // namespace

// The one item that paints the whole diagram, above the chart's background.
class DiagramChart::Item : public QGraphicsItem
{
public:
    explicit Item(DiagramChart *chart) : QGraphicsItem(chart), m_chart(chart) {}

    void setBounds(const QRectF &bounds)
    {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_chart->paintDiagram(painter); }

private:
    DiagramChart *m_chart;
    QRectF m_bounds;
};

DiagramChart::DiagramChart(Layout layout, QGraphicsItem *parent)
    : QChart(parent)
    , m_layout(std::move(layout))
    , m_item(new Item(this))
{
    legend()->hide(); // nothing to list: the nodes are labelled
    m_item->setZValue(1000);
    connect(this, &QChart::plotAreaChanged, this, &DiagramChart::relayout);
}

DiagramChart::~DiagramChart() = default;

int DiagramChart::addNode(const Node &node)
{
    m_nodes << node;
    m_nodes.last().fittedPointSize = node.pointSize;
    return int(m_nodes.size()) - 1;
}

void DiagramChart::addEdge(const Edge &edge)
{
    m_edges << edge;
}

QList<int> DiagramChart::nodesOfLevel(int level) const
{
    QList<int> result;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].level == level)
            result << i;
    return result;
}

void DiagramChart::relayout()
{
    const QRectF area = plotArea();
    if (!m_layout || area.isEmpty())
        return;
    m_layout(m_nodes, area);
    LabelFit::Size fitted = fitFonts(m_nodes);
    if (!labelsFit() || nodesOverlap())
        fitted.quality = LabelFit::Quality::Overflows;
    LabelFit::record(this, FigureText::tr("the diagram's labels"), fitted);
    QRectF bounds = area;
    for (const Node &node : std::as_const(m_nodes))
        bounds = bounds.united(node.rect);
    m_item->setBounds(bounds.adjusted(-2, -2, 2, 2));
    m_item->update();
}

QFont DiagramChart::nodeFont(const Node &node)
{
    QFont font = mapFont(node.fittedPointSize, node.bold || node.style == NodeStyle::Centre);
    font.setItalic(node.style == NodeStyle::Note);
    return font;
}

QRectF DiagramChart::textRect(const Node &node)
{
    if (node.shape == Shape::Ellipse) {
        // The widest rectangle with room for a few lines: its corners lie on the ellipse
        // at (0.8 a, 0.6 b).
        const QPointF c = node.rect.center();
        const double a = node.rect.width() / 2 * 0.8, b = node.rect.height() / 2 * 0.6;
        return QRectF(c.x() - a, c.y() - b, 2 * a, 2 * b);
    }
    const double padX = node.style == NodeStyle::Note ? 2.0 : 6.0;
    return node.rect.adjusted(padX, 2.0, -padX, -2.0);
}

bool DiagramChart::labelFits(const Node &node)
{
    const QRectF area = textRect(node);
    if (area.width() <= 0 || area.height() <= 0)
        return node.label.isEmpty();
    const QRectF used = QFontMetricsF(nodeFont(node)).boundingRect(area, textFlags(node), node.label);
    return used.width() <= area.width() + 0.5 && used.height() <= area.height() + 0.5;
}

bool DiagramChart::labelsFit() const
{
    return std::all_of(m_nodes.cbegin(), m_nodes.cend(), [](const Node &n) { return labelFits(n); });
}

bool DiagramChart::nodesOverlap() const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        for (int j = i + 1; j < m_nodes.size(); ++j) {
            const QRectF common = m_nodes[i].rect.intersected(m_nodes[j].rect);
            if (common.width() > 0.5 && common.height() > 0.5)
                return true;
        }
    return false;
}

LabelFit::Size DiagramChart::fitFonts(QList<Node> &nodes)
{
    int maxLevel = 0;
    for (const Node &n : std::as_const(nodes))
        maxLevel = std::max(maxLevel, n.level);
    LabelFit::Size worst{0.0, LabelFit::MinimumPointSize, LabelFit::Quality::Fits};
    for (int level = 0; level <= maxLevel; ++level) {
        double largest = 0.0;
        for (const Node &n : std::as_const(nodes))
            if (n.level == level)
                largest = std::max(largest, n.pointSize);
        if (largest <= 0.0)
            continue;
        const auto fitsAt = [&nodes, level](double size) {
            bool all = true;
            for (Node &n : nodes)
                if (n.level == level) {
                    n.fittedPointSize = std::min(n.pointSize, size);
                    all = all && labelFits(n);
                }
            return all;
        };
        const LabelFit::Size fitted = LabelFit::largest(largest, LabelFit::MinimumPointSize, fitsAt);
        fitsAt(fitted.pointSize);
        if (worst.pointSize == 0.0 || int(fitted.quality) > int(worst.quality)
            || (fitted.quality == worst.quality && fitted.pointSize < worst.pointSize))
            worst = fitted;
    }
    return worst;
}

void DiagramChart::paintDiagram(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Lines first, under the nodes (whose fill hides the ends of straight lines).
    for (const Edge &e : m_edges) {
        if (e.from < 0 || e.to < 0 || e.from >= m_nodes.size() || e.to >= m_nodes.size())
            continue;
        const QRectF a = m_nodes[e.from].rect, b = m_nodes[e.to].rect;
        QPen pen(e.light ? QColor(0xc4, 0xc4, 0xc4) : (e.dashed ? QColor(0xa6, 0xa6, 0xa6) : QColor(0x86, 0x86, 0x86)));
        pen.setWidthF(e.light ? 0.9 : 1.2);
        if (e.dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (e.elbow) {
            const QPointF from(a.right(), a.center().y()), to(b.left(), b.center().y());
            const double middle = (from.x() + to.x()) / 2;
            QPainterPath path(from);
            path.lineTo(middle, from.y());
            path.lineTo(middle, to.y());
            path.lineTo(to);
            painter->drawPath(path);
        } else {
            painter->drawLine(a.center(), b.center());
        }
    }

    const QList<QColor> palette = CityAtlas::ChartTheme::palette();
    for (const Node &n : m_nodes) {
        QPen pen(Qt::NoPen);
        QBrush brush(Qt::NoBrush);
        QColor text(0x20, 0x20, 0x20);
        switch (n.style) {
        case NodeStyle::Centre:
            brush = CityAtlas::ChartTheme::accent();
            pen = QPen(CityAtlas::ChartTheme::accent().darker(130), 1.2);
            text = Qt::white;
            break;
        case NodeStyle::Feature: {
            const QColor c = palette.value(n.color % palette.size());
            brush = blend(c, 0.16);
            pen = QPen(c, 1.6);
            break;
        }
        case NodeStyle::Box:
            brush = QColor(Qt::white);
            pen = QPen(QColor(0x8c, 0x8c, 0x8c), 1.0);
            break;
        case NodeStyle::Unsourced:
            brush = QColor(0xf6, 0xf6, 0xf6);
            pen = QPen(QColor(0x9a, 0x9a, 0x9a), 1.0, Qt::DashLine);
            text = QColor(0x6a, 0x6a, 0x6a);
            break;
        case NodeStyle::Note:
            text = QColor(0x78, 0x78, 0x78);
            break;
        }
        painter->setPen(pen);
        painter->setBrush(brush);
        if (n.style != NodeStyle::Note) {
            if (n.shape == Shape::Ellipse)
                painter->drawEllipse(n.rect);
            else
                painter->drawRoundedRect(n.rect, 4, 4);
        }
        painter->setPen(text);
        painter->setFont(nodeFont(n));
        painter->drawText(textRect(n), textFlags(n), n.label);
    }
    painter->restore();
}

} // namespace CityAtlas
