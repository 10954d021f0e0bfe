#pragma once

#include "analysis/classbreaks.h"
#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QColor>
#include <QList>
#include <QString>

namespace CityAtlas {

// What the user chose: which field, how to classify it, which colours.
struct ChoroplethSpec
{
    QString field;
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classCount = 5;
    QString ramp = QStringLiteral("YlOrRd");
    bool reversed = false;
};

// A field classified into coloured classes: one class index per feature.
class Choropleth : public MapStyle
{
public:
    // Classifies spec.field of the table. On a missing or non-numeric field the result
    // is invalid and issues() says which field and why.
    static Choropleth classify(const FeatureTable &table, const ChoroplethSpec &spec);

    bool isValid() const override { return m_valid; }
    QString field() const override { return m_spec.field; }
    const IssueList &issues() const { return m_issues; }
    const ChoroplethSpec &spec() const { return m_spec; }
    const ClassBreaks &breaks() const { return m_breaks; }
    const QList<QColor> &colors() const { return m_colors; }

    int classOfRow(int row) const { return m_classOfRow.value(row, -1); }
    QColor colorOfRow(int row) const override; // noDataColor() for rows without a value
    int noDataCount() const { return m_noDataCount; }

    QList<LegendEntry> legendEntries() const override { return legend(); }
    QList<LegendEntry> legend(int decimals = -1) const; // decimals < 0: chosen from the value range

private:
    bool m_valid = false;
    ChoroplethSpec m_spec;
    IssueList m_issues;
    ClassBreaks m_breaks;
    QList<QColor> m_colors;
    QList<int> m_classOfRow;
    QList<int> m_counts;
    int m_noDataCount = 0;
};

} // namespace CityAtlas
