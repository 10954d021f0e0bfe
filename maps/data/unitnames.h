#pragma once

#include "maps/data/featuretable.h"

namespace CityAtlas {

// The field that names units in the current language (QLocale's default): name_zh in
// Chinese, name_en otherwise, else a "name" field or the first text field; empty when none.
QString unitNameField(const FeatureTable &table);

} // namespace CityAtlas
