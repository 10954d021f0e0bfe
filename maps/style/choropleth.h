#pragma once

#include "analysis/classbreaks.h"
#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/style/mapstyle.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace CityAtlas {

// What the user chose: which field, how to classify it, which colours. For UniqueValues,
// classCount is the most categories that get a colour of their own (the rest share "Other");
// for Manual, breaks holds the inner class bounds the user typed.
struct ChoroplethSpec
{
    // As many classes as the style dialog offers and a legend can show.
    static constexpr int MaxClasses = 12;

    QString field;
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classCount = 5;
    QString ramp = QStringLiteral("YlOrRd");
    bool reversed = false;
    QList<double> breaks;

    bool operator==(const ChoroplethSpec &other) const = default;
};

// A field classified into coloured classes: one class index per feature.
class Choropleth : public MapStyle
{
public:
    // Classifies spec.field of the table. On a missing or non-numeric field, or manual
    // breaks that do not fit the values, the result is invalid and issues() says which
    // field and why. (UniqueValues is a CategoryStyle: see createStyle() in layerstyle.h.)
    static Choropleth classify(const FeatureTable &table, const ChoroplethSpec &spec);

    // Break values as typed by the user: numbers separated by commas, semicolons or blanks
    // ("10, 25.5 100"; full-width commas too). Empty on an unreadable entry, with *error
    // naming it. formatBreaks() writes them back in the same form.
    static std::optional<QList<double>> parseBreaks(const QString &text, QString *error);
    static QString formatBreaks(const QList<double> &breaks);

    bool isValid() const override { return m_valid; }
    QString field() const override { return m_spec.field; }
    const IssueList &issues() const { return m_issues; }
    const ChoroplethSpec &spec() const { return m_spec; }
    const ClassBreaks &breaks() const { return m_breaks; }
    const QList<QColor> &colors() const { return m_colors; }

    int classOfRow(int row) const override { return m_classOfRow.value(row, -1); }
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
