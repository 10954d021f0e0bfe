#include "analysis/localstatistic.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

bool LocalStatisticResult::isSignificant(int unit) const
{
    return !degenerate[unit] && significanceP[unit] <= alpha;
}

namespace LocalInference {

bool checkInput(LocalStatisticResult &result, std::span<const double> values, const SpatialWeights &weights,
                const QString &statistic, const PermutationOptions &permutation, double alpha,
                const QString &alphaError)
{
    result.alpha = alpha;
    result.issues = checkSpatialInput(values, weights, 3, statistic) + checkPermutationOptions(permutation);
    if (!(alpha > 0.0 && alpha < 1.0))
        result.issues.append(Issue::error(alphaError));
    return !hasErrors(result.issues);
}

void appendTest(LocalStatisticResult &result, double observed, double expected, double variance,
                Alternative alternative)
{
    double zScore = 0.0;
    double p = 1.0;
    const bool degenerate = !(variance > 0.0);
    if (!degenerate) {
        zScore = (observed - expected) / std::sqrt(variance);
        p = analyticalPValue(zScore, alternative);
    }
    result.zScore.append(zScore);
    result.pValue.append(p);
    result.degenerate.append(degenerate);
}

QList<int> degenerateUnits(const LocalStatisticResult &result)
{
    QList<int> units;
    for (qsizetype i = 0; i < result.degenerate.size(); ++i)
        if (result.degenerate[i])
            units.append(int(i));
    return units;
}

QString quotedIds(const SpatialWeights &weights, const QList<int> &units)
{
    QStringList names;
    for (int i : units.first(std::min<qsizetype>(10, units.size())))
        names.append(u"'%1'"_s.arg(weights.id(i)));
    return names.join(u", "_s);
}

bool testSignificance(LocalStatisticResult &result, const SpatialWeights &weights,
                      std::span<const double> values, std::span<const double> observed,
                      std::span<const double> scale, std::span<const double> offset,
                      const PermutationOptions &permutation, bool falseDiscoveryRate, Feedback *feedback,
                      const QString &cancelledWarning)
{
    result.permutations = permutation.permutations;
    result.seed = permutation.seed;
    if (permutation.permutations > 0) {
        Permutation::ConditionalResult conditional =
            Permutation::conditionalPseudoP(weights, values, observed, scale, offset, permutation, feedback);
        if (conditional.cancelled) {
            result.cancelled = true;
            result.issues.append(Issue::warning(cancelledWarning));
            return false;
        }
        result.pseudoP = conditional.pseudoP;
    }

    result.significanceP = result.pseudoP.isEmpty() ? result.pValue : result.pseudoP;
    if (falseDiscoveryRate)
        result.significanceP = benjaminiHochberg(result.significanceP);
    return true;
}

} // namespace LocalInference

} // namespace CityAtlas
