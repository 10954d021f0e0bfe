#pragma once

#include "analysis/feedback.h"
#include "maps/data/featuretable.h"
#include "maps/models/maplayer.h"
#include "maps/render/mapsettings.h"
#include "maps/style/mapstyle.h"

#include <QRect>
#include <QTransform>

class QPainter;

namespace CityAtlas {

// Paints a thematic map (choropleth or categories) with its title, legend, labels and source line on any
// QPainter device (QImage, QSvgGenerator, QPdfWriter, a widget). Font sizes are in
// points, so they follow the device's resolution.
class MapRenderer
{
public:
    MapRenderer(const FeatureTable &layer, const MapStyle &style, const MapSettings &settings);

    // Draws the features of a whole map: the layers bottom first, each with its style and
    // opacity, this renderer's layer where its id is featuredId (with the selection). The
    // legend and the labels stay this layer's. Without a stack, only this layer is drawn.
    void setLayerStack(QList<MapLayer> bottomUp, const QString &featuredId);

    // Returns false when cancelled through feedback (the device then holds a partial map).
    bool render(QPainter &painter, const QRect &target, Feedback *feedback = nullptr) const;

    // Where the map itself goes inside target (title and source line take the rest).
    QRect mapFrame(QPainter &painter, const QRect &target) const;
    // Projected map units → device coordinates of frame, keeping the aspect ratio, north up.
    QTransform mapToDevice(const QRect &frame) const { return fitTransform(extent(), frame); }
    static QTransform fitTransform(const QRectF &extent, const QRect &frame);
    QRectF extent() const;

    void drawFeatures(QPainter &painter, const QTransform &toDevice, const QRect &frame, Feedback *feedback) const;
    void drawLegend(QPainter &painter, const QRect &frame) const;
    void drawScaleBar(QPainter &painter, const QTransform &toDevice, const QRect &frame) const;
    void drawNorthArrow(QPainter &painter, const QTransform &toDevice, const QRect &frame) const;
    // Labels from settings.labelField, largest units first, leaving out those that would collide.
    void drawLabels(QPainter &painter, const QTransform &toDevice, const QRect &frame) const;

    // The inset's frame in device coordinates (null without an inset).
    QRectF insetRect(QPainter &painter, const QRect &frame) const;
    // "Sketch map (示意图), not a standard map (标准地图) ...", in the interface language.
    static QString sketchMapNote();

private:
    void drawSourceLine(QPainter &painter, const QRect &target) const;
    void drawInset(QPainter &painter, const QRect &frame) const;
    // One layer's features (opacity applied by the caller).
    void drawLayerFeatures(QPainter &painter, const FeatureTable &table, const MapStyle &style,
                           const QRectF &visible, Feedback *feedback) const;


    const FeatureTable &m_layer;
    const MapStyle &m_style;
    MapSettings m_settings;
    QList<MapLayer> m_stack; // bottom first; empty: m_layer alone
    QString m_featuredId;
};

// The fonts of maps and figures: a sans-serif with CJK coverage, so Chinese renders.
// WenQuanYi Micro Hei first: a TrueType font whose every ideograph has a glyph of its own. Qt's
// PDF output writes a glyph's text as the lowest code point mapped to it, and Noto Sans CJK
// shares its ideographs' glyphs with the CJK radicals (人 U+4EBA with ⼈ U+2F08), so a PDF set
// in Noto reads back and copies as radicals.
QFont mapFont(double pointSize, bool bold = false);

} // namespace CityAtlas
