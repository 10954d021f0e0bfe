#include "analysis/percapita.h"

#include "analysis/compensatedsum.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace CityAtlas {

// Translation context for the messages below (lupdate sees PerCapita::tr calls).
class PerCapita
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PerCapita)
};

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

Issue unitIssue(Issue::Severity severity, qint64 row, const QString &message)
{
    Issue issue = severity == Issue::Severity::Error ? Issue::error(message) : Issue::warning(message);
    issue.row = row;
    return issue;
}

// Names used inside messages: the measure computed and the denominator it divides by.
struct RatioNames
{
    QString measure;     // "per-capita value"
    QString denominator; // "population"
};

RatioNames perCapitaNames()
{
    return {PerCapita::tr("per-capita value"), PerCapita::tr("population")};
}
RatioNames densityNames()
{
    return {PerCapita::tr("density"), PerCapita::tr("land area")};
}
RatioNames locationQuotientNames()
{
    return {PerCapita::tr("location quotient"), PerCapita::tr("base")};
}

// Checks a numerator. Returns true when it can be used. Missing (NaN) is a Warning; infinite
// or (when nonNegative) negative is an Error.
bool checkValue(double v, qint64 row, const RatioNames &names, bool nonNegative, IssueList &issues)
{
    if (std::isnan(v)) {
        issues.append(unitIssue(Issue::Severity::Warning, row,
                                PerCapita::tr("Unit %1: the value is missing (NaN); the unit has no %2.")
                                    .arg(row)
                                    .arg(names.measure)));
        return false;
    }
    if (!std::isfinite(v)) {
        issues.append(unitIssue(Issue::Severity::Error, row,
                                PerCapita::tr("Unit %1: the value is %2; expected a finite number.")
                                    .arg(row)
                                    .arg(number(v))));
        return false;
    }
    if (nonNegative && v < 0.0) {
        issues.append(unitIssue(Issue::Severity::Error, row,
                                PerCapita::tr("Unit %1: the value %2 is negative; a %3 needs values >= 0.")
                                    .arg(row)
                                    .arg(number(v), names.measure)));
        return false;
    }
    return true;
}

enum class Denominator {
    Usable,  // finite, > 0
    Zero,    // 0: counts in sums, but no ratio
    Missing, // NaN
    Invalid, // infinite or negative
};

Denominator checkDenominator(double d, qint64 row, const RatioNames &names, IssueList &issues)
{
    if (std::isnan(d)) {
        issues.append(unitIssue(Issue::Severity::Warning, row,
                                PerCapita::tr("Unit %1: the %2 is missing (NaN); the unit has no %3.")
                                    .arg(row)
                                    .arg(names.denominator, names.measure)));
        return Denominator::Missing;
    }
    if (!std::isfinite(d)) {
        issues.append(unitIssue(Issue::Severity::Error, row,
                                PerCapita::tr("Unit %1: the %2 is %3; expected a finite number > 0.")
                                    .arg(row)
                                    .arg(names.denominator, number(d))));
        return Denominator::Invalid;
    }
    if (d < 0.0) {
        issues.append(unitIssue(Issue::Severity::Error, row,
                                PerCapita::tr("Unit %1: the %2 %3 is negative; expected a number > 0.")
                                    .arg(row)
                                    .arg(names.denominator, number(d))));
        return Denominator::Invalid;
    }
    if (d == 0.0) {
        issues.append(unitIssue(Issue::Severity::Warning, row,
                                PerCapita::tr("Unit %1: the %2 is 0; a %3 needs a %2 > 0, so the unit has none.")
                                    .arg(row)
                                    .arg(names.denominator, names.measure)));
        return Denominator::Zero;
    }
    return Denominator::Usable;
}

bool checkLengths(std::size_t values, std::size_t other, const QString &measure, const QString &otherName,
                  IssueList &issues)
{
    if (values == other)
        return true;
    issues.append(Issue::error(PerCapita::tr("%1: %2 values but %3 figures for the %4; expected one per unit.")
                                   .arg(measure)
                                   .arg(qint64(values))
                                   .arg(qint64(other))
                                   .arg(otherName)));
    return false;
}

bool checkParameter(double p, const QString &measure, const QString &description, IssueList &issues)
{
    if (std::isfinite(p) && p > 0.0)
        return true;
    issues.append(Issue::error(
        PerCapita::tr("%1: %2 is %3; expected a finite number > 0.").arg(measure, description, number(p))));
    return false;
}

// y_i = (x_i / d_i) * scale for units that depend on their own row only.
PerUnitResult unitRatios(std::span<const double> values, std::span<const double> denominators, double scale,
                         const RatioNames &names, PerUnitResult result)
{
    result.values.fill(std::nullopt, qsizetype(values.size()));
    if (hasErrors(result.issues))
        return result;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto row = qint64(i);
        const bool valueOk = checkValue(values[i], row, names, false, result.issues);
        const bool denominatorOk =
            checkDenominator(denominators[i], row, names, result.issues) == Denominator::Usable;
        if (!valueOk || !denominatorOk)
            continue;
        const double y = values[i] / denominators[i] * scale;
        if (!std::isfinite(y)) {
            result.issues.append(unitIssue(Issue::Severity::Error, row,
                                           PerCapita::tr("Unit %1: the %2 overflows (%3 / %4); rescale the input.")
                                               .arg(row)
                                               .arg(names.measure, number(values[i]), number(denominators[i]))));
            continue;
        }
        result.values[qsizetype(i)] = y;
    }
    return result;
}

} // namespace

PerUnitResult perCapita(std::span<const double> values, std::span<const double> population, double perPersons,
                        double populationUnit)
{
    const RatioNames names = perCapitaNames();
    const QString measure = PerCapita::tr("Per-capita value");
    PerUnitResult result;
    checkLengths(values.size(), population.size(), measure, names.denominator, result.issues);
    checkParameter(perPersons, measure, PerCapita::tr("the number of persons the values are given per (perPersons)"),
                   result.issues);
    checkParameter(populationUnit, measure,
                   PerCapita::tr("the number of persons in one population unit (populationUnit)"), result.issues);
    double scale = 0.0;
    if (!hasErrors(result.issues)) {
        scale = perPersons / populationUnit;
        if (!std::isfinite(scale) || scale == 0.0)
            result.issues.append(Issue::error(
                PerCapita::tr("%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.")
                    .arg(measure, number(perPersons), number(populationUnit))));
    }
    return unitRatios(values, population, scale, names, std::move(result));
}

PerUnitResult density(std::span<const double> values, std::span<const double> areaKm2)
{
    const RatioNames names = densityNames();
    PerUnitResult result;
    checkLengths(values.size(), areaKm2.size(), PerCapita::tr("Density"), names.denominator, result.issues);
    return unitRatios(values, areaKm2, 1.0, names, std::move(result));
}

PerUnitResult locationQuotient(std::span<const double> values, std::span<const double> base)
{
    const RatioNames names = locationQuotientNames();
    const QString measure = PerCapita::tr("Location quotient");
    PerUnitResult result;
    result.values.fill(std::nullopt, qsizetype(values.size()));
    if (!checkLengths(values.size(), base.size(), measure, names.denominator, result.issues))
        return result;

    // Pass 1: check every unit; units with both values present enter the sums.
    std::vector<bool> inSums(values.size(), false);
    std::vector<bool> hasQuotient(values.size(), false);
    CompensatedSum sumX, sumB;
    qint64 included = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto row = qint64(i);
        const bool valueOk = checkValue(values[i], row, names, true, result.issues);
        const Denominator d = checkDenominator(base[i], row, names, result.issues);
        if (!valueOk || (d != Denominator::Usable && d != Denominator::Zero))
            continue;
        inSums[i] = true;
        hasQuotient[i] = d == Denominator::Usable;
        sumX.add(values[i]);
        sumB.add(base[i]);
        ++included;
    }
    if (hasErrors(result.issues))
        return result;

    const double X = sumX.value();
    const double B = sumB.value();
    if (included == 0) {
        result.issues.append(Issue::error(
            PerCapita::tr("%1: no unit has both a value and a base; expected at least one.").arg(measure)));
        return result;
    }
    if (!std::isfinite(X) || !std::isfinite(B)) {
        result.issues.append(Issue::error(PerCapita::tr("%1: the total overflows; rescale the input.").arg(measure)));
        return result;
    }
    if (X == 0.0)
        result.issues.append(Issue::error(
            PerCapita::tr("%1: the values of the units with both figures sum to 0, so there are no shares; "
                          "expected a positive total.")
                .arg(measure)));
    if (B == 0.0)
        result.issues.append(Issue::error(
            PerCapita::tr("%1: the bases of the units with both figures sum to 0, so there are no shares; "
                          "expected a positive total.")
                .arg(measure)));
    if (hasErrors(result.issues))
        return result;

    // Pass 2: LQ_i = (x_i / b_i) * (B / X).
    const double scale = B / X;
    QList<std::optional<double>> quotients(qsizetype(values.size()), std::nullopt);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!hasQuotient[i])
            continue;
        const double lq = values[i] / base[i] * scale;
        if (!std::isfinite(lq)) {
            result.issues.append(unitIssue(Issue::Severity::Error, qint64(i),
                                           PerCapita::tr("Unit %1: the location quotient overflows (%2 / %3); "
                                                         "rescale the input.")
                                               .arg(qint64(i))
                                               .arg(number(values[i]), number(base[i]))));
            continue;
        }
        quotients[qsizetype(i)] = lq;
    }
    if (!hasErrors(result.issues))
        result.values = quotients;
    return result;
}

PerCapitaShares perCapitaShares(std::span<const double> groupValues, std::span<const double> groupPopulations)
{
    const QString measure = PerCapita::tr("Per-capita shares");
    PerCapitaShares result;
    if (!checkLengths(groupValues.size(), groupPopulations.size(), measure, perCapitaNames().denominator,
                      result.issues))
        return result;
    if (groupValues.empty()) {
        result.issues.append(Issue::error(PerCapita::tr("%1: no groups; expected at least one.").arg(measure)));
        return result;
    }

    auto groupError = [&result](qint64 group, const QString &message) {
        result.issues.append(unitIssue(Issue::Severity::Error, group, message));
    };
    for (std::size_t g = 0; g < groupValues.size(); ++g) {
        const auto row = qint64(g);
        const double v = groupValues[g];
        const double p = groupPopulations[g];
        if (!std::isfinite(v))
            groupError(row, PerCapita::tr("Group %1: the value is %2; every group needs a finite value >= 0 "
                                          "for the shares.")
                                .arg(row)
                                .arg(number(v)));
        else if (v < 0.0)
            groupError(row, PerCapita::tr("Group %1: the value %2 is negative; expected a value >= 0.")
                                .arg(row)
                                .arg(number(v)));
        if (!std::isfinite(p))
            groupError(row, PerCapita::tr("Group %1: the population is %2; every group needs a finite "
                                          "population > 0 for the shares.")
                                .arg(row)
                                .arg(number(p)));
        else if (p < 0.0)
            groupError(row, PerCapita::tr("Group %1: the population %2 is negative; expected a population > 0.")
                                .arg(row)
                                .arg(number(p)));
        else if (p == 0.0)
            groupError(row, PerCapita::tr("Group %1: the population is 0, so its per-capita ratio is undefined; "
                                          "expected a population > 0.")
                                .arg(row));
    }
    if (hasErrors(result.issues))
        return result;

    QList<PerCapitaShare> groups(qsizetype(groupValues.size()));
    CompensatedSum sum;
    for (std::size_t g = 0; g < groupValues.size(); ++g) {
        const double r = groupValues[g] / groupPopulations[g];
        if (!std::isfinite(r)) {
            groupError(qint64(g), PerCapita::tr("Group %1: the ratio %2 / %3 overflows; rescale the input.")
                                      .arg(qint64(g))
                                      .arg(number(groupValues[g]), number(groupPopulations[g])));
            continue;
        }
        groups[qsizetype(g)].ratio = r;
        sum.add(r);
    }
    if (hasErrors(result.issues))
        return result;
    const double total = sum.value();
    if (!std::isfinite(total)) {
        result.issues.append(
            Issue::error(PerCapita::tr("%1: the sum of the ratios overflows; rescale the input.").arg(measure)));
        return result;
    }
    if (total == 0.0) {
        result.issues.append(Issue::error(
            PerCapita::tr("%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; "
                          "expected at least one value > 0.")
                .arg(measure)));
        return result;
    }
    for (PerCapitaShare &group : groups)
        group.share = group.ratio / total;
    result.groups = groups;
    return result;
}

GroupTotals groupTotals(std::span<const double> values, std::span<const int> groupLabels, int groupCount)
{
    const QString measure = PerCapita::tr("Group totals");
    GroupTotals result;
    if (values.size() != groupLabels.size())
        result.issues.append(
            Issue::error(PerCapita::tr("%1: %2 values but %3 group labels; expected one label per unit.")
                             .arg(measure)
                             .arg(qint64(values.size()))
                             .arg(qint64(groupLabels.size()))));
    if (groupCount <= 0)
        result.issues.append(Issue::error(
            PerCapita::tr("%1: the number of groups is %2; expected at least 1.").arg(measure).arg(groupCount)));
    if (hasErrors(result.issues))
        return result;

    std::vector<CompensatedSum> sums(static_cast<std::size_t>(groupCount));
    QList<GroupTotal> groups(groupCount);
    for (int g = 0; g < groupCount; ++g)
        groups[g].group = g;

    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto row = qint64(i);
        const int label = groupLabels[i];
        const double v = values[i];
        const bool labelOk = label >= 0 && label < groupCount;
        if (!labelOk)
            result.issues.append(unitIssue(Issue::Severity::Error, row,
                                           PerCapita::tr("Unit %1: the group label %2 is outside 0..%3; "
                                                         "leave out units that belong to no group.")
                                               .arg(row)
                                               .arg(label)
                                               .arg(groupCount - 1)));
        if (std::isnan(v)) {
            result.issues.append(unitIssue(Issue::Severity::Warning, row,
                                           PerCapita::tr("Unit %1: the value is missing (NaN); it is left out of "
                                                         "the total of group %2.")
                                               .arg(row)
                                               .arg(label)));
            if (labelOk)
                ++groups[label].missingCount;
            continue;
        }
        if (!std::isfinite(v)) {
            result.issues.append(unitIssue(Issue::Severity::Error, row,
                                           PerCapita::tr("Unit %1: the value is %2; expected a finite number.")
                                               .arg(row)
                                               .arg(number(v))));
            continue;
        }
        if (labelOk) {
            sums[std::size_t(label)].add(v);
            ++groups[label].unitCount;
        }
    }
    if (hasErrors(result.issues))
        return result;

    for (int g = 0; g < groupCount; ++g) {
        groups[g].total = sums[std::size_t(g)].value();
        if (!std::isfinite(groups[g].total)) {
            result.issues.append(Issue::error(
                PerCapita::tr("%1: the total of group %2 overflows; rescale the input.").arg(measure).arg(g)));
        } else if (groups[g].unitCount == 0) {
            result.issues.append(
                Issue::warning(PerCapita::tr("Group %1 has no unit with a value; its total is 0.").arg(g)));
        }
    }
    if (!hasErrors(result.issues))
        result.groups = groups;
    return result;
}

} // namespace CityAtlas
