#include "maps/render/renderercache.h"

namespace CityAtlas {

QImage RendererCache::image(const QString &id, const Key &key) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.cend() && it->key == key ? it->image : QImage();
}

void RendererCache::insert(const QString &id, const Key &key, const QImage &image)
{
    m_entries.insert(id, {key, image});
}

} // namespace CityAtlas
