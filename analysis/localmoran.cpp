#include "analysis/localmoran.h"

#include "analysis/feedback.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

struct LocalMoranTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::LocalMoran)
};

LisaCluster quadrant(double z, double lag)
{
    const bool high = z > 0.0;
    const bool highLag = lag > 0.0;
    if (high)
        return highLag ? LisaCluster::HighHigh : LisaCluster::HighLow;
    return highLag ? LisaCluster::LowHigh : LisaCluster::LowLow;
}

} // namespace

QString lisaClusterKey(LisaCluster cluster)
{
    switch (cluster) {
    case LisaCluster::NotSignificant:
        return u"ns"_s;
    case LisaCluster::HighHigh:
        return u"HH"_s;
    case LisaCluster::LowLow:
        return u"LL"_s;
    case LisaCluster::LowHigh:
        return u"LH"_s;
    case LisaCluster::HighLow:
        return u"HL"_s;
    }
    return u"ns"_s;
}

LocalMoranResult localMoran(std::span<const double> values, const SpatialWeights &weights,
                            const LocalMoranOptions &options, Feedback *feedback)
{
    LocalMoranResult result;
    if (!LocalInference::checkInput(
            result, values, weights, LocalMoranTr::tr("Local Moran's I"), options.permutation, options.alpha,
            LocalMoranTr::tr("The significance level %1 is not between 0 and 1.").arg(options.alpha)))
        return result;

    const SpatialWeights w = options.rowStandardise ? weights.rowStandardised() : weights;
    const int count = w.unitCount();
    const double n = count;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    std::vector<double> z(static_cast<size_t>(count));
    double zz = 0.0;
    double z4 = 0.0;
    for (int i = 0; i < count; ++i) {
        z[size_t(i)] = values[size_t(i)] - mean;
        const double d2 = z[size_t(i)] * z[size_t(i)];
        zz += d2;
        z4 += d2 * d2;
    }
    const double m2 = zz / n;
    const double b2 = (z4 / n) / (m2 * m2);

    result.unitCount = count;
    std::vector<double> localI(static_cast<size_t>(count));
    std::vector<double> scale(static_cast<size_t>(count));
    const std::vector<double> zeros(size_t(count), 0.0);
    for (int i = 0; i < count; ++i) {
        const auto nb = w.neighbours(i);
        const auto wt = w.weights(i);
        double lag = 0.0;
        double wi = 0.0;
        double wi2 = 0.0;
        for (size_t t = 0; t < nb.size(); ++t) {
            lag += wt[t] * z[size_t(nb[t])];
            wi += wt[t];
            wi2 += wt[t] * wt[t];
        }
        const double zi = z[size_t(i)];
        scale[size_t(i)] = zi / m2;
        localI[size_t(i)] = scale[size_t(i)] * lag;

        double expected = 0.0;
        double variance = 0.0;
        if (options.variance == LocalMoranVariance::Conditional) {
            expected = -(zi * zi * wi) / ((n - 1.0) * m2);
            variance = (zi / m2) * (zi / m2) * (n / (n - 2.0)) * (wi2 - wi * wi / (n - 1.0))
                       * (m2 - zi * zi / (n - 1.0));
        } else {
            expected = -wi / (n - 1.0);
            const double a = (n - b2) / (n - 1.0);
            const double b = (2.0 * b2 - n) / ((n - 1.0) * (n - 2.0));
            variance = a * wi2 + b * (wi * wi - wi2) - expected * expected;
        }
        result.deviations.append(zi);
        result.lag.append(lag);
        result.localI.append(localI[size_t(i)]);
        result.expectedI.append(expected);
        result.varianceI.append(variance);
        LocalInference::appendTest(result, localI[size_t(i)], expected, variance, options.alternative);
    }
    if (const QList<int> degenerate = LocalInference::degenerateUnits(result); !degenerate.isEmpty()) {
        result.issues.append(Issue::warning(
            LocalMoranTr::tr("Local Moran's I has zero variance under the null for %1 units (%2): "
                             "their value equals the mean or their neighbourhood is degenerate. "
                             "They get z = 0 and p = 1 and are not significant.")
                .arg(degenerate.size())
                .arg(LocalInference::quotedIds(w, degenerate))));
    }

    if (!LocalInference::testSignificance(
            result, w, z, localI, scale, zeros, options.permutation, options.falseDiscoveryRate, feedback,
            LocalMoranTr::tr("The conditional permutation test of local Moran's I was cancelled: "
                             "no pseudo p-values and no cluster map; the analytical z-scores "
                             "and p-values are complete.")))
        return result;
    for (int i = 0; i < count; ++i) {
        result.clusters.append(result.isSignificant(i) ? quadrant(z[size_t(i)], result.lag[i])
                                                       : LisaCluster::NotSignificant);
    }
    return result;
}

} // namespace CityAtlas
