#include "maps/render/layerstackrenderer.h"

#include "maps/render/maprenderer.h"

#include <QPainter>

#include <algorithm>

namespace CityAtlas {
namespace {

QImage transparentImage(QSize pixelSize, qreal ratio)
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    return image;
}

QRect logicalFrame(QSize pixelSize, qreal ratio)
{
    return QRect(QPoint(0, 0), (QSizeF(pixelSize) / ratio).toSize());
}

} // namespace

LayerStackRenderer::LayerStackRenderer(QList<MapLayer> layers, const MapSettings &settings, const MapLayer &labelLayer)
    : m_layers(std::move(layers)), m_settings(settings), m_labelLayer(labelLayer)
{
    if (m_settings.extent.isNull())
        m_settings.extent = paddedExtent(m_layers);
}

QRectF LayerStackRenderer::paddedExtent(const QList<MapLayer> &layers)
{
    QRectF e;
    for (const MapLayer &layer : layers)
        if (layer.table && layer.table->hasGeometry())
            e = e.isNull() ? layer.table->extent() : e.united(layer.table->extent());
    const double margin = 0.03 * std::max(e.width(), e.height());
    return e.adjusted(-margin, -margin, margin, margin);
}

QImage LayerStackRenderer::renderLayer(const MapLayer &layer, const MapSettings &settings, QSize pixelSize, qreal ratio,
                                       Feedback *feedback)
{
    QImage image = transparentImage(pixelSize, ratio);
    if (!layer.table || !layer.style)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRect frame = logicalFrame(pixelSize, ratio);
    const MapRenderer renderer(*layer.table, *layer.style, settings);
    renderer.drawFeatures(painter, renderer.mapToDevice(frame), frame, feedback);
    painter.end();
    return feedback && feedback->isCanceled() ? QImage() : image;
}

QImage LayerStackRenderer::renderLabels(const MapLayer &layer, const MapSettings &settings, QSize pixelSize, qreal ratio)
{
    QImage image = transparentImage(pixelSize, ratio);
    if (!layer.table || !layer.style || settings.labelField.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRect frame = logicalFrame(pixelSize, ratio);
    const MapRenderer renderer(*layer.table, *layer.style, settings);
    renderer.drawLabels(painter, renderer.mapToDevice(frame), frame);
    return image;
}

void LayerStackRenderer::compose(QPainter &painter, const QRect &target, const QColor &background,
                                 const QList<LayerImage> &images)
{
    painter.save();
    painter.fillRect(target, background);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const LayerImage &layer : images) {
        painter.setOpacity(layer.opacity);
        painter.drawImage(target, layer.image);
    }
    painter.restore();
}

bool LayerStackRenderer::render(QPainter &painter, const QRect &target, Feedback *feedback) const
{
    const qreal ratio = painter.device()->devicePixelRatioF();
    const QSize pixelSize = (QSizeF(target.size()) * ratio).toSize();
    QList<LayerImage> images;
    for (const MapLayer &layer : m_layers) {
        QImage image = renderLayer(layer, m_settings, pixelSize, ratio, feedback);
        if (image.isNull())
            return false;
        images.append({image, layer.opacity});
    }
    if (!m_settings.labelField.isEmpty())
        images.append({renderLabels(m_labelLayer, m_settings, pixelSize, ratio), 1.0});
    compose(painter, target, m_settings.background, images);
    return true;
}

} // namespace CityAtlas
