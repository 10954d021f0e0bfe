#include "analysis/evaluation/uncertainty.h"

#include "analysis/feedback.h"
#include "analysis/moran.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <random>
#include <vector>

namespace CityAtlas {

namespace {

struct UncertaintyTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Uncertainty)
};

constexpr int DrawsPerChunk = 16;          // scheduling only: every draw has its own generator
constexpr qint64 MaxStoredCells = 10'000'000; // draws × units

struct MethodPair
{
    NormalisationMethod normalisation;
    AggregationMethod aggregation;
    int matrix; // index into the normalised matrices
};

QString pairName(const MethodPair &pair)
{
    return UncertaintyTr::tr("%1 normalisation with the %2")
        .arg(normalisationMethodName(pair.normalisation), aggregationMethodName(pair.aggregation));
}

// A uniform double in [0, 1) from the top 53 bits (portable across standard libraries).
double uniform01(std::mt19937_64 &engine)
{
    return double(engine() >> 11) * 0x1.0p-53;
}

// Everything one draw needs, shared read-only by the worker threads.
class DrawEvaluator
{
public:
    DrawEvaluator(std::vector<MethodPair> pairs, std::vector<Eigen::MatrixXd> matrices, const UncertaintyOptions &options)
        : m_pairs(std::move(pairs))
        , m_matrices(std::move(matrices))
        , m_options(options)
    {
        if (!m_matrices.empty())
            m_benefit.assign(size_t(m_matrices.front().cols()), Direction::Benefit);
    }

    const std::vector<MethodPair> &pairs() const { return m_pairs; }

    // Scores of one pair with the given weights; nullopt (and issues) on failure.
    std::optional<Eigen::VectorXd> scores(int pair, std::span<const double> w, IssueList *issues) const
    {
        const MethodPair &p = m_pairs[size_t(pair)];
        const Eigen::MatrixXd &y = m_matrices[size_t(p.matrix)];
        IssueList found;
        std::optional<Eigen::VectorXd> out;
        switch (p.aggregation) {
        case AggregationMethod::Arithmetic: {
            ScoreResult r = weightedArithmeticMean(y, w);
            found = r.issues;
            if (r.ok())
                out = std::move(r.scores);
            break;
        }
        case AggregationMethod::Geometric: {
            ScoreResult r = weightedGeometricMean(y, w, {ZeroHandling::Shift, m_options.geometricShift});
            found = r.issues;
            if (r.ok())
                out = std::move(r.scores);
            break;
        }
        case AggregationMethod::Topsis: {
            TopsisResult r = topsis(y, m_benefit, w);
            found = r.issues;
            if (r.ok())
                out = std::move(r.closeness);
            break;
        }
        }
        if (issues)
            *issues = found;
        return out;
    }

    // Draw d: pair index and perturbed weights from the draw's own stream. Returns false when
    // every Gamma variate underflowed (w' = w then).
    bool sample(qint64 d, std::span<const double> nominal, int &pair, Eigen::VectorXd &w) const
    {
        std::mt19937_64 engine(Permutation::streamSeed(m_options.seed, quint64(d)));
        pair = int(Permutation::uniformIndex(engine, quint64(m_pairs.size())));
        const Eigen::Index m = Eigen::Index(nominal.size());
        w.resize(m);
        switch (m_options.weightPerturbation) {
        case WeightPerturbation::None:
            for (Eigen::Index j = 0; j < m; ++j)
                w(j) = nominal[size_t(j)];
            return true;
        case WeightPerturbation::Dirichlet:
            for (Eigen::Index j = 0; j < m; ++j) {
                const double alpha = m_options.concentration * nominal[size_t(j)];
                if (alpha > 0.0) {
                    std::gamma_distribution<double> gamma(alpha, 1.0);
                    w(j) = gamma(engine);
                } else {
                    w(j) = 0.0;
                }
            }
            break;
        case WeightPerturbation::Uniform:
            for (Eigen::Index j = 0; j < m; ++j) {
                const double u = uniform01(engine);
                w(j) = nominal[size_t(j)] * (1.0 + m_options.relativeRange * (2.0 * u - 1.0));
            }
            break;
        }
        const double sum = w.sum();
        if (!(sum > 0.0)) {
            for (Eigen::Index j = 0; j < m; ++j)
                w(j) = nominal[size_t(j)];
            return false;
        }
        w /= sum;
        return true;
    }

private:
    std::vector<MethodPair> m_pairs;
    std::vector<Eigen::MatrixXd> m_matrices;
    const UncertaintyOptions &m_options;
    std::vector<Direction> m_benefit;
};

IssueList checkOptions(const UncertaintyOptions &options, qint64 units)
{
    IssueList issues;
    if (options.draws < 1 || options.draws > 1'000'000) {
        issues.append(Issue::error(
            UncertaintyTr::tr("The number of Monte Carlo draws (%1) must be from 1 to 1000000.").arg(options.draws)));
    } else if (qint64(options.draws) * units > MaxStoredCells) {
        issues.append(Issue::error(UncertaintyTr::tr("%1 draws × %2 units exceed the %3 ranks that are kept; use "
                                                     "fewer draws.")
                                       .arg(options.draws)
                                       .arg(units)
                                       .arg(MaxStoredCells)));
    }
    if (options.threadCount < 0) {
        issues.append(Issue::error(
            UncertaintyTr::tr("The thread count (%1) must be 0 (automatic) or positive.").arg(options.threadCount)));
    }
    if (options.weightPerturbation == WeightPerturbation::Dirichlet
        && !(std::isfinite(options.concentration) && options.concentration > 0.0)) {
        issues.append(Issue::error(UncertaintyTr::tr("The Dirichlet concentration κ (%1) must be a positive number.")
                                       .arg(options.concentration)));
    }
    if (options.weightPerturbation == WeightPerturbation::Uniform
        && !(options.relativeRange >= 0.0 && options.relativeRange < 1.0)) {
        issues.append(Issue::error(UncertaintyTr::tr("The relative weight range (%1) must be at least 0 and below 1 "
                                                     "(0.2 means ±20 %).")
                                       .arg(options.relativeRange)));
    }
    if (options.aggregations.contains(AggregationMethod::Geometric)
        && !(std::isfinite(options.geometricShift) && options.geometricShift > 0.0)) {
        issues.append(Issue::error(UncertaintyTr::tr("The shift ε of the geometric mean (%1) must be a positive number.")
                                       .arg(options.geometricShift)));
    }
    if (options.normalisations.isEmpty() || options.aggregations.isEmpty()) {
        issues.append(Issue::error(UncertaintyTr::tr("At least one normalisation method and one aggregation method are "
                                                     "needed.")));
    }
    return issues;
}

} // namespace

double percentileType7(std::span<const double> sorted, double p)
{
    const std::size_t count = sorted.size();
    if (count == 1)
        return sorted[0];
    const double h = double(count - 1) * p;
    const std::size_t lo = std::min(std::size_t(std::floor(h)), count - 1);
    const std::size_t hi = std::min(lo + 1, count - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

UncertaintyResult analyseUncertainty(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                                     std::span<const double> weights, const UncertaintyOptions &options,
                                     const EvaluationLabels &labels, Feedback *feedback)
{
    UncertaintyResult result;
    result.draws = options.draws;
    result.seed = options.seed;
    result.issues = checkIndicatorMatrix(x, directions, labels, 2);
    if (!hasErrors(result.issues))
        result.issues += checkWeights(weights, x.cols(), labels);
    result.issues += checkOptions(options, x.rows());
    if (hasErrors(result.issues))
        return result;

    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();

    // Distinct methods in list order, and the valid pairs.
    QList<NormalisationMethod> normalisations;
    for (NormalisationMethod method : options.normalisations)
        if (!normalisations.contains(method))
            normalisations.append(method);
    QList<AggregationMethod> aggregations;
    for (AggregationMethod method : options.aggregations)
        if (!aggregations.contains(method))
            aggregations.append(method);

    std::vector<MethodPair> pairs;
    std::vector<Eigen::MatrixXd> matrices;
    for (NormalisationMethod method : normalisations) {
        bool used = false;
        for (AggregationMethod aggregation : aggregations) {
            if (method == NormalisationMethod::ZScore && aggregation == AggregationMethod::Geometric) {
                result.issues.append(Issue::warning(UncertaintyTr::tr("z-score normalisation is not combined with the "
                                                                      "geometric mean (z-scores are negative); that "
                                                                      "pair is left out of the draws.")));
                continue;
            }
            pairs.push_back({method, aggregation, int(matrices.size())});
            used = true;
        }
        if (!used)
            continue;
        NormalisationOptions normOptions;
        normOptions.method = method;
        normOptions.rankScale = options.rankScale;
        normOptions.targets = options.targets;
        NormalisationResult norm = normalise(x, directions, normOptions, labels);
        if (!norm.ok()) {
            result.issues.append(Issue::error(UncertaintyTr::tr("%1 normalisation fails on this matrix; see the "
                                                                "following problems.")
                                                  .arg(normalisationMethodName(method))));
        }
        result.issues += norm.issues;
        matrices.push_back(std::move(norm.values));
    }
    if (pairs.empty()) {
        result.issues.append(Issue::error(UncertaintyTr::tr("No valid pair of normalisation and aggregation methods "
                                                             "remains.")));
    }
    if (hasErrors(result.issues))
        return result;

    const DrawEvaluator evaluator(std::move(pairs), std::move(matrices), options);

    // Every pair must work with the nominal weights; the first one gives the nominal result.
    for (int p = 0; p < int(evaluator.pairs().size()); ++p) {
        IssueList pairIssues;
        std::optional<Eigen::VectorXd> s = evaluator.scores(p, weights, &pairIssues);
        if (!s) {
            result.issues.append(Issue::error(UncertaintyTr::tr("The %1 fails with the nominal weights; see the "
                                                                "following problems.")
                                                  .arg(pairName(evaluator.pairs()[size_t(p)]))));
        }
        result.issues += pairIssues;
        if (p == 0 && s) {
            result.nominalNormalisation = evaluator.pairs()[0].normalisation;
            result.nominalAggregation = evaluator.pairs()[0].aggregation;
            result.nominalRanks = rankValues(asSpan(*s), RankOrder::HighestFirst, options.ties);
            result.nominalScores = std::move(*s);
        }
    }
    if (hasErrors(result.issues)) {
        result.nominalScores = {};
        result.nominalRanks = {};
        return result;
    }

    // Monte Carlo draws, one generator stream per draw.
    const int draws = options.draws;
    Eigen::MatrixXd ranks(draws, n);
    Eigen::MatrixXd scores(draws, n);
    Eigen::MatrixXd drawWeights(draws, m);
    std::vector<int> drawPair(size_t(draws), 0);
    std::vector<char> failed(size_t(draws), 0);
    std::atomic<int> underflows{0};

    auto runDraw = [&](int d) {
        int pair = 0;
        Eigen::VectorXd w;
        if (!evaluator.sample(d, weights, pair, w))
            underflows.fetch_add(1, std::memory_order_relaxed);
        drawPair[size_t(d)] = pair;
        drawWeights.row(d) = w.transpose();
        std::optional<Eigen::VectorXd> s = evaluator.scores(pair, asSpan(w), nullptr);
        if (!s) {
            failed[size_t(d)] = 1;
            ranks.row(d).setZero();
            scores.row(d).setZero();
            return;
        }
        ranks.row(d) = rankValues(asSpan(*s), RankOrder::HighestFirst, options.ties).transpose();
        scores.row(d) = s->transpose();
    };
    auto task = [&](int chunk) {
        const int end = std::min(draws, (chunk + 1) * DrawsPerChunk);
        for (int d = chunk * DrawsPerChunk; d < end; ++d)
            runDraw(d);
    };
    const int chunkCount = (draws + DrawsPerChunk - 1) / DrawsPerChunk;
    if (!Permutation::runChunks(chunkCount, options.threadCount, feedback, task)) {
        result.cancelled = true;
        result.issues.append(Issue::warning(UncertaintyTr::tr("The uncertainty analysis was cancelled; only the "
                                                              "nominal scores and ranks are available.")));
        return result;
    }

    const auto firstFailed = std::find(failed.cbegin(), failed.cend(), char(1));
    if (firstFailed != failed.cend()) {
        // Repeat the first failing draw (deterministic) to report why it failed.
        const int d = int(firstFailed - failed.cbegin());
        const Eigen::VectorXd w = drawWeights.row(d).transpose();
        IssueList drawIssues;
        evaluator.scores(drawPair[size_t(d)], asSpan(w), &drawIssues);
        result.issues.append(Issue::error(UncertaintyTr::tr("Draw %1 (%2) failed with its perturbed weights; "
                                                            "%n draw(s) failed in all. See the following problems.",
                                                            nullptr, int(std::count(failed.cbegin(), failed.cend(), 1)))
                                              .arg(d)
                                              .arg(pairName(evaluator.pairs()[size_t(drawPair[size_t(d)])]))));
        result.issues += drawIssues;
        return result;
    }
    if (underflows.load() > 0) {
        result.issues.append(Issue::warning(UncertaintyTr::tr("In %n draw(s) every Gamma variate was 0; those draws "
                                                               "kept the nominal weights.",
                                                               nullptr, underflows.load())));
    }

    // Summaries per unit, in a fixed order (independent of the thread count).
    result.medianRank.resize(n);
    result.lowerRank.resize(n);
    result.upperRank.resize(n);
    std::vector<double> column(static_cast<size_t>(draws));
    for (Eigen::Index i = 0; i < n; ++i) {
        for (int d = 0; d < draws; ++d)
            column[size_t(d)] = ranks(d, i);
        std::sort(column.begin(), column.end());
        result.medianRank(i) = percentileType7(column, 0.5);
        result.lowerRank(i) = percentileType7(column, 0.05);
        result.upperRank(i) = percentileType7(column, 0.95);
    }
    result.meanScore = scores.colwise().mean().transpose();
    result.drawNormalisations.reserve(draws);
    result.drawAggregations.reserve(draws);
    for (int d = 0; d < draws; ++d) {
        const MethodPair &pair = evaluator.pairs()[size_t(drawPair[size_t(d)])];
        result.drawNormalisations.append(pair.normalisation);
        result.drawAggregations.append(pair.aggregation);
    }
    result.ranks = std::move(ranks);
    result.scores = std::move(scores);
    result.drawWeights = std::move(drawWeights);
    return result;
}

} // namespace CityAtlas
