#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace CityAtlas {

struct LegendEntry
{
    QColor color;
    QString label;      // "1,330.8 – 3,903.5", "High–High", "No data"
    int count = 0;      // features drawn in this colour
    double lower = 0.0; // class bounds, for classified numbers
    double upper = 0.0;
};

// How a layer's features are coloured: one colour per row and the legend that explains
// them. Choropleth (classified numbers) and CategoryStyle (categories) implement it.
class MapStyle
{
public:
    virtual ~MapStyle() = default;
    virtual bool isValid() const = 0;
    virtual QString field() const = 0;
    virtual QColor colorOfRow(int row) const = 0;
    // The class (index into legendEntries()) a row is drawn in; -1 for no data.
    virtual int classOfRow(int row) const = 0;
    virtual QList<LegendEntry> legendEntries() const = 0; // includes a "No data" entry when some rows have none

    static QColor noDataColor() { return QColor(0xd9, 0xd9, 0xd9); }
};

} // namespace CityAtlas
