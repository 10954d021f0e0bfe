#include "maps/style/categorystyle.h"

#include "maps/data/unitnames.h"
#include "maps/style/colorramp.h"
#include "maps/style/styleissue.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace CityAtlas {

// Messages of this file are translated in the context of CategoryStyle.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::CategoryStyle)
};
} // namespace

CategoryStyle::CategoryStyle(QString field, QList<Category> categories, QList<int> categoryOfRow)
    : m_field(std::move(field)), m_categories(std::move(categories)), m_categoryOfRow(std::move(categoryOfRow))
{
}

CategoryStyle CategoryStyle::uniqueValues(const FeatureTable &table, const QString &field, const QString &ramp,
                                          int maxCategories, bool reversed)
{
    CategoryStyle style;
    style.m_field = field;
    const int column = table.fieldIndex(field);
    if (column < 0) {
        style.m_issues << missingFieldIssue(table, field);
        return style;
    }
    const bool numeric = table.field(column).isNumeric();

    // The category of each row as text, and each category's count and number.
    struct Value
    {
        QString key;
        QString label; // the key in the interface language (a "_zh" twin's value in Chinese)
        double number = 0.0;
        int count = 0;
    };
    QHash<QString, int> indexOf;
    QList<Value> values;
    QList<int> valueOfRow;
    valueOfRow.reserve(table.rowCount());
    int missing = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QVariant v = table.value(row, column);
        const QString key = v.isNull() ? QString() : v.toString();
        if (key.isEmpty()) {
            valueOfRow << -1;
            ++missing;
            continue;
        }
        if (numeric && v.toDouble() != std::trunc(v.toDouble())) {
            style.m_issues << styleIssue(Issue::Severity::Error, table, field,
                                         Tr::tr("%1, row %2: field '%3' holds the decimal number %4; unique values "
                                                     "need text or whole-number codes")
                                             .arg(table.sourcePath())
                                             .arg(row + 1)
                                             .arg(field, key));
            style.m_issues.last().row = row;
            return style;
        }
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend()) {
            it = indexOf.insert(key, int(values.size()));
            values << Value{key, numeric ? key : displayValue(table, row, column), v.toDouble(), 0};
        }
        ++values[*it].count;
        valueOfRow << *it;
    }
    if (values.isEmpty()) {
        style.m_issues << styleIssue(Issue::Severity::Error, table, field,
                                     Tr::tr("%1: field '%2' has no values to show as categories")
                                         .arg(table.sourcePath(), field));
        return style;
    }
    if (missing > 0)
        style.m_issues << noDataIssue(table, field, missing);

    const auto byValue = [numeric](const Value &a, const Value &b) {
        return numeric ? a.number < b.number : a.key < b.key;
    };
    QList<Value> kept = values;
    std::sort(kept.begin(), kept.end(), byValue);
    const int limit = std::max(1, maxCategories);
    const bool other = kept.size() > limit;
    if (other) {
        std::stable_sort(kept.begin(), kept.end(), [](const Value &a, const Value &b) { return a.count > b.count; });
        kept.resize(limit);
        std::sort(kept.begin(), kept.end(), byValue);
    }

    QHash<QString, int> categoryOfKey;
    const QList<QColor> colors = ColorRamp::byName(ramp).colors(int(kept.size()), reversed);
    for (int i = 0; i < kept.size(); ++i) {
        categoryOfKey.insert(kept[i].key, i);
        style.m_categories << Category{kept[i].label, colors[i]};
    }
    if (other)
        style.m_categories << Category{Tr::tr("Other"), otherColor()};
    for (const int v : valueOfRow)
        style.m_categoryOfRow << (v < 0 ? -1 : categoryOfKey.value(values[v].key, int(kept.size())));
    return style;
}

QColor CategoryStyle::colorOfRow(int row) const
{
    const int c = classOfRow(row);
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
        entries << LegendEntry{noDataColor(), Tr::tr("No data"), noData, 0.0, 0.0};
    return entries;
}

} // namespace CityAtlas
