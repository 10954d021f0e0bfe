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
    if (!LocalInference::checkInput(
            result, values, weights, GetisOrdTr::tr("Getis-Ord Gi*"), options.permutation, options.alpha,
            GetisOrdTr::tr("The significance level %1 is not between 0 and 1.").arg(options.alpha)))
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
    for (int i = 0; i < count; ++i) {
        const double xi = values[size_t(i)];
        double lag = xi; // self-link w_ii = 1
        for (int j : w.neighbours(i))
            lag += values[size_t(j)];
        const double wi = w.neighbourCount(i) + 1.0;
        const double s1i = wi; // binary: Σ w² = Σ w
        const double expected = wi * mean;
        const double variance = s2 * (n * s1i - wi * wi) / (n - 1.0);
        observed[size_t(i)] = lag / total;
        offset[size_t(i)] = xi / total;
        result.g.append(lag / total);
        result.expectedG.append(expected / total);
        result.varianceG.append(variance / (total * total));
        LocalInference::appendTest(result, lag, expected, variance, options.alternative);
    }
    if (const QList<int> degenerate = LocalInference::degenerateUnits(result); !degenerate.isEmpty()) {
        result.issues.append(Issue::warning(
            GetisOrdTr::tr("Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to "
                           "every other unit. They get z = 0 and p = 1 and are not significant.")
                .arg(degenerate.size())
                .arg(LocalInference::quotedIds(w, degenerate))));
    }

    // G*_i = x_i / Σx + (1 / Σx) Σ_{j in N(i)} x_j: affine in the lag of the other units.
    if (!LocalInference::testSignificance(
            result, w, values, observed, scale, offset, options.permutation, options.falseDiscoveryRate,
            feedback,
            GetisOrdTr::tr("The conditional permutation test of Getis-Ord Gi* was cancelled: no "
                           "pseudo p-values and no hot-spot map; the analytical z-scores and "
                           "p-values are complete.")))
        return result;
    for (int i = 0; i < count; ++i) {
        const double direction = result.zScore[i];
        result.classes.append(!result.isSignificant(i) ? HotSpot::NotSignificant
                                                       : (direction > 0.0 ? HotSpot::Hot : HotSpot::Cold));
    }
    return result;
}

} // namespace CityAtlas
