#pragma once

#include "maps/data/featuretable.h"

namespace CityAtlas {

// True when the interface speaks Chinese (QLocale's default language).
bool chineseInterface();

// The field that names units in the current language (QLocale's default): name_zh in
// Chinese, name_en otherwise, else a "name" field or the first text field; empty when none.
QString unitNameField(const FeatureTable &table);

// The column that shows the values of `column` in the interface language. A field can have a
// Chinese twin: "region" and "region_zh", "name_en" and "name_zh". In Chinese that is the "_zh"
// twin, otherwise the "_en" one or the field without a suffix. A field without a twin shows
// itself; so does every field of a table that has no twins.
int displayColumn(const FeatureTable &table, int column);

// The text of a cell in the interface language: the twin's value (see displayColumn) when
// the twin has one in that row, else the cell's own text.
QString displayValue(const FeatureTable &table, int row, int column);

} // namespace CityAtlas
