#include "analysis/evaluation/weighting.h"

#include "analysis/evaluation/normalisation.h"

#include <Eigen/Eigenvalues>
#include <Eigen/SVD>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <vector>

namespace CityAtlas {

namespace {

struct WeightingTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Weighting)
};

constexpr int VarimaxMaxIterations = 5000;
constexpr double VarimaxTolerance = 1e-13;

// Min–max normalised matrix by direction, or the errors of normalise().
NormalisationResult minMax(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                           const EvaluationLabels &labels, Eigen::Index minUnits, const QString &method)
{
    NormalisationResult norm;
    norm.issues = checkIndicatorMatrix(x, directions, labels, minUnits);
    if (hasErrors(norm.issues))
        return norm;
    norm = normalise(x, directions, {}, labels);
    if (!norm.ok()) {
        norm.issues.prepend(Issue::error(
            WeightingTr::tr("%1 weights need every indicator min–max normalised; see the following problems.").arg(method)));
    }
    return norm;
}

// Orients a vector so that its components sum to a non-negative value (ties broken by the
// component of largest magnitude), which makes signs reproducible across eigen solvers.
void orient(Eigen::Ref<Eigen::VectorXd> v)
{
    const double sum = v.sum();
    if (sum < -1e-12 * v.cwiseAbs().sum()) {
        v = -v;
    } else if (std::abs(sum) <= 1e-12 * v.cwiseAbs().sum()) {
        Eigen::Index k = 0;
        v.cwiseAbs().maxCoeff(&k);
        if (v(k) < 0.0)
            v = -v;
    }
}

// Varimax with Kaiser normalisation (see weighting.h step 4). Returns the rotated loadings
// and the number of iterations, or -1 in `iterations` when not converged.
Eigen::MatrixXd varimax(const Eigen::MatrixXd &loadings, int &iterations)
{
    const Eigen::Index p = loadings.rows();
    const Eigen::Index k = loadings.cols();
    Eigen::VectorXd h = loadings.rowwise().norm();
    for (Eigen::Index i = 0; i < p; ++i)
        if (h(i) == 0.0)
            h(i) = 1.0; // an indicator without loadings stays 0
    const Eigen::MatrixXd a = h.asDiagonal().inverse() * loadings;

    Eigen::MatrixXd t = Eigen::MatrixXd::Identity(k, k);
    iterations = -1;
    for (int it = 1; it <= VarimaxMaxIterations; ++it) {
        const Eigen::MatrixXd z = a * t;
        const Eigen::RowVectorXd colSq = z.array().square().colwise().sum();
        const Eigen::MatrixXd target = z.array().cube().matrix() - z * colSq.asDiagonal() / double(p);
        const Eigen::MatrixXd b = a.transpose() * target;
        Eigen::JacobiSVD<Eigen::MatrixXd> svd(b, Eigen::ComputeFullU | Eigen::ComputeFullV);
        const Eigen::MatrixXd next = svd.matrixU() * svd.matrixV().transpose();
        const double change = (next - t).cwiseAbs().maxCoeff();
        t = next;
        if (change < VarimaxTolerance) {
            iterations = it;
            break;
        }
    }
    return h.asDiagonal() * (a * t);
}

} // namespace

WeightResult equalWeights(Eigen::Index indicatorCount)
{
    WeightResult result;
    if (indicatorCount < 1) {
        result.issues.append(Issue::error(
            WeightingTr::tr("Equal weights need at least 1 indicator; %1 were given.").arg(indicatorCount)));
        return result;
    }
    result.weights = Eigen::VectorXd::Constant(indicatorCount, 1.0 / double(indicatorCount));
    return result;
}

WeightResult normaliseWeights(std::span<const double> scores, const EvaluationLabels &labels)
{
    WeightResult result;
    if (scores.empty()) {
        result.issues.append(Issue::error(WeightingTr::tr("No importance scores were given.")));
        return result;
    }
    double sum = 0.0;
    for (std::size_t j = 0; j < scores.size(); ++j) {
        if (!std::isfinite(scores[j]) || scores[j] < 0.0) {
            Issue issue = Issue::error(WeightingTr::tr("The importance score of %1 is %2; scores must be finite and "
                                                       "non-negative.")
                                           .arg(labels.indicatorName(qsizetype(j)))
                                           .arg(scores[j]));
            issue.field = labels.fieldName(qsizetype(j));
            result.issues.append(issue);
        }
        sum += scores[j];
    }
    if (hasErrors(result.issues))
        return result;
    if (!(sum > 0.0)) {
        result.issues.append(Issue::error(WeightingTr::tr("All %1 importance scores are 0; at least one must be positive.")
                                              .arg(scores.size())));
        return result;
    }
    result.weights = Eigen::Map<const Eigen::VectorXd>(scores.data(), Eigen::Index(scores.size())) / sum;
    return result;
}

EntropyWeights entropyWeights(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                              const EvaluationLabels &labels)
{
    EntropyWeights result;
    NormalisationResult norm = minMax(x, directions, labels, 2, WeightingTr::tr("Entropy"));
    result.issues = norm.issues;
    if (!norm.ok())
        return result;

    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();
    const double k = 1.0 / std::log(double(n));
    result.entropy.resize(m);
    for (Eigen::Index j = 0; j < m; ++j) {
        const double total = norm.values.col(j).sum(); // >= 1: the column holds a 1
        double sum = 0.0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double p = norm.values(i, j) / total;
            if (p > 0.0)
                sum += p * std::log(p); // 0 · ln 0 = 0
        }
        result.entropy(j) = -k * sum;
    }
    result.divergence = (1.0 - result.entropy.array()).matrix();
    result.weights = result.divergence / result.divergence.sum();
    return result;
}

CriticWeights criticWeights(const Eigen::MatrixXd &x, std::span<const Direction> directions,
                            const EvaluationLabels &labels)
{
    CriticWeights result;
    if (x.cols() == 1) {
        result.issues.append(Issue::error(
            WeightingTr::tr("CRITIC weights need at least 2 indicators (the method weighs their conflict).")));
        return result;
    }
    NormalisationResult norm = minMax(x, directions, labels, 3, WeightingTr::tr("CRITIC"));
    result.issues = norm.issues;
    if (!norm.ok())
        return result;

    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();
    const Eigen::MatrixXd centred = norm.values.rowwise() - norm.values.colwise().mean();
    const Eigen::VectorXd norms = centred.colwise().norm().transpose(); // > 0: min–max columns span [0, 1]
    result.standardDeviation = norms / std::sqrt(double(n - 1));
    result.correlation = (centred.transpose() * centred).array() / (norms * norms.transpose()).array();
    result.correlation = result.correlation.cwiseMax(-1.0).cwiseMin(1.0);
    result.correlation.diagonal().setOnes();
    result.conflict = (1.0 - result.correlation.array()).colwise().sum().transpose();
    result.information = (result.standardDeviation.array() * result.conflict.array()).matrix();
    const double total = result.information.sum();
    // Every r_jk = 1 gives C = 0 up to rounding: compare with the largest possible total,
    // Σ_j σ_j · 2(m − 1).
    if (!(total > 1e-12 * result.standardDeviation.sum() * double(2 * (m - 1)))) {
        result.issues.append(Issue::error(WeightingTr::tr("CRITIC weights are undefined: after orientation all %1 "
                                                          "indicators are perfectly correlated (r = 1), so none "
                                                          "carries conflicting information.")
                                              .arg(m)));
        return result;
    }
    result.weights = result.information / total;
    return result;
}

PcaWeights pcaWeights(const Eigen::MatrixXd &x, const PcaWeightOptions &options, const EvaluationLabels &labels)
{
    PcaWeights result;
    result.issues = checkIndicatorMatrix(x, {}, labels, 3, false);
    const Eigen::Index n = x.rows();
    const Eigen::Index m = x.cols();
    if (m == 1)
        result.issues.append(Issue::error(WeightingTr::tr("PCA weights need at least 2 indicators.")));
    if (options.retention == ComponentRetention::CumulativeVariance
        && !(options.cumulativeVariance > 0.0 && options.cumulativeVariance <= 1.0)) {
        result.issues.append(Issue::error(WeightingTr::tr("The cumulative variance to reach (%1) must be a fraction "
                                                          "greater than 0 and at most 1.")
                                              .arg(options.cumulativeVariance)));
    }
    if (options.retention == ComponentRetention::FixedCount
        && (options.componentCount < 1 || options.componentCount > m)) {
        result.issues.append(Issue::error(WeightingTr::tr("The number of components to keep (%1) must be from 1 to "
                                                          "the number of indicators (%2).")
                                              .arg(options.componentCount)
                                              .arg(m)));
    }
    if (hasErrors(result.issues))
        return result;

    // 1. Standardise (population sd).
    const Eigen::RowVectorXd mean = x.colwise().mean();
    Eigen::MatrixXd z = x.rowwise() - mean;
    for (Eigen::Index j = 0; j < m; ++j) {
        const double sd = std::sqrt(z.col(j).squaredNorm() / double(n));
        if (!(sd > 0.0)) {
            Issue issue = Issue::error(WeightingTr::tr("%1 has the same value (%2) for all %3 units: it cannot be "
                                                       "standardised, so PCA weights are undefined. Remove it.")
                                           .arg(labels.indicatorName(j))
                                           .arg(x(0, j))
                                           .arg(n));
            issue.field = labels.fieldName(j);
            result.issues.append(issue);
            continue;
        }
        z.col(j) /= sd;
    }
    if (hasErrors(result.issues))
        return result;
    if (n <= m) {
        result.issues.append(Issue::warning(WeightingTr::tr("PCA on %1 units and %2 indicators: with no more units "
                                                            "than indicators the correlation matrix is singular and "
                                                            "the weights are unstable.")
                                                .arg(n)
                                                .arg(m)));
    }

    // 2. Correlation matrix and its eigen-decomposition, descending.
    result.correlation = z.transpose() * z / double(n);
    result.correlation.diagonal().setOnes();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(result.correlation);
    if (solver.info() != Eigen::Success) {
        result.issues.append(Issue::error(WeightingTr::tr("The eigen-decomposition of the correlation matrix did not "
                                                          "converge.")));
        return result;
    }
    result.eigenvalues = solver.eigenvalues().reverse();
    result.eigenvectors = solver.eigenvectors().rowwise().reverse();
    for (Eigen::Index f = 0; f < m; ++f)
        orient(result.eigenvectors.col(f));

    // 3. Retention.
    int k = 0;
    switch (options.retention) {
    case ComponentRetention::EigenvalueAboveOne:
        while (k < m && result.eigenvalues(k) > 1.0 + 1e-12)
            ++k;
        if (k == 0) {
            k = 1;
            result.issues.append(Issue::warning(WeightingTr::tr("No eigenvalue of the correlation matrix exceeds 1 "
                                                                "(largest %1): the indicators are nearly "
                                                                "uncorrelated; the first component is kept.")
                                                    .arg(result.eigenvalues(0))));
        }
        break;
    case ComponentRetention::CumulativeVariance: {
        double cumulative = 0.0;
        while (k < m) {
            cumulative += result.eigenvalues(k) / double(m);
            ++k;
            if (cumulative >= options.cumulativeVariance - 1e-12)
                break;
        }
        break;
    }
    case ComponentRetention::FixedCount:
        k = options.componentCount;
        break;
    }
    result.retainedComponents = k;
    Eigen::MatrixXd loadings = result.eigenvectors.leftCols(k);
    for (int f = 0; f < k; ++f)
        loadings.col(f) *= std::sqrt(std::max(result.eigenvalues(f), 0.0));

    // 4. Varimax, then order by explained variance and orient.
    if (options.varimax && k >= 2) {
        int iterations = 0;
        loadings = varimax(loadings, iterations);
        if (iterations < 0) {
            result.varimaxIterations = VarimaxMaxIterations;
            result.issues.append(Issue::warning(WeightingTr::tr("The varimax rotation did not converge in %1 "
                                                                "iterations; the loadings are approximate.")
                                                    .arg(VarimaxMaxIterations)));
        } else {
            result.varimaxIterations = iterations;
        }
        const Eigen::VectorXd variance = loadings.array().square().colwise().sum().transpose();
        std::vector<int> order(static_cast<size_t>(k));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return variance(a) > variance(b); });
        Eigen::MatrixXd sorted(m, k);
        for (int f = 0; f < k; ++f)
            sorted.col(f) = loadings.col(order[size_t(f)]);
        loadings = std::move(sorted);
        for (int f = 0; f < k; ++f)
            orient(loadings.col(f));
    }
    result.loadings = loadings;

    // 5.–7. Explained variance, scaled squared loadings, assignment, weights.
    const Eigen::MatrixXd squared = loadings.array().square();
    result.explainedVariance = squared.colwise().sum().transpose();
    const double totalVariance = result.explainedVariance.sum();
    result.scaledSquaredLoadings = squared * result.explainedVariance.cwiseInverse().asDiagonal();
    Eigen::VectorXd u(m);
    result.factorOfIndicator.resize(m);
    for (Eigen::Index i = 0; i < m; ++i) {
        Eigen::Index f = 0;
        squared.row(i).maxCoeff(&f); // first maximum on ties
        result.factorOfIndicator[i] = int(f);
        u(i) = result.scaledSquaredLoadings(i, f) * result.explainedVariance(f) / totalVariance;
        if (squared(i, f) == 0.0) {
            Issue issue = Issue::warning(WeightingTr::tr("%1 has no loading on the %2 retained component(s): its PCA "
                                                         "weight is 0.")
                                             .arg(labels.indicatorName(i))
                                             .arg(k));
            issue.field = labels.fieldName(i);
            result.issues.append(issue);
        }
    }
    result.weights = u / u.sum();
    return result;
}

std::optional<double> saatyRandomIndex(int m)
{
    // Saaty (1980), random consistency index for matrices of order 1..15.
    static constexpr std::array<double, 15> Ri = {0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                                  1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (m < 1 || m > int(Ri.size()))
        return std::nullopt;
    return Ri[size_t(m - 1)];
}

AhpWeights ahpWeights(const Eigen::MatrixXd &a, const AhpOptions &options, const EvaluationLabels &labels)
{
    AhpWeights result;
    const Eigen::Index m = a.rows();
    if (m == 0 || a.cols() != m) {
        result.issues.append(Issue::error(WeightingTr::tr("An AHP pairwise comparison matrix must be square and not "
                                                          "empty; it is %1 × %2.")
                                              .arg(a.rows())
                                              .arg(a.cols())));
        return result;
    }
    if (!labels.indicators.isEmpty() && labels.indicators.size() != m) {
        result.issues.append(Issue::error(WeightingTr::tr("%1 indicator name(s) were given for a %2 × %2 comparison "
                                                          "matrix.")
                                              .arg(labels.indicators.size())
                                              .arg(m)));
        return result;
    }
    auto cellIssue = [&](Eigen::Index i, Eigen::Index j, const QString &message) {
        if (result.issues.size() < MaxListedIssues) {
            Issue issue = Issue::error(message);
            issue.row = i;
            issue.field = labels.fieldName(j);
            result.issues.append(issue);
        }
    };
    for (Eigen::Index i = 0; i < m; ++i) {
        for (Eigen::Index j = 0; j < m; ++j) {
            const double v = a(i, j);
            if (!std::isfinite(v) || v <= 0.0) {
                cellIssue(i, j, WeightingTr::tr("Comparison of %1 with %2 is %3; every entry must be a positive number.")
                                    .arg(labels.indicatorName(i), labels.indicatorName(j))
                                    .arg(v));
            } else if (i == j && std::abs(v - 1.0) > options.diagonalTolerance) {
                cellIssue(i, j, WeightingTr::tr("The diagonal entry of %1 is %2; an indicator compared with itself "
                                                "must be 1.")
                                    .arg(labels.indicatorName(i))
                                    .arg(v));
            } else if (i < j && std::isfinite(a(j, i)) && a(j, i) > 0.0
                       && std::abs(v * a(j, i) - 1.0) > options.reciprocalTolerance) {
                cellIssue(i, j, WeightingTr::tr("The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be "
                                                "1/%3 = %4, but it is %5.")
                                    .arg(labels.indicatorName(i), labels.indicatorName(j))
                                    .arg(v)
                                    .arg(1.0 / v)
                                    .arg(a(j, i)));
            }
        }
    }
    if (hasErrors(result.issues))
        return result;

    if (m == 1) {
        result.weights = Eigen::VectorXd::Ones(1);
        result.lambdaMax = 1.0;
        result.randomIndex = 0.0;
        result.consistencyRatio = 0.0;
        return result;
    }
    Eigen::EigenSolver<Eigen::MatrixXd> solver(a);
    if (solver.info() != Eigen::Success) {
        result.issues.append(Issue::error(WeightingTr::tr("The eigen-decomposition of the comparison matrix did not "
                                                          "converge.")));
        return result;
    }
    Eigen::Index k = 0;
    solver.eigenvalues().real().maxCoeff(&k);
    const std::complex<double> lambda = solver.eigenvalues()(k);
    Eigen::VectorXd v = solver.eigenvectors().col(k).real();
    v /= v.sum();
    // Perron–Frobenius: for a positive matrix the principal eigenvalue is real and simple and
    // its eigenvector can be taken positive.
    if (std::abs(lambda.imag()) > 1e-9 * std::abs(lambda.real()) || (v.array() <= 0.0).any()) {
        result.issues.append(Issue::error(WeightingTr::tr("The principal eigenvector of the comparison matrix is not "
                                                          "positive; the matrix is not a valid AHP matrix.")));
        return result;
    }
    result.weights = v;
    result.lambdaMax = lambda.real();
    if (m <= 2) {
        // Every reciprocal 2 × 2 matrix is consistent (λ_max = 2 exactly).
        result.consistencyIndex = 0.0;
        result.randomIndex = 0.0;
        result.consistencyRatio = 0.0;
        return result;
    }
    result.consistencyIndex = (result.lambdaMax - double(m)) / double(m - 1);
    result.randomIndex = saatyRandomIndex(int(m));
    if (!result.randomIndex) {
        result.issues.append(Issue::warning(WeightingTr::tr("Saaty's random index is tabulated only up to 15 "
                                                            "criteria; with %1 the consistency ratio is not "
                                                            "computed (CI = %2).")
                                                .arg(m)
                                                .arg(result.consistencyIndex)));
        return result;
    }
    result.consistencyRatio = result.consistencyIndex / *result.randomIndex;
    if (*result.consistencyRatio >= 0.1) {
        result.issues.append(Issue::warning(WeightingTr::tr("The pairwise comparisons are inconsistent: consistency "
                                                            "ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. "
                                                            "Revise the judgements.")
                                                .arg(*result.consistencyRatio, 0, 'f', 3)
                                                .arg(result.consistencyIndex, 0, 'f', 4)
                                                .arg(*result.randomIndex, 0, 'f', 2)));
    }
    return result;
}

} // namespace CityAtlas
