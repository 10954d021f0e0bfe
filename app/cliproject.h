#pragma once

#include <QStringList>

namespace CityAtlas::Cli {

// `cityatlas-cli project new|info ...`: project files (maps/project/projectstore.h).
int project(const QStringList &arguments);
// `cityatlas-cli review import|summary|export|audit ...`: the top-level design coverage review.
int review(const QStringList &arguments);

} // namespace CityAtlas::Cli
