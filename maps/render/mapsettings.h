#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

namespace CityAtlas {

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
};

} // namespace CityAtlas
