#include "analysis/inequality.h"

#include "analysis/compensatedsum.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

namespace CityAtlas {

// Translation context for the messages below (lupdate sees Inequality::tr calls).
class Inequality
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Inequality)
};

namespace {

constexpr int MaxUnitIssues = 20;

enum class Domain {
    NonNegative, // x >= 0 (Gini, Theil T, GE(alpha > 0), CV, Lorenz)
    Positive,    // x > 0  (Theil L, GE(alpha <= 0): logarithms or negative powers)
};

// Validated units: values, raw weights (1 when unweighted), normalised weights p (sum 1),
// weighted mean.
struct Sample
{
    std::vector<double> x;
    std::vector<double> w;
    std::vector<double> p;
    double mean = 0.0;
};

// Units sorted by x with prefix and suffix sums of p and p*x, for O(n) pairwise sums.
struct SortedSample
{
    std::vector<double> x;
    std::vector<double> p;
    std::vector<double> prefixP, prefixS; // [k] = sum over the first k units
    std::vector<double> suffixP, suffixS; // [k] = sum over units k..end
};

// Collects per-unit errors, listing at most MaxUnitIssues of them.
class UnitIssues
{
public:
    explicit UnitIssues(IssueList &issues) : m_issues(issues) {}
    void add(qint64 row, const QString &message)
    {
        if (m_count < MaxUnitIssues) {
            Issue issue = Issue::error(message);
            issue.row = row;
            m_issues.append(issue);
        }
        ++m_count;
    }
    void finish()
    {
        if (m_count > MaxUnitIssues)
            m_issues.append(Issue::error(Inequality::tr("%n more unit(s) with invalid input were not listed.",
                                                        nullptr, m_count - MaxUnitIssues)));
    }

private:
    IssueList &m_issues;
    int m_count = 0;
};

QString theilTName()
{
    return Inequality::tr("Theil T index");
}
QString theilLName()
{
    return Inequality::tr("Theil L index (mean log deviation)");
}
QString giniName()
{
    return Inequality::tr("Gini coefficient");
}

SortedSample sortSample(const std::vector<double> &x, const std::vector<double> &p)
{
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&x](std::size_t a, std::size_t b) { return x[a] < x[b]; });

    SortedSample s;
    const std::size_t n = x.size();
    s.x.resize(n);
    s.p.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        s.x[k] = x[order[k]];
        s.p[k] = p[order[k]];
    }
    s.prefixP.assign(n + 1, 0.0);
    s.prefixS.assign(n + 1, 0.0);
    s.suffixP.assign(n + 1, 0.0);
    s.suffixS.assign(n + 1, 0.0);
    CompensatedSum cp, cs;
    for (std::size_t k = 0; k < n; ++k) {
        cp.add(s.p[k]);
        cs.add(s.p[k] * s.x[k]);
        s.prefixP[k + 1] = cp.value();
        s.prefixS[k + 1] = cs.value();
    }
    CompensatedSum dp, ds;
    for (std::size_t k = n; k-- > 0;) {
        dp.add(s.p[k]);
        ds.add(s.p[k] * s.x[k]);
        s.suffixP[k] = dp.value();
        s.suffixS[k] = ds.value();
    }
    return s;
}

struct PairMoments
{
    double lower = 0.0; // sum_a sum_b p_a p_b max(a - b, 0)
    double upper = 0.0; // sum_a sum_b p_a p_b max(b - a, 0)
};

// Both halves of the weighted mean absolute difference between two sorted samples, in
// O(|A| + |B|): for each a, the units b <= a contribute a*P(b <= a) - S(b <= a) and the
// units b > a contribute S(b > a) - a*P(b > a).
PairMoments pairMoments(const SortedSample &a, const SortedSample &b)
{
    CompensatedSum lower, upper;
    std::size_t k = 0; // number of units of b with value <= current a
    for (std::size_t i = 0; i < a.x.size(); ++i) {
        const double ai = a.x[i];
        while (k < b.x.size() && b.x[k] <= ai)
            ++k;
        const double below = std::max(0.0, ai * b.prefixP[k] - b.prefixS[k]);
        const double above = std::max(0.0, b.suffixS[k] - ai * b.suffixP[k]);
        lower.add(a.p[i] * below);
        upper.add(a.p[i] * above);
    }
    return {lower.value(), upper.value()};
}

double giniOf(const SortedSample &s, double mean)
{
    const PairMoments m = pairMoments(s, s);
    return (m.lower + m.upper) / (2.0 * mean);
}

double theilTOf(const Sample &s)
{
    CompensatedSum sum;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        if (s.x[i] > 0.0 && s.p[i] > 0.0) { // 0 ln 0 = 0
            const double r = s.x[i] / s.mean;
            sum.add(s.p[i] * r * std::log(r));
        }
    }
    return sum.value();
}

double theilLOf(const Sample &s)
{
    CompensatedSum sum;
    for (std::size_t i = 0; i < s.x.size(); ++i)
        if (s.p[i] > 0.0)
            sum.add(s.p[i] * std::log(s.mean / s.x[i]));
    return sum.value();
}

double generalizedEntropyOf(const Sample &s, double alpha)
{
    CompensatedSum sum;
    for (std::size_t i = 0; i < s.x.size(); ++i)
        if (s.p[i] > 0.0)
            sum.add(s.p[i] * (std::pow(s.x[i] / s.mean, alpha) - 1.0));
    return sum.value() / (alpha * (alpha - 1.0));
}

// CV does not change when every value is divided by the same number: the values are divided
// by the largest one first, so that squaring neither overflows (values near 1e308) nor
// underflows to 0 (subnormal values near 1e-320).
double coefficientOfVariationOf(const Sample &s)
{
    double scale = 0.0;
    for (double v : s.x)
        scale = std::max(scale, std::abs(v));
    std::vector<double> x(s.x.size());
    CompensatedSum mean;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        x[i] = s.x[i] / scale;
        mean.add(s.p[i] * x[i]);
    }
    CompensatedSum sum;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double d = x[i] - mean.value();
        sum.add(s.p[i] * d * d);
    }
    return std::sqrt(sum.value()) / mean.value();
}

// Normalises raw weights to shares and computes the weighted mean. False if the total
// weight is zero.
bool normalise(Sample &s)
{
    CompensatedSum total;
    for (double w : s.w)
        total.add(w);
    const double totalWeight = total.value();
    if (!(totalWeight > 0.0))
        return false;
    s.p.resize(s.w.size());
    CompensatedSum mean;
    for (std::size_t i = 0; i < s.w.size(); ++i) {
        s.p[i] = s.w[i] / totalWeight;
        mean.add(s.p[i] * s.x[i]);
    }
    s.mean = mean.value();
    return true;
}

// Checks the input and builds the sample. Returns false, with errors in issues, when the
// measure cannot be computed.
bool prepare(const QString &measure, std::span<const double> values, std::span<const double> weights,
             Domain domain, IssueList &issues, Sample &sample)
{
    const auto n = qint64(values.size());
    if (n < 2) {
        issues.append(Issue::error(Inequality::tr("%1 needs at least 2 units, got %2.").arg(measure).arg(n)));
        return false;
    }
    if (!weights.empty() && weights.size() != values.size()) {
        issues.append(
            Issue::error(Inequality::tr("%1: %2 values but %3 weights; expected one weight per unit.")
                             .arg(measure)
                             .arg(n)
                             .arg(qint64(weights.size()))));
        return false;
    }

    const qsizetype errorsBefore = issues.size();
    UnitIssues unitIssues(issues);
    for (qint64 i = 0; i < n; ++i) {
        const double v = values[std::size_t(i)];
        if (!std::isfinite(v)) {
            unitIssues.add(
                i, Inequality::tr("Unit %1: the value is %2; %3 needs a finite number for every unit.")
                       .arg(i)
                       .arg(QString::number(v), measure));
        } else if (v < 0.0) {
            unitIssues.add(i,
                           (domain == Domain::Positive
                                ? Inequality::tr("Unit %1: the value %2 is negative; %3 needs values > 0.")
                                : Inequality::tr("Unit %1: the value %2 is negative; %3 needs values >= 0."))
                               .arg(i)
                               .arg(QString::number(v, 'g', 17), measure));
        } else if (v == 0.0 && domain == Domain::Positive) {
            unitIssues.add(i,
                           Inequality::tr("Unit %1: the value is 0; %2 takes logarithms or negative powers "
                                          "of the values and needs values > 0.")
                               .arg(i)
                               .arg(measure));
        }
        if (!weights.empty()) {
            const double w = weights[std::size_t(i)];
            if (!std::isfinite(w))
                unitIssues.add(i, Inequality::tr("Unit %1: the weight is %2; expected a finite population "
                                                 "(or area) >= 0.")
                                      .arg(i)
                                      .arg(QString::number(w)));
            else if (w < 0.0)
                unitIssues.add(i, Inequality::tr("Unit %1: the weight %2 is negative; expected a population "
                                                 "(or area) >= 0.")
                                      .arg(i)
                                      .arg(QString::number(w, 'g', 17)));
        }
    }
    unitIssues.finish();
    if (hasErrors(issues.mid(errorsBefore)))
        return false;

    sample.x.assign(values.begin(), values.end());
    if (weights.empty())
        sample.w.assign(values.size(), 1.0);
    else
        sample.w.assign(weights.begin(), weights.end());

    if (!normalise(sample)) {
        issues.append(
            Issue::error(Inequality::tr("%1: all weights are 0; expected a positive total population "
                                        "(or area).")
                             .arg(measure)));
        return false;
    }
    if (!std::isfinite(sample.mean)) {
        issues.append(Issue::error(
            Inequality::tr("%1: the weighted mean overflows; rescale the values.").arg(measure)));
        return false;
    }
    if (sample.mean == 0.0) {
        issues.append(
            Issue::error(Inequality::tr("%1: the total of the values is 0 (all values of units with a "
                                        "positive weight are 0), so there are no shares; inequality "
                                        "is undefined.")
                             .arg(measure)));
        return false;
    }
    return true;
}

template <typename Compute>
InequalityResult measure(const QString &name, std::span<const double> values, std::span<const double> weights,
                         Domain domain, Compute compute)
{
    InequalityResult result;
    Sample sample;
    if (prepare(name, values, weights, domain, result.issues, sample))
        result.value = compute(sample);
    return result;
}

// ---- Groups ---------------------------------------------------------------------------------

struct Group
{
    int label = 0;
    std::vector<qint64> units;
    Sample sample;                // the group's units, weights normalised within the group
    double populationShare = 0.0; // p_g
    double valueShare = 0.0;      // s_g
    bool hasWeight = false;       // p_g > 0
};

// Validates values, labels and weights and splits the units into groups (ascending label).
bool prepareGroups(const QString &measure, std::span<const double> values, std::span<const int> labels,
                   std::span<const double> weights, Domain domain, IssueList &issues, Sample &all,
                   std::vector<Group> &groups)
{
    if (labels.size() != values.size()) {
        issues.append(
            Issue::error(Inequality::tr("%1: %2 values but %3 group labels; expected one label per unit.")
                             .arg(measure)
                             .arg(qint64(values.size()))
                             .arg(qint64(labels.size()))));
        return false;
    }
    if (!prepare(measure, values, weights, domain, issues, all))
        return false;

    std::map<int, std::vector<qint64>> members;
    for (std::size_t i = 0; i < labels.size(); ++i)
        members[labels[i]].push_back(qint64(i));

    CompensatedSum totalWeightSum;
    for (double w : all.w)
        totalWeightSum.add(w);
    const double totalWeight = totalWeightSum.value();

    if (members.size() == 1)
        issues.append(
            Issue::warning(Inequality::tr("%1: all units are in one group (%2); the between-group term is 0.")
                               .arg(measure)
                               .arg(members.begin()->first)));

    for (auto &[label, units] : members) {
        Group g;
        g.label = label;
        g.units = units;
        for (qint64 i : units) {
            g.sample.x.push_back(all.x[std::size_t(i)]);
            g.sample.w.push_back(all.w[std::size_t(i)]);
        }
        if (units.size() == 1) {
            Issue issue =
                Issue::warning(Inequality::tr("%1: group %2 has only one unit (unit %3); its within-group "
                                              "inequality is 0 by definition.")
                                   .arg(measure)
                                   .arg(label)
                                   .arg(units.front()));
            issue.row = units.front();
            issues.append(issue);
        }
        g.hasWeight = normalise(g.sample);
        if (!g.hasWeight) {
            issues.append(
                Issue::warning(Inequality::tr("%1: the units of group %2 all have weight 0; the group is "
                                              "reported with zero shares and contributes nothing.")
                                   .arg(measure)
                                   .arg(label)));
            g.sample.p.assign(g.sample.w.size(), 0.0);
            g.sample.mean = 0.0;
        } else {
            CompensatedSum groupWeight;
            for (double w : g.sample.w)
                groupWeight.add(w);
            g.populationShare = groupWeight.value() / totalWeight;
            g.valueShare = g.populationShare * g.sample.mean / all.mean;
            if (g.sample.mean == 0.0)
                issues.append(
                    Issue::warning(Inequality::tr("%1: all values in group %2 are 0; its within-group "
                                                  "inequality is undefined, reported as 0, and it "
                                                  "contributes nothing.")
                                       .arg(measure)
                                       .arg(label)));
        }
        groups.push_back(std::move(g));
    }
    return true;
}

// Usable for a within-group index: positive weight and positive mean.
bool hasWithin(const Group &g)
{
    return g.hasWeight && g.sample.mean > 0.0;
}

void setShares(GroupShares &term, const Group &g)
{
    term.group = g.label;
    term.unitCount = qint64(g.units.size());
    term.populationShare = g.populationShare;
    term.valueShare = g.valueShare;
    term.mean = g.sample.mean;
}

} // namespace

InequalityResult giniCoefficient(std::span<const double> values, std::span<const double> weights)
{
    return measure(giniName(), values, weights, Domain::NonNegative,
                   [](const Sample &s) { return giniOf(sortSample(s.x, s.p), s.mean); });
}

InequalityResult theilT(std::span<const double> values, std::span<const double> weights)
{
    return measure(theilTName(), values, weights, Domain::NonNegative, theilTOf);
}

InequalityResult theilL(std::span<const double> values, std::span<const double> weights)
{
    return measure(theilLName(), values, weights, Domain::Positive, theilLOf);
}

InequalityResult generalizedEntropy(std::span<const double> values, double alpha,
                                    std::span<const double> weights)
{
    if (!std::isfinite(alpha)) {
        InequalityResult result;
        result.issues.append(Issue::error(
            Inequality::tr("Generalized entropy: the parameter alpha is %1; expected a finite number.")
                .arg(QString::number(alpha))));
        return result;
    }
    if (alpha == 0.0)
        return theilL(values, weights);
    if (alpha == 1.0)
        return theilT(values, weights);
    const QString name = Inequality::tr("Generalized entropy GE(%1)").arg(alpha);
    return measure(name, values, weights, alpha < 0.0 ? Domain::Positive : Domain::NonNegative,
                   [alpha](const Sample &s) { return generalizedEntropyOf(s, alpha); });
}

InequalityResult coefficientOfVariation(std::span<const double> values, std::span<const double> weights)
{
    return measure(Inequality::tr("Coefficient of variation"), values, weights, Domain::NonNegative,
                   coefficientOfVariationOf);
}

LorenzCurve lorenzCurve(std::span<const double> values, std::span<const double> weights)
{
    LorenzCurve curve;
    Sample s;
    if (!prepare(Inequality::tr("Lorenz curve"), values, weights, Domain::NonNegative, curve.issues, s))
        return curve;

    std::vector<std::size_t> order(s.x.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&s](std::size_t a, std::size_t b) { return s.x[a] < s.x[b]; });

    curve.points.reserve(qsizetype(order.size()) + 1);
    curve.units.reserve(qsizetype(order.size()));
    curve.points.append({0.0, 0.0});
    CompensatedSum population, value;
    for (std::size_t i : order) {
        population.add(s.p[i]);
        value.add(s.p[i] * s.x[i] / s.mean);
        curve.points.append({population.value(), value.value()});
        curve.units.append(qint64(i));
    }
    curve.points.last() = {1.0, 1.0};
    return curve;
}

TheilDecomposition decomposeTheil(TheilIndex index, std::span<const double> values,
                                  std::span<const int> groupLabels, std::span<const double> weights)
{
    TheilDecomposition result;
    result.index = index;
    const bool isT = index == TheilIndex::T;
    const QString name = isT ? theilTName() : theilLName();

    Sample all;
    std::vector<Group> groups;
    if (!prepareGroups(name, values, groupLabels, weights, isT ? Domain::NonNegative : Domain::Positive,
                       result.issues, all, groups))
        return result;

    result.total = isT ? theilTOf(all) : theilLOf(all);
    CompensatedSum within, between;
    for (const Group &g : groups) {
        TheilGroupTerm term;
        setShares(term, g);
        if (hasWithin(g)) {
            term.within = isT ? theilTOf(g.sample) : theilLOf(g.sample);
            if (isT) {
                term.withinContribution = g.valueShare * term.within;
                term.betweenContribution = g.valueShare * std::log(g.valueShare / g.populationShare);
            } else {
                term.withinContribution = g.populationShare * term.within;
                term.betweenContribution = g.populationShare * std::log(g.populationShare / g.valueShare);
            }
        }
        within.add(term.withinContribution);
        between.add(term.betweenContribution);
        result.groups.append(term);
    }
    result.within = within.value();
    result.between = between.value();
    return result;
}

GiniDecomposition decomposeGini(std::span<const double> values, std::span<const int> groupLabels,
                                std::span<const double> weights)
{
    GiniDecomposition result;
    Sample all;
    std::vector<Group> groups;
    if (!prepareGroups(Inequality::tr("Gini decomposition (Dagum)"), values, groupLabels, weights,
                       Domain::NonNegative, result.issues, all, groups))
        return result;

    result.total = giniOf(sortSample(all.x, all.p), all.mean);

    std::vector<SortedSample> sorted;
    sorted.reserve(groups.size());
    CompensatedSum within;
    for (const Group &g : groups) {
        sorted.push_back(sortSample(g.sample.x, g.sample.p));
        GiniGroupTerm term;
        setShares(term, g);
        if (hasWithin(g)) {
            term.gini = giniOf(sorted.back(), g.sample.mean);
            term.contribution = term.gini * g.populationShare * g.valueShare;
        }
        within.add(term.contribution);
        result.groups.append(term);
    }
    result.within = within.value();

    CompensatedSum netBetween, transvariation;
    for (std::size_t a = 0; a < groups.size(); ++a) {
        for (std::size_t b = a + 1; b < groups.size(); ++b) {
            std::size_t j = a, h = b;
            if (groups[h].sample.mean > groups[j].sample.mean)
                std::swap(j, h);
            const Group &gj = groups[j];
            const Group &gh = groups[h];
            GiniGroupPair pair;
            pair.higherGroup = gj.label;
            pair.lowerGroup = gh.label;
            pair.weight = gj.populationShare * gh.valueShare + gh.populationShare * gj.valueShare;
            const double meanSum = gj.sample.mean + gh.sample.mean;
            if (gj.hasWeight && gh.hasWeight && meanSum > 0.0) {
                const PairMoments m = pairMoments(sorted[j], sorted[h]);
                pair.grossAffluence = m.lower;
                pair.transvariationMoment = m.upper;
                const double meanAbsDiff = m.lower + m.upper;
                pair.gini = meanAbsDiff / meanSum;
                pair.relativeAffluence = meanAbsDiff > 0.0 ? (m.lower - m.upper) / meanAbsDiff : 0.0;
                pair.netBetweenContribution = pair.gini * pair.weight * pair.relativeAffluence;
                pair.transvariationContribution = pair.gini * pair.weight * (1.0 - pair.relativeAffluence);
            }
            netBetween.add(pair.netBetweenContribution);
            transvariation.add(pair.transvariationContribution);
            result.pairs.append(pair);
        }
    }
    result.netBetween = netBetween.value();
    result.transvariation = transvariation.value();
    return result;
}

} // namespace CityAtlas
