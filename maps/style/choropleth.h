#pragma once

#include "analysis/classbreaks.h"
#include "analysis/issue.h"
#include "maps/data/featuretable.h"

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

struct LegendEntry
{
    QColor color;
    double lower = 0.0;
    double upper = 0.0;
    int count = 0;      // features in the class
    QString label;      // "1,330.8 – 3,903.5"
};

// A field classified into coloured classes: one class index per feature.
class Choropleth
{
public:
    // Classifies spec.field of the table. On a missing or non-numeric field the result
    // is invalid and issues() says which field and why.
    static Choropleth classify(const FeatureTable &table, const ChoroplethSpec &spec);

    bool isValid() const { return m_valid; }
    const IssueList &issues() const { return m_issues; }
    const ChoroplethSpec &spec() const { return m_spec; }
    const ClassBreaks &breaks() const { return m_breaks; }
    const QList<QColor> &colors() const { return m_colors; }

    int classOfRow(int row) const { return m_classOfRow.value(row, -1); }
    QColor colorOfRow(int row) const;       // noDataColor() for rows without a value
    static QColor noDataColor() { return QColor(0xd9, 0xd9, 0xd9); }
    int noDataCount() const { return m_noDataCount; }

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
