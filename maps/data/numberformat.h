#pragma once

#include "maps/data/featuretable.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace CityAtlas {

// How the numbers of one field are shown in tables and panels: with the locale's thousands
// separators (1,330.8 in English and in Chinese alike) and one number of decimals for the
// whole field, so that a column lines up:
//   - a Real field that declares its decimals (OGR's Real(10.2)) uses them;
//   - else a field whose values are all whole numbers uses none;
//   - else four significant digits of the typical value (the median of the non-zero |values|),
//     from 0 to 6 decimals: 1,330.8147 → 1,331, 56.734 → 56.73, 0.13308 → 0.1331.
// Integer fields get separators too, except identifiers and years (a field named code, id,
// fid, year, adcode, or ending in _code, _id, _year), which are shown as stored.
// fullPrecision() gives the value exactly as stored, for tooltips and editors.
class NumberFormat
{
public:
    static NumberFormat forColumn(const FeatureTable &table, int column);
    // values: the field's numbers (NaN for missing ones); declaredPrecision as in Field.
    static NumberFormat forValues(const QList<double> &values, int declaredPrecision = 0);
    static NumberFormat plain(); // no separators and no rounding: as stored

    int decimals() const { return m_decimals; }
    bool grouped() const { return m_grouped; }
    QString text(double value, const QLocale &locale = QLocale()) const;

    // The shortest text that reads back as the same double, without separators ("1330.814697265625").
    static QString fullPrecision(double value);

private:
    int m_decimals = -1; // -1: as stored (shortest round-trip)
    bool m_grouped = true;
};

} // namespace CityAtlas
