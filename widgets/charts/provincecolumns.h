#pragma once

#include <QString>
#include <QList>
#include <QtCharts/QChart>

#include <array>
#include <memory>

namespace CityAtlas {

// One province's column: its name, its NBS region (0 … 3, figurepie.h) and its value.
struct ProvinceColumn
{
    QString name;
    int region = -1;
    double value = 0;
};

// A value by province as columns, sorted from the largest on the left, names upright along the
// axis in the largest type that fits a column, coloured by the four NBS regions; the legend
// gives each region's value (regionValues, in the same unit, `decimals` decimals).
struct ProvinceColumnsSpec
{
    QString title;
    QString axisTitle;
    QList<ProvinceColumn> provinces;
    std::array<double, 4> regionValues{};
    int decimals = 0;
};

std::unique_ptr<QChart> provinceColumnsByRegion(ProvinceColumnsSpec spec);

} // namespace CityAtlas
