#include "maps/data/numberformat.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr int SignificantDigits = 4;
constexpr int MaxDecimals = 6;

bool isIdentifierName(const QString &name)
{
    static const QRegularExpression identifier(u"^(code|id|fid|objectid|year|adcode)$|_(code|id|year)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    return identifier.match(name).hasMatch();
}

} // namespace

NumberFormat NumberFormat::forColumn(const FeatureTable &table, int column)
{
    const Field &field = table.field(column);
    if (field.type == FieldType::Integer) {
        NumberFormat f;
        f.m_decimals = 0;
        f.m_grouped = !isIdentifierName(field.name);
        return f;
    }
    if (field.type != FieldType::Real)
        return plain();
    return forValues(table.numericColumn(column), field.precision);
}

NumberFormat NumberFormat::forValues(const QList<double> &values, int declaredPrecision)
{
    NumberFormat f;
    if (declaredPrecision > 0) {
        f.m_decimals = std::min(declaredPrecision, 15);
        return f;
    }
    QList<double> magnitudes;
    bool whole = true;
    for (const double v : values) {
        if (!std::isfinite(v))
            continue;
        whole = whole && v == std::trunc(v) && std::abs(v) < 1e15;
        if (v != 0.0)
            magnitudes << std::abs(v);
    }
    if (whole || magnitudes.isEmpty()) {
        f.m_decimals = 0;
        return f;
    }
    const auto middle = magnitudes.begin() + magnitudes.size() / 2;
    std::nth_element(magnitudes.begin(), middle, magnitudes.end());
    const int digitsBeforePoint = int(std::floor(std::log10(*middle))) + 1;
    f.m_decimals = std::clamp(SignificantDigits - digitsBeforePoint, 0, MaxDecimals);
    return f;
}

NumberFormat NumberFormat::plain()
{
    NumberFormat f;
    f.m_decimals = -1;
    f.m_grouped = false;
    return f;
}

QString NumberFormat::text(double value, const QLocale &locale) const
{
    if (m_decimals < 0 || !std::isfinite(value))
        return fullPrecision(value);
    QLocale l = locale;
    l.setNumberOptions(m_grouped ? l.numberOptions() & ~QLocale::OmitGroupSeparator
                                 : l.numberOptions() | QLocale::OmitGroupSeparator);
    return l.toString(value, 'f', m_decimals);
}

QString NumberFormat::fullPrecision(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace CityAtlas
