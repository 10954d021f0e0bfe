#include "maps/style/choropleth.h"

#include "maps/style/colorramp.h"

#include <QLocale>
#include <QObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

Choropleth Choropleth::classify(const FeatureTable &table, const ChoroplethSpec &spec)
{
    Choropleth c;
    c.m_spec = spec;
    const int column = table.fieldIndex(spec.field);
    if (column < 0) {
        Issue issue = Issue::error(QObject::tr("%1: no field '%2' (fields: %3)")
                                       .arg(table.sourcePath(), spec.field, table.fieldNames().join(u", "_s)),
                                   table.sourcePath());
        issue.field = spec.field;
        c.m_issues << issue;
        return c;
    }
    int missing = 0;
    const QList<double> values = table.numericColumn(column, &missing);
    if (missing == table.rowCount()) {
        Issue issue = Issue::error(QObject::tr("%1: field '%2' has no numeric values to classify")
                                       .arg(table.sourcePath(), spec.field),
                                   table.sourcePath());
        issue.field = spec.field;
        c.m_issues << issue;
        return c;
    }
    if (missing > 0) {
        Issue issue = Issue::warning(QObject::tr("%1: field '%2' has no value for %3 of %4 features; they are drawn as 'no data'")
                                         .arg(table.sourcePath(), spec.field)
                                         .arg(missing)
                                         .arg(table.rowCount()),
                                     table.sourcePath());
        issue.field = spec.field;
        c.m_issues << issue;
    }
    c.m_breaks = computeBreaks(values, spec.classCount, spec.method);
    c.m_colors = ColorRamp::byName(spec.ramp).colors(c.m_breaks.classCount(), spec.reversed);
    c.m_counts.fill(0, c.m_breaks.classCount());
    c.m_classOfRow.reserve(values.size());
    for (double v : values) {
        const int k = std::isfinite(v) ? c.m_breaks.classOf(v) : -1;
        c.m_classOfRow << k;
        if (k >= 0)
            ++c.m_counts[k];
        else
            ++c.m_noDataCount;
    }
    c.m_valid = true;
    return c;
}

QColor Choropleth::colorOfRow(int row) const
{
    const int k = classOfRow(row);
    return k >= 0 && k < m_colors.size() ? m_colors[k] : noDataColor();
}

QList<LegendEntry> Choropleth::legend(int decimals) const
{
    QList<LegendEntry> entries;
    const int n = m_breaks.classCount();
    if (n == 0)
        return entries;
    if (decimals < 0) {
        const double span = m_breaks.bounds.last() - m_breaks.bounds.first();
        decimals = span >= 100 ? 0 : span >= 1 ? 1 : span > 0 ? int(std::ceil(-std::log10(span))) + 2 : 2;
    }
    const QLocale locale;
    for (int i = 0; i < n; ++i) {
        LegendEntry e;
        e.color = m_colors.value(i);
        e.lower = m_breaks.bounds[i];
        e.upper = m_breaks.bounds[i + 1];
        e.count = m_counts.value(i);
        e.label = QObject::tr("%1 – %2").arg(locale.toString(e.lower, 'f', decimals),
                                             locale.toString(e.upper, 'f', decimals));
        entries << e;
    }
    if (m_noDataCount > 0) {
        LegendEntry e;
        e.color = noDataColor();
        e.label = QObject::tr("No data");
        e.count = m_noDataCount;
        entries << e;
    }
    return entries;
}

} // namespace CityAtlas
