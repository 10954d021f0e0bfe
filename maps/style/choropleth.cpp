#include "maps/style/choropleth.h"

#include "maps/style/colorramp.h"
#include "maps/style/styleissue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of Choropleth.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Choropleth)
};
} // namespace

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Why manual breaks do not fit, as a sentence naming the file, the field and the break.
QString manualBreaksProblem(const FeatureTable &table, const ChoroplethSpec &spec, const ManualBreaks &result)
{
    const QString &file = table.sourcePath();
    const int i = result.index;
    switch (result.problem) {
    case ManualBreaks::Problem::None:
        break;
    case ManualBreaks::Problem::NoValues:
        return Tr::tr("%1: field '%2' has no numeric values to classify").arg(file, spec.field);
    case ManualBreaks::Problem::NoBreaks:
        return Tr::tr("%1: field '%2': manual classes need at least one break value").arg(file, spec.field);
    case ManualBreaks::Problem::NotFinite:
        return Tr::tr("%1: field '%2': break %3 is not a finite number").arg(file, spec.field).arg(i + 1);
    case ManualBreaks::Problem::NotIncreasing:
        return Tr::tr("%1: field '%2': break %3 (%4) is not greater than break %5 (%6); breaks must increase")
            .arg(file, spec.field)
            .arg(i + 1)
            .arg(number(spec.breaks[i]))
            .arg(i)
            .arg(number(spec.breaks[i - 1]));
    case ManualBreaks::Problem::OutsideRange:
        return Tr::tr("%1: field '%2': break %3 (%4) is not between the smallest value %5 and the largest %6")
            .arg(file, spec.field)
            .arg(i + 1)
            .arg(number(spec.breaks[i]), number(result.min), number(result.max));
    }
    return QString();
}

} // namespace

Choropleth Choropleth::classify(const FeatureTable &table, const ChoroplethSpec &spec)
{
    Choropleth c;
    c.m_spec = spec;
    const auto fail = [&](const QString &message) {
        c.m_issues << styleIssue(Issue::Severity::Error, table, spec.field, message);
        return c;
    };
    const int column = table.fieldIndex(spec.field);
    if (column < 0) {
        c.m_issues << missingFieldIssue(table, spec.field);
        return c;
    }
    if (spec.method == ClassificationMethod::UniqueValues)
        return fail(Tr::tr("%1: field '%2': unique values are categories, not numeric classes")
                        .arg(table.sourcePath(), spec.field));
    int missing = 0;
    const QList<double> values = table.numericColumn(column, &missing);
    if (missing == table.rowCount())
        return fail(Tr::tr("%1: field '%2' has no numeric values to classify").arg(table.sourcePath(), spec.field));
    if (spec.method == ClassificationMethod::Manual) {
        const ManualBreaks manual = manualBreaks(values, spec.breaks);
        if (manual.problem != ManualBreaks::Problem::None)
            return fail(manualBreaksProblem(table, spec, manual));
        c.m_breaks = manual.breaks;
    } else {
        c.m_breaks = computeBreaks(values, spec.classCount, spec.method);
    }
    if (missing > 0)
        c.m_issues << noDataIssue(table, spec.field, missing);
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

std::optional<QList<double>> Choropleth::parseBreaks(const QString &text, QString *error)
{
    static const QRegularExpression separators(u"[,;\\s\uFF0C\uFF1B\u3001]+"_s);
    QList<double> breaks;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double value = parts[i].toDouble(&ok);
        if (!ok) {
            if (error)
                *error = Tr::tr("Break %1: '%2' is not a number; type the break values separated by commas, e.g. 10, 25.5, 100")
                             .arg(i + 1)
                             .arg(parts[i]);
            return std::nullopt;
        }
        breaks << value;
    }
    return breaks;
}

QString Choropleth::formatBreaks(const QList<double> &breaks)
{
    QStringList parts;
    for (const double b : breaks)
        parts << number(b);
    return parts.join(u", "_s);
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
        e.label = Tr::tr("%1 – %2").arg(locale.toString(e.lower, 'f', decimals),
                                             locale.toString(e.upper, 'f', decimals));
        entries << e;
    }
    if (m_noDataCount > 0) {
        LegendEntry e;
        e.color = noDataColor();
        e.label = Tr::tr("No data");
        e.count = m_noDataCount;
        entries << e;
    }
    return entries;
}

} // namespace CityAtlas
