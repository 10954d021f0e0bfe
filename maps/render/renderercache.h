#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QHash>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

namespace CityAtlas {

// The last rendered image of each layer (QGIS's QgsMapRendererCache idea): showing, hiding
// or fading one layer, or restyling it, re-renders that layer only; the others are composed
// from here. An image is valid for exactly what it was rendered from: the same table and
// style objects (shared, so they cannot be freed and their addresses reused while cached),
// label field, extent and size.
class RendererCache
{
public:
    struct Key
    {
        std::shared_ptr<const FeatureTable> table;
        std::shared_ptr<const MapStyle> style;
        QString labelField;
        QRectF extent;
        QSize size;            // device pixels
        qreal pixelRatio = 1.0;

        bool operator==(const Key &other) const
        {
            return table == other.table && style == other.style && labelField == other.labelField
                && extent == other.extent && size == other.size && pixelRatio == other.pixelRatio;
        }
    };

    // A null image when nothing valid for key is cached under id.
    QImage image(const QString &id, const Key &key) const;
    bool contains(const QString &id, const Key &key) const { return !image(id, key).isNull(); }
    void insert(const QString &id, const Key &key, const QImage &image);
    void remove(const QString &id) { m_entries.remove(id); }
    void clear() { m_entries.clear(); }
    int count() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        Key key;
        QImage image;
    };
    QHash<QString, Entry> m_entries; // one image per id: the latest
};

} // namespace CityAtlas
