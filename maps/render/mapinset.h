#pragma once

#include "analysis/issue.h"
#include "maps/data/sourceaccess.h"
#include "maps/render/mapsettings.h"

#include <QCoreApplication>
#include <QString>

namespace CityAtlas {

// The South China Sea Islands inset of a national map (南海诸岛附图): a base layer the user
// supplies (from a reviewed base map; CityAtlas bundles none), drawn in the lower right corner
// at 105–125°E, 3–25°N over the map's own features.
class MapInset
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::MapInset)

public:
    // Reads PATH[:LAYER] into settings' inset (layer, extent, title). Returns the reader's
    // warnings, or an error naming the file when it cannot be read or has no geometries.
    static IssueList load(const QString &spec, MapSettings &settings, SourceAccess access = SourceAccess::LocalOnly);
    static QString title();
};

} // namespace CityAtlas
