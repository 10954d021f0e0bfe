#include "maps/style/categorystyle.h"

#include "maps/style/colorramp.h"

#include <QHash>
#include <QObject>

namespace CityAtlas {

CategoryStyle::CategoryStyle(QString field, QList<Category> categories, QList<int> categoryOfRow)
    : m_field(std::move(field)), m_categories(std::move(categories)), m_categoryOfRow(std::move(categoryOfRow))
{
}

CategoryStyle CategoryStyle::uniqueValues(const FeatureTable &table, const QString &field, const QString &ramp,
                                          int maxCategories)
{
    const int column = table.fieldIndex(field);
    if (column < 0)
        return {};
    QHash<QString, int> indexOf;
    QStringList labels;
    QList<int> categoryOfRow;
    bool other = false;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QVariant v = table.value(row, column);
        if (v.isNull() || v.toString().isEmpty()) {
            categoryOfRow << -1;
            continue;
        }
        const QString key = v.toString();
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend()) {
            if (labels.size() >= maxCategories) {
                other = true;
                categoryOfRow << maxCategories;
                continue;
            }
            it = indexOf.insert(key, int(labels.size()));
            labels << key;
        }
        categoryOfRow << *it;
    }
    const QList<QColor> colors = ColorRamp::byName(ramp).colors(int(labels.size()));
    QList<Category> categories;
    for (int i = 0; i < labels.size(); ++i)
        categories << Category{labels[i], colors[i]};
    if (other)
        categories << Category{QObject::tr("Other"), QColor(0x99, 0x99, 0x99)};
    return CategoryStyle(field, categories, categoryOfRow);
}

QColor CategoryStyle::colorOfRow(int row) const
{
    const int c = categoryOfRow(row);
    return c >= 0 && c < m_categories.size() ? m_categories[c].color : noDataColor();
}

QList<LegendEntry> CategoryStyle::legendEntries() const
{
    QList<LegendEntry> entries;
    for (const Category &c : m_categories)
        entries << LegendEntry{c.color, c.label, 0, 0.0, 0.0};
    int noData = 0;
    for (int c : m_categoryOfRow) {
        if (c >= 0 && c < entries.size())
            ++entries[c].count;
        else
            ++noData;
    }
    if (noData > 0)
        entries << LegendEntry{noDataColor(), QObject::tr("No data"), noData, 0.0, 0.0};
    return entries;
}

} // namespace CityAtlas
