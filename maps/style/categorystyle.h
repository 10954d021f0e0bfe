#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

namespace CityAtlas {

// Colours by category: unique values of a field, or categories an analysis assigned
// (e.g. LISA clusters High–High, Low–Low ...).
class CategoryStyle : public MapStyle
{
public:
    struct Category
    {
        QString label;
        QColor color;
    };

    CategoryStyle() = default;
    // categoryOfRow: an index into categories per table row, -1 for no data.
    CategoryStyle(QString field, QList<Category> categories, QList<int> categoryOfRow);

    // One category per distinct value of the field (in order of first appearance, at most
    // maxCategories; the rest share "Other"), coloured from a qualitative ColorBrewer scheme.
    static CategoryStyle uniqueValues(const FeatureTable &table, const QString &field,
                                      const QString &ramp = QStringLiteral("Set2"), int maxCategories = 12);

    bool isValid() const override { return !m_categories.isEmpty(); }
    QString field() const override { return m_field; }
    QColor colorOfRow(int row) const override;
    QList<LegendEntry> legendEntries() const override;
    int categoryOfRow(int row) const { return m_categoryOfRow.value(row, -1); }

private:
    QString m_field;
    QList<Category> m_categories;
    QList<int> m_categoryOfRow;
};

} // namespace CityAtlas
