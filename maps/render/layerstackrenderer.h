#pragma once

#include "analysis/feedback.h"
#include "maps/models/maplayer.h"
#include "maps/render/mapsettings.h"

#include <QImage>
#include <QList>
#include <QRect>

class QPainter;

namespace CityAtlas {

// Paints several layers bottom-up, each into its own transparent image that is then drawn
// with the layer's opacity (so a half-transparent layer shows the layers under it, not its
// own outlines), and the labels of one layer on top of them all. The map canvas renders the
// layer images separately (and caches them); render() does it all at once on any device.
class LayerStackRenderer
{
public:
    struct LayerImage
    {
        QImage image;
        double opacity = 1.0;
    };

    // layers: bottom first. settings.extent null: all layers' extent; settings.labelField
    // names a field of labelLayer (none: no labels).
    LayerStackRenderer(QList<MapLayer> layers, const MapSettings &settings, const MapLayer &labelLayer = {});

    // Returns false when cancelled through feedback.
    bool render(QPainter &painter, const QRect &target, Feedback *feedback = nullptr) const;
    QRectF extent() const { return m_settings.extent; }

    // One layer's features for settings.extent on a transparent image of pixelSize device
    // pixels; null when cancelled.
    static QImage renderLayer(const MapLayer &layer, const MapSettings &settings, QSize pixelSize, qreal ratio,
                              Feedback *feedback = nullptr);
    static QImage renderLabels(const MapLayer &layer, const MapSettings &settings, QSize pixelSize, qreal ratio);
    // The background, then the images (bottom first), each with its opacity.
    static void compose(QPainter &painter, const QRect &target, const QColor &background, const QList<LayerImage> &images);
    // The extent of the layers with a small margin, as MapRenderer frames one layer.
    static QRectF paddedExtent(const QList<MapLayer> &layers);

private:
    QList<MapLayer> m_layers;
    MapSettings m_settings;
    MapLayer m_labelLayer;
};

} // namespace CityAtlas
