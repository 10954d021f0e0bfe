#include "maps/style/layerstyle.h"

#include "maps/style/categorystyle.h"

namespace CityAtlas {

namespace {

template <typename Style>
StyleResult wrap(Style style)
{
    StyleResult result;
    result.issues = style.issues();
    if (style.isValid())
        result.style = std::make_shared<const Style>(std::move(style));
    return result;
}

} // namespace

StyleResult createStyle(const FeatureTable &table, const ChoroplethSpec &spec)
{
    if (spec.method == ClassificationMethod::UniqueValues)
        return wrap(CategoryStyle::uniqueValues(table, spec.field, spec.ramp, spec.classCount, spec.reversed));
    return wrap(Choropleth::classify(table, spec));
}

} // namespace CityAtlas
