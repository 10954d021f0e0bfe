#include "analysis/moran.h"

#include "analysis/feedback.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

struct MoranTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Moran)
};

MoranTest analyticalTest(double observed, double expected, double variance)
{
    MoranTest test;
    test.variance = variance;
    test.zScore = (observed - expected) / std::sqrt(variance);
    test.pGreater = normalUpperTail(test.zScore);
    test.pLess = normalUpperTail(-test.zScore);
    test.pTwoSided = analyticalPValue(test.zScore, Alternative::TwoSided);
    return test;
}

// Σ_j w_ij v_j for every unit.
std::vector<double> spatialLag(const SpatialWeights &weights, std::span<const double> v)
{
    std::vector<double> lag(size_t(weights.unitCount()), 0.0);
    for (int i = 0; i < weights.unitCount(); ++i) {
        const auto nb = weights.neighbours(i);
        const auto w = weights.weights(i);
        double sum = 0.0;
        for (size_t t = 0; t < nb.size(); ++t)
            sum += w[t] * v[size_t(nb[t])];
        lag[size_t(i)] = sum;
    }
    return lag;
}

std::vector<double> deviations(std::span<const double> values)
{
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    std::vector<double> z(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        z[i] = values[i] - mean;
    return z;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Inference helpers

double normalUpperTail(double z)
{
    return 0.5 * std::erfc(z / std::numbers::sqrt2);
}

double analyticalPValue(double z, Alternative alternative)
{
    switch (alternative) {
    case Alternative::Greater:
        return normalUpperTail(z);
    case Alternative::Less:
        return normalUpperTail(-z);
    case Alternative::TwoSided:
        break;
    }
    return std::min(1.0, 2.0 * normalUpperTail(std::abs(z)));
}

QList<double> benjaminiHochberg(std::span<const double> pValues)
{
    const size_t m = pValues.size();
    QList<double> adjusted(qsizetype(m), 1.0);
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [pValues](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    double running = 1.0;
    for (size_t r = m; r-- > 0;) {
        const double value = std::min(1.0, pValues[order[r]] * double(m) / double(r + 1));
        running = std::min(running, value);
        adjusted[qsizetype(order[r])] = running;
    }
    return adjusted;
}

namespace Permutation {

quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 streamSeed(quint64 masterSeed, quint64 stream)
{
    return splitMix64(masterSeed + stream);
}

Counts count(double observed, std::span<const double> reference)
{
    Counts counts;
    for (double r : reference) {
        const bool tie = std::abs(r - observed) <= TieTolerance * std::max(std::abs(r), std::abs(observed));
        if (tie || r > observed)
            ++counts.greaterOrEqual;
        if (tie || r < observed)
            ++counts.lessOrEqual;
    }
    return counts;
}

double pseudoPValue(Counts counts, int permutations, PermutationAlternative alternative)
{
    const int r = permutations;
    if (r <= 0)
        return 1.0;
    if (counts.greaterOrEqual == r && counts.lessOrEqual == r)
        return 1.0; // constant statistic: no evidence in any direction
    const double denominator = double(r) + 1.0;
    switch (alternative) {
    case PermutationAlternative::Directed: {
        int m = counts.greaterOrEqual;
        if (r - m < m)
            m = r - m;
        return (m + 1.0) / denominator;
    }
    case PermutationAlternative::Greater:
        return (counts.greaterOrEqual + 1.0) / denominator;
    case PermutationAlternative::Less:
        return (counts.lessOrEqual + 1.0) / denominator;
    case PermutationAlternative::TwoSided:
        break;
    }
    return std::min(1.0, 2.0 * (std::min(counts.greaterOrEqual, counts.lessOrEqual) + 1.0) / denominator);
}

double pseudoPValue(double observed, std::span<const double> reference, PermutationAlternative alternative)
{
    return pseudoPValue(count(observed, reference), int(reference.size()), alternative);
}

bool runChunks(int chunkCount, int threadCount, Feedback *feedback, const std::function<void(int)> &task)
{
    if (chunkCount <= 0)
        return true;
    if (feedback && feedback->isCanceled())
        return false;
    int threads = threadCount <= 0 ? QThread::idealThreadCount() : threadCount;
    threads = std::clamp(threads, 1, chunkCount);

    if (threads == 1) {
        for (int c = 0; c < chunkCount; ++c) {
            if (feedback && feedback->isCanceled())
                return false;
            task(c);
            if (feedback)
                feedback->setProgress(100.0 * (c + 1) / chunkCount);
        }
        return true;
    }

    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int c = 0; c < chunkCount; ++c) {
        pool.start([&stop, &done, &task, c] {
            if (stop.load(std::memory_order_relaxed))
                return;
            task(c);
            done.fetch_add(1, std::memory_order_relaxed);
        });
    }
    bool cancelled = false;
    while (!pool.waitForDone(20)) {
        if (!feedback)
            continue;
        if (!cancelled && feedback->isCanceled()) {
            cancelled = true;
            stop.store(true);
        }
        feedback->setProgress(100.0 * done.load() / chunkCount);
    }
    cancelled = cancelled || done.load() < chunkCount;
    if (feedback && !cancelled)
        feedback->setProgress(100.0);
    return !cancelled;
}

namespace {

// The draws of conditional randomisation, shared by all units as in PySAL esda's crand: for
// each permutation, k distinct positions among the `others` positions 0 … others - 1, by a
// partial Fisher–Yates shuffle from one generator seeded with the seed. Row p holds
// permutation p (k entries).
std::vector<quint32> sharedDraws(int others, int k, int permutations, quint64 seed)
{
    std::vector<quint32> draws(size_t(permutations) * size_t(k));
    if (k == 0 || others <= 0)
        return draws;
    Engine engine(streamSeed(seed, 0));
    std::vector<quint32> positions(static_cast<size_t>(others));
    std::iota(positions.begin(), positions.end(), 0u);
    std::vector<size_t> swapped(static_cast<size_t>(k));
    for (int p = 0; p < permutations; ++p) {
        quint32 *row = draws.data() + size_t(p) * size_t(k);
        for (int t = 0; t < k; ++t) {
            const size_t j = size_t(t) + size_t(uniformIndex(engine, quint64(others - t)));
            std::swap(positions[size_t(t)], positions[j]);
            swapped[size_t(t)] = j;
            row[t] = positions[size_t(t)];
        }
        for (int t = k - 1; t >= 0; --t) // back to 0 … others - 1 for the next permutation
            std::swap(positions[size_t(t)], positions[swapped[size_t(t)]]);
    }
    return draws;
}

} // namespace

ConditionalResult conditionalPseudoP(const SpatialWeights &weights, std::span<const double> values,
                                     std::span<const double> observed, std::span<const double> scale,
                                     std::span<const double> offset, const PermutationOptions &options,
                                     Feedback *feedback)
{
    const int n = weights.unitCount();
    const int r = options.permutations;
    int maxNeighbours = 0;
    for (int i = 0; i < n; ++i)
        maxNeighbours = std::max(maxNeighbours, weights.neighbourCount(i));
    const std::vector<quint32> draws = sharedDraws(n - 1, maxNeighbours, r, options.seed);

    std::vector<double> pseudoP(size_t(n), 1.0);
    constexpr int UnitsPerChunk = 256; // scheduling only: the draws are the same for any chunking
    const int chunkCount = (n + UnitsPerChunk - 1) / UnitsPerChunk;
    auto task = [&](int chunk) {
        std::vector<double> reference(static_cast<size_t>(r));
        const int end = std::min(n, (chunk + 1) * UnitsPerChunk);
        for (int i = chunk * UnitsPerChunk; i < end; ++i) {
            const int k = weights.neighbourCount(i);
            if (k == 0 || scale[size_t(i)] == 0.0)
                continue;
            const auto w = weights.weights(i);
            // Position m of the other units of i is unit m below i, m + 1 from i on.
            for (int p = 0; p < r; ++p) {
                const quint32 *row = draws.data() + size_t(p) * size_t(maxNeighbours);
                double lag = 0.0;
                for (int t = 0; t < k; ++t) {
                    const quint32 m = row[t];
                    lag += w[size_t(t)] * values[m < quint32(i) ? m : m + 1];
                }
                reference[size_t(p)] = offset[size_t(i)] + scale[size_t(i)] * lag;
            }
            pseudoP[size_t(i)] = pseudoPValue(observed[size_t(i)], reference, options.alternative);
        }
    };

    ConditionalResult result;
    if (!runChunks(chunkCount, options.threadCount, feedback, task)) {
        result.cancelled = true;
        return result;
    }
    result.pseudoP = QList<double>(pseudoP.cbegin(), pseudoP.cend());
    return result;
}

} // namespace Permutation

// ---------------------------------------------------------------------------------------------
// Input checks

IssueList checkSpatialInput(std::span<const double> values, const SpatialWeights &weights,
                            int minUnits, const QString &statistic)
{
    IssueList issues = weights.checkValues(values);
    if (hasErrors(issues))
        return issues;
    if (weights.unitCount() < minUnits) {
        issues.append(Issue::error(MoranTr::tr("%1 needs at least %2 units; the weights have %3.")
                                       .arg(statistic)
                                       .arg(minUnits)
                                       .arg(weights.unitCount())));
        return issues;
    }
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    if (*lo == *hi) {
        issues.append(Issue::error(MoranTr::tr("%1 is undefined: all %2 values are equal (%3), so the "
                                               "variable has no variance.")
                                       .arg(statistic)
                                       .arg(values.size())
                                       .arg(*lo)));
        return issues;
    }
    issues += weights.isolateIssues();
    return issues;
}

IssueList checkPermutationOptions(const PermutationOptions &options)
{
    IssueList issues;
    if (options.permutations < 0 || options.permutations > 1'000'000) {
        issues.append(Issue::error(MoranTr::tr("The number of permutations (%1) must be between 0 "
                                               "and 1000000.")
                                       .arg(options.permutations)));
    }
    if (options.threadCount < 0) {
        issues.append(Issue::error(
            MoranTr::tr("The thread count (%1) must be 0 (automatic) or positive.").arg(options.threadCount)));
    }
    return issues;
}

// ---------------------------------------------------------------------------------------------
// Global Moran's I

MoranResult globalMoran(std::span<const double> values, const SpatialWeights &weights,
                        const MoranOptions &options, Feedback *feedback)
{
    MoranResult result;
    result.issues = checkSpatialInput(values, weights, 4, MoranTr::tr("Moran's I"))
                    + checkPermutationOptions(options.permutation);
    if (hasErrors(result.issues))
        return result;

    const SpatialWeights w = options.rowStandardise ? weights.rowStandardised() : weights;
    const int count = w.unitCount();
    const double n = count;
    const std::vector<double> z = deviations(values);
    double zz = 0.0;
    double z4 = 0.0;
    for (double d : z) {
        zz += d * d;
        z4 += d * d * d * d;
    }
    const std::vector<double> lag = spatialLag(w, z);
    const double cross = std::inner_product(z.cbegin(), z.cend(), lag.cbegin(), 0.0);

    const SpatialWeights::Sums s = w.sums();
    result.unitCount = count;
    result.sums = s;
    result.moranI = (n / s.s0) * cross / zz;
    result.expectedI = -1.0 / (n - 1.0);
    result.kurtosis = n * z4 / (zz * zz);

    const double s02 = s.s0 * s.s0;
    const double ei2 = result.expectedI * result.expectedI;
    const double varNormal = (n * n * s.s1 - n * s.s2 + 3.0 * s02) / ((n * n - 1.0) * s02) - ei2;
    const double b2 = result.kurtosis;
    const double varRandom = (n * ((n * n - 3.0 * n + 3.0) * s.s1 - n * s.s2 + 3.0 * s02)
                              - b2 * ((n * n - n) * s.s1 - 2.0 * n * s.s2 + 6.0 * s02))
                                 / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s02)
                             - ei2;
    if (varNormal > 0.0) {
        result.normality = analyticalTest(result.moranI, result.expectedI, varNormal);
    } else {
        result.issues.append(Issue::warning(
            MoranTr::tr("The variance of Moran's I under normality is not positive (%1); no z-score "
                        "under normality.")
                .arg(varNormal)));
    }
    if (varRandom > 0.0) {
        result.randomisation = analyticalTest(result.moranI, result.expectedI, varRandom);
    } else {
        result.issues.append(Issue::warning(
            MoranTr::tr("The variance of Moran's I under randomisation is not positive (%1): the "
                        "kurtosis of the variable (%2) is too high for the test's assumptions; use "
                        "the permutation test.")
                .arg(varRandom)
                .arg(b2)));
    }

    const PermutationOptions &perm = options.permutation;
    if (perm.permutations == 0)
        return result;

    const int r = perm.permutations;
    std::vector<double> reference(static_cast<size_t>(r));
    const int chunkCount = (r + Permutation::ChunkSize - 1) / Permutation::ChunkSize;
    const double factor = n / (s.s0 * zz);
    // Each permutation shuffles the previous one further (Fisher–Yates), then sums its cross-products
    // unit by unit in row order. Lanes permutations are summed side by side, their values stored
    // interleaved: the sums are the same, term by term, as one permutation at a time, but run as
    // independent chains instead of waiting on each other's additions, and one cache line brings a
    // neighbour's value in all of them.
    constexpr int Lanes = 4;
    auto task = [&](int chunk) {
        Permutation::Engine engine(Permutation::streamSeed(perm.seed, quint64(chunk)));
        std::vector<double> shuffled = z;
        std::vector<double> lanes(z.size() * Lanes, 0.0);
        const int end = std::min(r, (chunk + 1) * Permutation::ChunkSize);
        for (int first = chunk * Permutation::ChunkSize; first < end; first += Lanes) {
            const int used = std::min(Lanes, end - first);
            for (int q = 0; q < used; ++q) {
                for (size_t t = shuffled.size() - 1; t > 0; --t)
                    std::swap(shuffled[t], shuffled[size_t(Permutation::uniformIndex(engine, t + 1))]);
                for (size_t i = 0; i < shuffled.size(); ++i)
                    lanes[i * Lanes + size_t(q)] = shuffled[i];
            }
            double sum[Lanes] = {};
            for (int i = 0; i < count; ++i) {
                const auto nb = w.neighbours(i);
                const auto wt = w.weights(i);
                double l[Lanes] = {};
                for (size_t t = 0; t < nb.size(); ++t) {
                    const double *neighbour = lanes.data() + size_t(nb[t]) * Lanes;
                    for (int q = 0; q < Lanes; ++q)
                        l[q] += wt[t] * neighbour[q];
                }
                const double *own = lanes.data() + size_t(i) * Lanes;
                for (int q = 0; q < Lanes; ++q)
                    sum[q] += own[q] * l[q];
            }
            for (int q = 0; q < used; ++q)
                reference[size_t(first + q)] = factor * sum[q];
        }
    };
    if (!Permutation::runChunks(chunkCount, perm.threadCount, feedback, task)) {
        result.cancelled = true;
        result.issues.append(Issue::warning(
            MoranTr::tr("The permutation test of Moran's I was cancelled; only the analytical tests "
                        "are available.")));
        return result;
    }

    MoranPermutationTest test;
    test.permutations = r;
    test.seed = perm.seed;
    test.alternative = perm.alternative;
    const Permutation::Counts counts = Permutation::count(result.moranI, reference);
    test.greaterOrEqual = counts.greaterOrEqual;
    test.lessOrEqual = counts.lessOrEqual;
    test.pseudoP = Permutation::pseudoPValue(counts, r, perm.alternative);
    test.mean = std::accumulate(reference.cbegin(), reference.cend(), 0.0) / r;
    double ss = 0.0;
    for (double v : reference)
        ss += (v - test.mean) * (v - test.mean);
    test.standardDeviation = std::sqrt(ss / r);
    if (test.standardDeviation > 0.0)
        test.zScore = (result.moranI - test.mean) / test.standardDeviation;
    test.reference = QList<double>(reference.cbegin(), reference.cend());
    result.permutation = std::move(test);
    return result;
}

MoranScatter moranScatter(std::span<const double> values, const SpatialWeights &weights, bool rowStandardise)
{
    MoranScatter result;
    result.issues = checkSpatialInput(values, weights, 2, MoranTr::tr("The Moran scatter plot"));
    if (hasErrors(result.issues))
        return result;
    const SpatialWeights w = rowStandardise ? weights.rowStandardised() : weights;
    std::vector<double> z = deviations(values);
    double zz = 0.0;
    for (double d : z)
        zz += d * d;
    const double sd = std::sqrt(zz / double(z.size()));
    for (double &d : z)
        d /= sd;
    const std::vector<double> lag = spatialLag(w, z);
    double cross = 0.0;
    double zzStd = 0.0;
    for (size_t i = 0; i < z.size(); ++i) {
        cross += z[i] * lag[i];
        zzStd += z[i] * z[i];
    }
    result.z = QList<double>(z.cbegin(), z.cend());
    result.lag = QList<double>(lag.cbegin(), lag.cend());
    result.slope = cross / zzStd;
    return result;
}

} // namespace CityAtlas
