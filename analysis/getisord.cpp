#include "analysis/getisord.h"

#include "analysis/feedback.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

struct GetisOrdTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::GetisOrd)
};

} // namespace

QString hotSpotKey(HotSpot spot)
{
    switch (spot) {
    case HotSpot::NotSignificant:
        return u"ns"_s;
    case HotSpot::Hot:
        return u"hot"_s;
    case HotSpot::Cold:
        return u"cold"_s;
    }
    return u"ns"_s;
}

GetisOrdResult getisOrdGiStar(std::span<const double> values, const SpatialWeights &weights,
                              const GetisOrdOptions &options, Feedback *feedback)
{
    GetisOrdResult result;
    result.alpha = options.alpha;
    result.issues = checkSpatialInput(values, weights, 3, GetisOrdTr::tr("Getis-Ord Gi*"))
                    + checkPermutationOptions(options.permutation);
    if (!(options.alpha > 0.0 && options.alpha < 1.0)) {
        result.issues.append(Issue::error(
            GetisOrdTr::tr("The significance level %1 is not between 0 and 1.").arg(options.alpha)));
    }
    if (hasErrors(result.issues))
        return result;

    const SpatialWeights w = weights.binarised();
    const int count = w.unitCount();
    const double n = count;
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    if (total == 0.0) {
        result.issues.append(Issue::error(
            GetisOrdTr::tr("Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for "
                           "non-negative values such as counts or amounts.")));
        return result;
    }
    const qsizetype negatives = std::count_if(values.begin(), values.end(), [](double v) { return v < 0.0; });
    if (negatives > 0) {
        result.issues.append(Issue::warning(
            GetisOrdTr::tr("%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, "
                           "so G*_i is hard to interpret (the z-scores remain defined).")
                .arg(negatives)
                .arg(count)));
    }
    const double mean = total / n;
    double ss = 0.0;
    for (double v : values)
        ss += (v - mean) * (v - mean);
    const double s2 = ss / n;

    result.unitCount = count;
    std::vector<double> observed(static_cast<size_t>(count));
    std::vector<double> scale(size_t(count), 1.0 / total);
    std::vector<double> offset(static_cast<size_t>(count));
    QList<int> degenerateUnits;
    for (int i = 0; i < count; ++i) {
        const double xi = values[size_t(i)];
        double lag = xi; // self-link w_ii = 1
        for (int j : w.neighbours(i))
            lag += values[size_t(j)];
        const double wi = w.neighbourCount(i) + 1.0;
        const double s1i = wi; // binary: Σ w² = Σ w
        const double expected = wi * mean;
        const double variance = s2 * (n * s1i - wi * wi) / (n - 1.0);
        double zScore = 0.0;
        double p = 1.0;
        const bool degenerate = !(variance > 0.0);
        if (degenerate) {
            degenerateUnits.append(i);
        } else {
            zScore = (lag - expected) / std::sqrt(variance);
            p = analyticalPValue(zScore, options.alternative);
        }
        observed[size_t(i)] = lag / total;
        offset[size_t(i)] = xi / total;
        result.g.append(lag / total);
        result.expectedG.append(expected / total);
        result.varianceG.append(variance / (total * total));
        result.zScore.append(zScore);
        result.pValue.append(p);
        result.degenerate.append(degenerate);
    }
    if (!degenerateUnits.isEmpty()) {
        QStringList names;
        for (int i : degenerateUnits.first(std::min<qsizetype>(10, degenerateUnits.size())))
            names.append(u"'%1'"_s.arg(w.id(i)));
        result.issues.append(Issue::warning(
            GetisOrdTr::tr("Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to "
                           "every other unit. They get z = 0 and p = 1 and are not significant.")
                .arg(degenerateUnits.size())
                .arg(names.join(u", "_s))));
    }

    const PermutationOptions &perm = options.permutation;
    result.permutations = perm.permutations;
    result.seed = perm.seed;
    if (perm.permutations > 0) {
        // G*_i = x_i / Σx + (1 / Σx) Σ_{j in N(i)} x_j: affine in the lag of the other units.
        Permutation::ConditionalResult conditional =
            Permutation::conditionalPseudoP(w, values, observed, scale, offset, perm, feedback);
        if (conditional.cancelled) {
            result.cancelled = true;
            result.issues.append(Issue::warning(
                GetisOrdTr::tr("The conditional permutation test of Getis-Ord Gi* was cancelled: no "
                               "pseudo p-values and no hot-spot map; the analytical z-scores and "
                               "p-values are complete.")));
            return result;
        }
        result.pseudoP = conditional.pseudoP;
    }

    result.significanceP = result.pseudoP.isEmpty() ? result.pValue : result.pseudoP;
    if (options.falseDiscoveryRate)
        result.significanceP = benjaminiHochberg(result.significanceP);
    for (int i = 0; i < count; ++i) {
        const bool significant = !result.degenerate[i] && result.significanceP[i] <= options.alpha;
        const double direction = result.zScore[i];
        result.classes.append(!significant ? HotSpot::NotSignificant
                                           : (direction > 0.0 ? HotSpot::Hot : HotSpot::Cold));
    }
    return result;
}

} // namespace CityAtlas
