#include "maps/data/mapprojection.h"

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString MapProjection::proj4()
{
    return u"+proj=aea +lat_0=0 +lat_1=25 +lat_2=47 +lon_0=105 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"_s;
}

QString MapProjection::displayName()
{
    return u"Albers equal-area (25°N, 47°N, 105°E), WGS 84"_s;
}

} // namespace CityAtlas
