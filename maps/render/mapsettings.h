#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

#include <memory>

namespace CityAtlas {

class FeatureTable;

// Everything a render needs besides the data: what part of the map, how large, and the
// furniture around it. A value type, copied into render jobs.
struct MapSettings
{
    QRectF extent;              // projected map units; null = the layer's extent
    QString title;
    QString legendTitle;
    QString sourceLine;         // small print at the bottom: data sources, "sample" where one is
    QString labelField;         // empty: no labels
    bool showLegend = true;
    bool showScaleBar = true;    // approximate: the Albers scale is true along 25°N and 47°N
    bool showNorthArrow = true;
    QColor background = Qt::white;
    QColor outline = QColor(0x80, 0x80, 0x80);
    QSet<int> selectedRows;     // drawn with a highlight outline
    // Exports say they are sketch maps (示意图), not standard maps (标准地图): CityAtlas's
    // boundaries are not a reviewed base map.
    bool sketchMapNote = false;
    // An inset in the lower right corner (the South China Sea Islands, 南海诸岛附图): a base
    // layer the user supplies, drawn over this map's own features at its own extent.
    std::shared_ptr<const FeatureTable> insetLayer;
    QRectF insetExtent;         // projected map units
    QString insetTitle;
};

} // namespace CityAtlas
