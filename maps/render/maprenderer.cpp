#include "maps/render/maprenderer.h"

#include "maps/data/mapprojection.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QObject>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of MapRenderer.
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::MapRenderer)
};
} // namespace

namespace {

constexpr double TitlePt = 14.0;
constexpr double LegendPt = 8.0;
constexpr double LabelPt = 7.0;
constexpr double SourcePt = 6.5;

double pointsToPixels(const QPainter &painter, double points)
{
    return points * painter.device()->logicalDpiY() / 72.0;
}

} // namespace

QFont mapFont(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies({u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"DejaVu Sans"_s});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

MapRenderer::MapRenderer(const FeatureTable &layer, const MapStyle &style, const MapSettings &settings)
    : m_layer(layer), m_style(style), m_settings(settings)
{
}

QRectF MapRenderer::extent() const
{
    QRectF e = m_settings.extent;
    if (e.isNull()) {
        e = m_layer.extent();
        const double margin = 0.03 * std::max(e.width(), e.height());
        e.adjust(-margin, -margin, margin, margin);
    }
    // With an inset, a strip east of the map for it (a fifth of the frame, insetRect()).
    if (m_settings.insetLayer && !m_settings.insetExtent.isEmpty())
        e.setRight(e.right() + 0.25 * e.width());
    return e;
}

QRect MapRenderer::mapFrame(QPainter &painter, const QRect &target) const
{
    QRect frame = target;
    if (!m_settings.title.isEmpty())
        frame.setTop(frame.top() + int(pointsToPixels(painter, TitlePt * 2.2)));
    const int smallPrint = int(!m_settings.sourceLine.isEmpty()) + int(m_settings.sketchMapNote);
    if (smallPrint > 0)
        frame.setBottom(frame.bottom() - int(pointsToPixels(painter, SourcePt * 2.0 * smallPrint)));
    return frame;
}

QTransform MapRenderer::fitTransform(const QRectF &e, const QRect &frame)
{
    if (e.isEmpty() || frame.isEmpty())
        return {};
    const double scale = std::min(frame.width() / e.width(), frame.height() / e.height());
    const double dx = frame.left() + (frame.width() - scale * e.width()) / 2.0;
    const double dy = frame.top() + (frame.height() - scale * e.height()) / 2.0;
    // x' = dx + scale (x − left); y' = dy + scale (top_of_map − y): north up.
    return QTransform(scale, 0, 0, -scale, dx - scale * e.left(), dy + scale * e.bottom());
}

bool MapRenderer::render(QPainter &painter, const QRect &target, Feedback *feedback) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(target, m_settings.background);

    if (!m_settings.title.isEmpty()) {
        painter.setFont(mapFont(TitlePt, true));
        painter.setPen(Qt::black);
        const QRect titleRect(target.left(), target.top(), target.width(), int(pointsToPixels(painter, TitlePt * 2.2)));
        painter.drawText(titleRect, Qt::AlignCenter, m_settings.title);
    }
    const QRect frame = mapFrame(painter, target);
    const QTransform toDevice = mapToDevice(frame);
    drawFeatures(painter, toDevice, frame, feedback);
    const bool canceled = feedback && feedback->isCanceled();
    if (!canceled) {
        drawLabels(painter, toDevice, frame);
        drawInset(painter, frame);
        if (m_settings.showLegend)
            drawLegend(painter, frame);
        if (m_settings.showScaleBar)
            drawScaleBar(painter, toDevice, frame);
        if (m_settings.showNorthArrow)
            drawNorthArrow(painter, toDevice, frame);
        drawSourceLine(painter, target);
    }
    painter.restore();
    return !canceled;
}

void MapRenderer::drawLayerFeatures(QPainter &painter, const FeatureTable &table, const MapStyle &style,
                                    const QRectF &visible, Feedback *feedback) const
{
    if (!table.hasGeometry())
        return;
    QPen outline(m_settings.outline, 0.0); // cosmetic: one device pixel whatever the scale
    outline.setCosmetic(true);
    const int rows = table.rowCount();
    for (int row = 0; row < rows; ++row) {
        if (feedback && row % 256 == 0) {
            if (feedback->isCanceled())
                break;
            feedback->setProgress(100.0 * row / rows);
        }
        const FeatureGeometry &g = table.geometry(row);
        const bool outside = !g.bounds.isEmpty() && !g.bounds.intersects(visible);
        if (g.isEmpty() || outside)
            continue;
        const QColor fill = style.isValid() ? style.colorOfRow(row) : MapStyle::noDataColor();
        switch (g.kind) {
        case GeometryKind::Polygon:
            painter.setPen(outline);
            painter.setBrush(fill);
            // A polygon of one ring (most are) straight from the layer's coordinates; rings with
            // holes or several parts as one odd-even path.
            if (g.ringCount == 1)
                painter.drawPolygon(g.ring(0).data(), int(g.ring(0).size()), Qt::OddEvenFill);
            else
                painter.drawPath(g.path());
            break;
        case GeometryKind::Line: {
            QPen pen(fill.darker(130), 1.5);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(g.path());
            break;
        }
        case GeometryKind::Point: {
            const QPointF p = painter.transform().map(g.labelPoint);
            painter.save();
            painter.resetTransform();
            painter.setPen(outline);
            painter.setBrush(fill);
            const double r = pointsToPixels(painter, 2.5);
            painter.drawEllipse(p, r, r);
            painter.restore();
            break;
        }
        case GeometryKind::None:
            break;
        }
    }
}

void MapRenderer::setLayerStack(QList<MapLayer> bottomUp, const QString &featuredId)
{
    m_stack = std::move(bottomUp);
    m_featuredId = featuredId;
}

void MapRenderer::drawFeatures(QPainter &painter, const QTransform &toDevice, const QRect &frame, Feedback *feedback) const
{
    const QRectF visible = toDevice.inverted().mapRect(QRectF(frame));
    painter.save();
    painter.setClipRect(frame);
    painter.setTransform(toDevice, true);
    if (m_stack.isEmpty())
        drawLayerFeatures(painter, m_layer, m_style, visible, feedback);
    for (const MapLayer &layer : m_stack) {
        if (!layer.visible || !layer.table || !layer.style)
            continue;
        painter.setOpacity(layer.opacity);
        const bool featured = layer.id == m_featuredId;
        drawLayerFeatures(painter, featured ? m_layer : *layer.table, featured ? m_style : *layer.style, visible, feedback);
    }
    painter.setOpacity(1.0);
    const int rows = m_layer.rowCount();
    if (!m_settings.selectedRows.isEmpty() && m_layer.hasGeometry()) {
        QPen highlight(QColor(0x00, 0xbf, 0xff), 2.5);
        highlight.setCosmetic(true);
        painter.setPen(highlight);
        painter.setBrush(Qt::NoBrush);
        for (int row : m_settings.selectedRows)
            if (row >= 0 && row < rows)
                painter.drawPath(m_layer.geometry(row).path());
    }
    painter.restore();
}

void MapRenderer::drawLabels(QPainter &painter, const QTransform &toDevice, const QRect &frame) const
{
    const int column = m_layer.fieldIndex(m_settings.labelField);
    if (column < 0 || !m_layer.hasGeometry())
        return;
    painter.save();
    painter.setFont(mapFont(LabelPt));
    const QFontMetricsF metrics(painter.font(), painter.device());
    // Greedy placement, largest units first; a label that would overlap a placed one is left out.
    QList<int> order(m_layer.rowCount());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_layer.geometry(a).areaKm2 > m_layer.geometry(b).areaKm2;
    });
    QList<QRectF> placed;
    for (int row : order) {
        const FeatureGeometry &g = m_layer.geometry(row);
        const QString text = m_layer.value(row, column).toString();
        if (g.isEmpty() || text.isEmpty())
            continue;
        const QPointF anchor = toDevice.map(g.labelPoint);
        QRectF box = metrics.boundingRect(text);
        box.moveCenter(anchor);
        if (!QRectF(frame).contains(box))
            continue;
        const QRectF padded = box.adjusted(-2, -1, 2, 1);
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(padded); }))
            continue;
        placed << padded;
        QPainterPath halo;
        halo.addText(box.left(), box.top() + metrics.ascent(), painter.font(), text);
        painter.setPen(QPen(QColor(255, 255, 255), pointsToPixels(painter, 1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(halo);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QPointF(box.left(), box.top() + metrics.ascent()), text);
    }
    painter.restore();
}

void MapRenderer::drawLegend(QPainter &painter, const QRect &frame) const
{
    if (!m_style.isValid())
        return;
    const QList<LegendEntry> entries = m_style.legendEntries();
    if (entries.isEmpty())
        return;
    painter.save();
    const QFont font = mapFont(LegendPt);
    const QFont titleFont = mapFont(LegendPt, true);
    const QFontMetricsF metrics(font, painter.device());
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const double line = metrics.height() * 1.35;
    const double swatch = metrics.height();
    const double pad = metrics.height() * 0.6;

    QStringList texts;
    for (const LegendEntry &e : entries)
        texts << Tr::tr("%1  (%2)").arg(e.label).arg(e.count);
    const QString title = m_settings.legendTitle.isEmpty() ? m_style.field() : m_settings.legendTitle;

    double textWidth = titleMetrics.horizontalAdvance(title);
    for (const QString &t : texts)
        textWidth = std::max(textWidth, swatch + pad + metrics.horizontalAdvance(t));
    const double width = textWidth + 2 * pad;
    const double height = titleMetrics.height() * 1.4 + line * texts.size() + pad;
    const QRectF box(frame.left() + pad, frame.bottom() - height - pad, width, height);

    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRect(box);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    double y = box.top() + pad * 0.5;
    painter.drawText(QRectF(box.left() + pad, y, width - 2 * pad, titleMetrics.height() * 1.2), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += titleMetrics.height() * 1.4;
    painter.setFont(font);
    for (int i = 0; i < texts.size(); ++i) {
        const QColor color = entries[i].color;
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0));
        painter.setBrush(color);
        painter.drawRect(QRectF(box.left() + pad, y + (line - swatch) / 2, swatch * 1.4, swatch));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left() + pad + swatch * 1.4 + pad, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
        y += line;
    }
    painter.restore();
}

void MapRenderer::drawScaleBar(QPainter &painter, const QTransform &toDevice, const QRect &frame) const
{
    const double pixelsPerMetre = toDevice.m11();
    if (pixelsPerMetre <= 0)
        return;
    // A round length (1, 2 or 5 × 10^k km) near a fifth of the frame's width.
    const double wantedKm = 0.2 * frame.width() / pixelsPerMetre / 1000.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wantedKm)));
    double km = magnitude;
    for (double step : {2.0, 5.0, 10.0})
        if (step * magnitude <= wantedKm)
            km = step * magnitude;
    const double length = km * 1000.0 * pixelsPerMetre;
    painter.save();
    painter.setFont(mapFont(LegendPt));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double height = metrics.height() * 0.35;
    const double margin = metrics.height();
    const QPointF origin(frame.right() - margin - length, frame.bottom() - margin - height);
    painter.setPen(QPen(Qt::black, 0));
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(i % 2 ? Qt::white : Qt::black);
        painter.drawRect(QRectF(origin.x() + i * length / 4, origin.y(), length / 4, height));
    }
    const QString label = Tr::tr("%1 km").arg(QLocale().toString(km, 'g', 6));
    painter.drawText(QRectF(origin.x(), origin.y() - metrics.height() * 1.2, length, metrics.height()),
                     Qt::AlignHCenter | Qt::AlignBottom, label);
    painter.restore();
}

void MapRenderer::drawNorthArrow(QPainter &painter, const QTransform &toDevice, const QRect &frame) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(mapFont(LegendPt, true));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double size = metrics.height() * 1.6;
    // Low enough that the letter above the arrow (a full-height 北 in Chinese) stays inside the frame.
    const QPointF centre(frame.right() - metrics.height() * 1.5, frame.top() + metrics.height() * 2.9);
    // North at the frame's centre, in device coordinates (y grows downwards).
    const QPointF world = toDevice.inverted().map(QPointF(frame.center()));
    const QPointF north = MapProjection::northAt(world);
    const double angle = std::atan2(north.x(), north.y()) * 180.0 / M_PI;
    painter.translate(centre);
    painter.rotate(angle);
    QPolygonF left({QPointF(0, -size), QPointF(-size * 0.35, size * 0.45), QPointF(0, size * 0.2)});
    QPolygonF right({QPointF(0, -size), QPointF(size * 0.35, size * 0.45), QPointF(0, size * 0.2)});
    painter.setPen(QPen(Qt::black, 0));
    painter.setBrush(Qt::black);
    painter.drawPolygon(left);
    painter.setBrush(Qt::white);
    painter.drawPolygon(right);
    painter.drawText(QRectF(-size, -size - metrics.height() * 1.1, 2 * size, metrics.height()), Qt::AlignCenter, Tr::tr("N"));
    painter.restore();
}

QString MapRenderer::sketchMapNote()
{
    return Tr::tr("Sketch map (示意图), not a standard map (标准地图); not an authority on boundaries.");
}

void MapRenderer::drawSourceLine(QPainter &painter, const QRect &target) const
{
    QStringList lines;
    if (!m_settings.sourceLine.isEmpty())
        lines << m_settings.sourceLine;
    if (m_settings.sketchMapNote)
        lines << sketchMapNote();
    if (lines.isEmpty())
        return;
    painter.save();
    painter.setFont(mapFont(SourcePt));
    painter.setPen(QColor(0x50, 0x50, 0x50));
    const double h = pointsToPixels(painter, SourcePt * 2.0);
    double top = target.bottom() - h * lines.size();
    for (const QString &line : std::as_const(lines)) {
        painter.drawText(QRectF(target.left() + 4, top, target.width() - 8, h), Qt::AlignLeft | Qt::AlignVCenter, line);
        top += h;
    }
    painter.restore();
}

QRectF MapRenderer::insetRect(QPainter &painter, const QRect &frame) const
{
    const QRectF e = m_settings.insetExtent;
    if (!m_settings.insetLayer || e.isEmpty())
        return {};
    // A fifth of the frame's width (at most a third of its height), in the lower right
    // corner, above the scale bar.
    const double margin = pointsToPixels(painter, LegendPt * 1.4);
    double width = 0.2 * frame.width();
    double height = width * e.height() / e.width();
    if (height > frame.height() / 3.0) {
        height = frame.height() / 3.0;
        width = height * e.width() / e.height();
    }
    const double scaleBarRoom = m_settings.showScaleBar ? pointsToPixels(painter, LegendPt * 4.0) : 0.0;
    return QRectF(frame.right() - margin - width, frame.bottom() - margin - scaleBarRoom - height, width, height);
}

void MapRenderer::drawInset(QPainter &painter, const QRect &frame) const
{
    const QRectF box = insetRect(painter, frame);
    if (box.isEmpty())
        return;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_settings.background);
    painter.drawRect(box);
    // The map's own features, then the base layer, at the inset's extent.
    const QRect inner = box.toAlignedRect().adjusted(1, 1, -1, -1);
    const QTransform toInset = fitTransform(m_settings.insetExtent, inner);
    drawFeatures(painter, toInset, inner, nullptr);
    const QRectF visible = toInset.inverted().mapRect(QRectF(inner));
    painter.setClipRect(inner);
    painter.setTransform(toInset, true);
    QPen outline(QColor(0x40, 0x40, 0x40), 0.0);
    outline.setCosmetic(true);
    const FeatureTable &base = *m_settings.insetLayer;
    for (int row = 0; row < base.rowCount(); ++row) {
        const FeatureGeometry &g = base.geometry(row);
        if (g.isEmpty() || (!g.bounds.isEmpty() && !g.bounds.intersects(visible)))
            continue;
        painter.setPen(outline);
        painter.setBrush(g.kind == GeometryKind::Polygon ? QBrush(MapStyle::noDataColor()) : QBrush(Qt::NoBrush));
        if (g.kind == GeometryKind::Point)
            painter.drawPoint(g.labelPoint);
        else
            painter.drawPath(g.path());
    }
    painter.resetTransform();
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), pointsToPixels(painter, 0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    if (!m_settings.insetTitle.isEmpty()) {
        painter.setFont(mapFont(SourcePt));
        const double pad = pointsToPixels(painter, SourcePt * 0.5);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignRight | Qt::AlignBottom, m_settings.insetTitle);
    }
    painter.restore();
}

} // namespace CityAtlas
