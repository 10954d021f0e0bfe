#pragma once

#include "analysis/issue.h"
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

    // One category per distinct value of the field (text or integer codes), coloured in
    // order from a ColorBrewer scheme (qualitative ones suit best). Categories are sorted by
    // value: numerically for numeric fields, by text otherwise. With more than maxCategories
    // distinct values the maxCategories most frequent keep a colour of their own (ties: the
    // smaller value) and the rest share a grey "Other" class, listed last. Null and empty
    // cells are "no data". A text field's categories are labelled in the interface language
    // (its "_zh" twin in Chinese: region → region_zh, see displayValue). A missing field, one without any value, or a numeric field with a
    // fractional value gives an invalid style with an issue naming the file and the field.
    static CategoryStyle uniqueValues(const FeatureTable &table, const QString &field,
                                      const QString &ramp = QStringLiteral("Set2"), int maxCategories = 12,
                                      bool reversed = false);
    static QColor otherColor() { return QColor(0x99, 0x99, 0x99); }

    bool isValid() const override { return !m_categories.isEmpty(); }
    QString field() const override { return m_field; }
    QColor colorOfRow(int row) const override;
    QList<LegendEntry> legendEntries() const override;
    int classOfRow(int row) const override { return m_categoryOfRow.value(row, -1); }
    const IssueList &issues() const { return m_issues; }

private:
    IssueList m_issues;
    QString m_field;
    QList<Category> m_categories;
    QList<int> m_categoryOfRow;
};

} // namespace CityAtlas
