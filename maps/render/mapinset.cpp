#include "maps/render/mapinset.h"

#include "maps/data/mapprojection.h"
#include "maps/data/vectorreader.h"

namespace CityAtlas {

QString MapInset::title()
{
    return tr("South China Sea Islands");
}

IssueList MapInset::load(const QString &spec, MapSettings &settings, SourceAccess access)
{
    const auto [path, layer] = VectorReader::splitLayerSpec(spec);
    LoadResult loaded = VectorReader::read(path, layer, nullptr, {}, access);
    if (!loaded.table) {
        if (!hasErrors(loaded.issues))
            loaded.issues << Issue::error(tr("%1: the inset's base layer could not be read").arg(spec), path);
        return loaded.issues;
    }
    if (!loaded.table->hasGeometry()) {
        loaded.issues << Issue::error(tr("%1: the inset's base layer has no geometries to draw").arg(spec), path);
        return loaded.issues;
    }
    settings.insetLayer = std::move(loaded.table);
    settings.insetExtent = MapProjection::projectedBounds(MapProjection::southChinaSeaInset());
    settings.insetTitle = title();
    return loaded.issues;
}

} // namespace CityAtlas
