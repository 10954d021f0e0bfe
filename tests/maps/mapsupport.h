#pragma once
// Helpers of the map and style tests: a legend's labels, a row found by its code, the bundled
// province map of a test class.
#include "maps/data/bundleddata.h"
#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QStringList>

#include <memory>

namespace CityAtlas::TestSupport {

inline QStringList legendLabels(const QList<LegendEntry> &legend)
{
    QStringList list;
    for (const LegendEntry &e : legend)
        list << e.label;
    return list;
}

// The first row whose code field holds code; -1 when none does.
inline int rowOfCode(const FeatureTable &table, const QString &code)
{
    const int column = table.fieldIndex(QStringLiteral("code"));
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.value(row, column).toString() == code)
            return row;
    return -1;
}

// The bundled province map, loaded by a test class's initTestCase, and its rows by code.
class ProvinceMapFixture
{
protected:
    // Loads m_map; when it cannot, m_map stays null and the first issue's message is returned.
    QString loadProvinceMap()
    {
        LoadResult loaded = BundledData::loadProvinceMap();
        m_map = std::move(loaded.table);
        return m_map ? QString() : loaded.issues.value(0).message;
    }
    int rowOf(const QString &code) const { return rowOfCode(*m_map, code); }

    std::unique_ptr<FeatureTable> m_map;
};

} // namespace CityAtlas::TestSupport
