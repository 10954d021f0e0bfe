#include "analysis/spatialweights.h"

#include "analysis/parallel.h"
#include "analysis/spherepointindex.h"
#include "analysis/weightsformat.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

constexpr int MaxDetailedIssues = 10; // per kind of problem; then one summary issue

// Runs rowTask(i) for every row, in blocks over the cores; each row writes only its own output.
void forEachRowInParallel(int n, const std::function<void(int)> &rowTask)
{
    Parallel::forEachBlock(n, 1024, [&rowTask](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i)
            rowTask(int(i));
    });
}

Issue errorAt(const QString &message, qint64 row)
{
    Issue issue = Issue::error(message);
    issue.row = row;
    return issue;
}

Issue infoAt(const QString &message, qint64 row)
{
    Issue issue;
    issue.severity = Issue::Severity::Info;
    issue.message = message;
    issue.row = row;
    return issue;
}

// Collects per-unit problems of one kind, keeps the first few, then summarises the rest.
class IssueCollector
{
public:
    explicit IssueCollector(IssueList *issues) : m_issues(issues) {}
    void add(Issue issue)
    {
        if (m_count++ < MaxDetailedIssues)
            m_issues->append(std::move(issue));
    }
    void finish(const QString &summaryTemplate)
    {
        if (m_count > MaxDetailedIssues)
            m_issues->append(Issue::error(summaryTemplate.arg(m_count - MaxDetailedIssues)));
        m_count = 0;
    }

private:
    IssueList *m_issues;
    int m_count = 0;
};

bool hasWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

IssueList validatePoints(std::span<const LonLat> points)
{
    IssueList issues;
    IssueCollector collector(&issues);
    for (size_t i = 0; i < points.size(); ++i) {
        const LonLat p = points[i];
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || std::abs(p.lat) > 90.0
            || std::abs(p.lon) > 180.0) {
            collector.add(errorAt(SpatialWeights::tr("Point at row %1: (%2, %3) is not a valid "
                                                     "longitude/latitude in degrees "
                                                     "(|lon| <= 180, |lat| <= 90).")
                                      .arg(i)
                                      .arg(p.lon)
                                      .arg(p.lat),
                                  qint64(i)));
        }
    }
    collector.finish(SpatialWeights::tr("%1 more points have invalid coordinates."));
    return issues;
}

QString idList(const QStringList &ids, const QList<int> &rows, int limit = 10)
{
    QStringList shown;
    for (int i = 0; i < rows.size() && i < limit; ++i)
        shown.append(u"'%1'"_s.arg(ids.value(rows[i])));
    QString text = shown.join(u", "_s);
    if (rows.size() > limit)
        text += SpatialWeights::tr(" and %1 more").arg(rows.size() - limit);
    return text;
}

} // namespace

double greatCircleDistanceKm(LonLat a, LonLat b)
{
    constexpr double toRad = std::numbers::pi / 180.0;
    const double phi1 = a.lat * toRad;
    const double phi2 = b.lat * toRad;
    const double sinDPhi = std::sin((phi2 - phi1) / 2.0);
    const double sinDLambda = std::sin((b.lon - a.lon) * toRad / 2.0);
    const double h = sinDPhi * sinDPhi + std::cos(phi1) * std::cos(phi2) * sinDLambda * sinDLambda;
    return 2.0 * EarthMeanRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Eigen::MatrixXd greatCircleDistanceMatrix(std::span<const LonLat> points)
{
    const Eigen::Index n = Eigen::Index(points.size());
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i + 1; j < n; ++j)
            d(i, j) = d(j, i) = greatCircleDistanceKm(points[size_t(i)], points[size_t(j)]);
    return d;
}

// ---------------------------------------------------------------------------------------------
// Construction

SpatialWeights SpatialWeights::withoutLinks(QStringList ids)
{
    SpatialWeights w;
    w.m_offsets.assign(size_t(ids.size()) + 1, 0);
    w.m_ids = std::move(ids);
    return w;
}

bool SpatialWeights::checkIds(QStringList &ids, int n, IssueList &issues)
{
    if (ids.isEmpty()) {
        ids = WeightsFormat::recordNumberIds(n);
        return true;
    }
    if (ids.size() != n) {
        issues.append(Issue::error(tr("%1 unit ids were given for %2 units; expected one id "
                                      "per unit.")
                                       .arg(ids.size())
                                       .arg(n)));
        return false;
    }
    IssueList found;
    {
        IssueCollector collector(&found);
        QSet<QString> seen;
        seen.reserve(n);
        for (int i = 0; i < n; ++i) {
            const QString &id = ids[i];
            if (id.isEmpty() || hasWhitespace(id)) {
                collector.add(errorAt(tr("Unit at row %1: id '%2' is empty or contains whitespace; "
                                         "ids must be single tokens as in GeoDa weights files.")
                                          .arg(i)
                                          .arg(id),
                                      i));
            } else if (seen.contains(id)) {
                collector.add(errorAt(tr("Unit at row %1: id '%2' is used by more than one unit; "
                                         "ids must be unique.")
                                          .arg(i)
                                          .arg(id),
                                      i));
            }
            seen.insert(id);
        }
        collector.finish(tr("%1 more units have invalid ids."));
    }
    issues += found;
    return !hasErrors(found);
}

WeightsResult SpatialWeights::fromLinkedPairs(int unitCount, std::span<const std::pair<int, int>> pairs,
                                              QStringList ids)
{
    WeightsResult result;
    checkIds(ids, unitCount, result.issues);
    const int n = unitCount;
    IssueCollector collector(&result.issues);
    for (size_t k = 0; k < pairs.size(); ++k) {
        const auto [a, b] = pairs[k];
        if (a < 0 || b >= n || a >= b || (k > 0 && pairs[k - 1] >= pairs[k]))
            collector.add(Issue::error(tr("Linked pair %1 (%2, %3) is out of range, not ordered or repeated.")
                                           .arg(k).arg(a).arg(b)));
    }
    collector.finish(tr("%1 more problems in the neighbour lists."));
    if (hasErrors(result.issues))
        return result;

    // Row r gets the a's of pairs (a, r), then the b's of pairs (r, b): both come in ascending
    // order because the pairs are sorted.
    SpatialWeights w = withoutLinks(std::move(ids));
    for (const auto &[a, b] : pairs) {
        ++w.m_offsets[size_t(a) + 1];
        ++w.m_offsets[size_t(b) + 1];
    }
    std::partial_sum(w.m_offsets.begin(), w.m_offsets.end(), w.m_offsets.begin());
    w.m_neighbours.resize(size_t(w.m_offsets.back()));
    w.m_weights.assign(w.m_neighbours.size(), 1.0);
    std::vector<int> next(w.m_offsets.begin(), w.m_offsets.end() - 1);
    for (const auto &[a, b] : pairs) {
        w.m_neighbours[size_t(next[size_t(a)]++)] = b;
        w.m_neighbours[size_t(next[size_t(b)]++)] = a;
    }
    w.m_style = Style::Binary;
    result.weights = std::move(w);
    return result;
}

WeightsResult SpatialWeights::build(std::vector<std::vector<Link>> rows, QStringList ids,
                                    std::optional<Style> style)
{
    WeightsResult result;
    const int n = int(rows.size());
    if (!checkIds(ids, n, result.issues) && ids.size() != n)
        return result;

    IssueCollector collector(&result.issues);
    for (int i = 0; i < n; ++i) {
        auto &row = rows[size_t(i)];
        for (const Link &link : row) {
            if (link.neighbour < 0 || link.neighbour >= n) {
                collector.add(errorAt(tr("Unit '%1' (row %2): neighbour row %3 is outside 0..%4.")
                                          .arg(ids.value(i))
                                          .arg(i)
                                          .arg(link.neighbour)
                                          .arg(n - 1),
                                      i));
            } else if (link.neighbour == i) {
                collector.add(errorAt(tr("Unit '%1' (row %2) lists itself as a neighbour; "
                                         "self-links are not allowed.")
                                          .arg(ids.value(i))
                                          .arg(i),
                                      i));
            } else if (!std::isfinite(link.weight) || link.weight <= 0.0) {
                collector.add(errorAt(tr("Unit '%1' (row %2): the weight %3 of neighbour '%4' is "
                                         "not a finite positive number.")
                                          .arg(ids.value(i))
                                          .arg(i)
                                          .arg(link.weight)
                                          .arg(ids.value(link.neighbour)),
                                      i));
            }
        }
        std::sort(row.begin(), row.end(),
                  [](const Link &a, const Link &b) { return a.neighbour < b.neighbour; });
        for (size_t k = 1; k < row.size(); ++k) {
            if (row[k].neighbour == row[k - 1].neighbour && row[k].neighbour >= 0
                && row[k].neighbour < n) {
                collector.add(errorAt(tr("Unit '%1' (row %2) lists neighbour '%3' more than once.")
                                          .arg(ids.value(i))
                                          .arg(i)
                                          .arg(ids.value(row[k].neighbour)),
                                      i));
            }
        }
    }
    collector.finish(tr("%1 more problems in the neighbour lists."));
    if (hasErrors(result.issues))
        return result;

    SpatialWeights w = withoutLinks(std::move(ids));
    size_t links = 0;
    for (const auto &row : rows)
        links += row.size();
    w.m_neighbours.reserve(links);
    w.m_weights.reserve(links);
    for (int i = 0; i < n; ++i) {
        w.m_offsets[size_t(i) + 1] = w.m_offsets[size_t(i)] + int(rows[size_t(i)].size());
        for (const Link &link : rows[size_t(i)]) {
            w.m_neighbours.push_back(link.neighbour);
            w.m_weights.push_back(link.weight);
        }
    }
    if (style) {
        w.m_style = *style;
    } else if (std::all_of(w.m_weights.cbegin(), w.m_weights.cend(), [](double x) { return x == 1.0; })) {
        w.m_style = Style::Binary;
    } else if (w.isRowStandardised()) {
        w.m_style = Style::RowStandardised;
    } else {
        w.m_style = Style::General;
    }
    result.weights = std::move(w);
    return result;
}

WeightsResult SpatialWeights::fromNeighbourLists(const QList<QList<int>> &neighbours, const QStringList &ids)
{
    std::vector<std::vector<Link>> rows(size_t(neighbours.size()));
    for (qsizetype i = 0; i < neighbours.size(); ++i) {
        rows[size_t(i)].reserve(size_t(neighbours[i].size()));
        for (int j : neighbours[i])
            rows[size_t(i)].push_back({j, 1.0});
    }
    return build(std::move(rows), ids, Style::Binary);
}

WeightsResult SpatialWeights::fromLinks(const QList<QList<Link>> &links, const QStringList &ids)
{
    std::vector<std::vector<Link>> rows(size_t(links.size()));
    for (qsizetype i = 0; i < links.size(); ++i)
        rows[size_t(i)].assign(links[i].cbegin(), links[i].cend());
    return build(std::move(rows), ids, std::nullopt);
}

WeightsResult SpatialWeights::kNearest(std::span<const LonLat> points, int k, const QStringList &ids)
{
    WeightsResult result;
    const int n = int(points.size());
    if (k < 1 || k > n - 1) {
        result.issues.append(Issue::error(
            tr("k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).").arg(k).arg(n - 1).arg(n)));
        return result;
    }
    result.issues = validatePoints(points);
    if (hasErrors(result.issues))
        return result;

    const SpherePointIndex index(points);
    std::vector<std::vector<Link>> rows(static_cast<size_t>(n));
    forEachRowInParallel(n, [&](int i) {
        for (const auto &[distance, j] : index.nearest(i, k))
            rows[size_t(i)].push_back({j, 1.0});
    });
    WeightsResult built = build(std::move(rows), ids, Style::Binary);
    built.issues = result.issues + built.issues;
    return built;
}

WeightsResult SpatialWeights::distanceBand(std::span<const LonLat> points, double thresholdKm,
                                           const QStringList &ids)
{
    WeightsResult result;
    if (!std::isfinite(thresholdKm) || thresholdKm <= 0.0) {
        result.issues.append(Issue::error(
            tr("Distance band: the threshold %1 km is not a finite positive distance.").arg(thresholdKm)));
        return result;
    }
    result.issues = validatePoints(points);
    if (hasErrors(result.issues))
        return result;

    const int n = int(points.size());
    const SpherePointIndex index(points);
    std::vector<std::vector<Link>> rows(static_cast<size_t>(n));
    forEachRowInParallel(n, [&](int i) {
        for (int j : index.within(i, thresholdKm))
            rows[size_t(i)].push_back({j, 1.0});
    });
    WeightsResult built = build(std::move(rows), ids, Style::Binary);
    built.issues = result.issues + built.issues;
    if (built.weights && built.weights->hasIsolates()) {
        const QList<int> isolated = built.weights->isolates();
        built.issues.append(Issue::warning(
            tr("Distance band of %1 km leaves %2 units without neighbours: %3. Increase the "
               "threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.")
                .arg(thresholdKm)
                .arg(isolated.size())
                .arg(idList(built.weights->ids(), isolated))));
    }
    return built;
}

// ---------------------------------------------------------------------------------------------
// Access and derived weights

double SpatialWeights::weight(int from, int to) const
{
    if (from < 0 || from >= unitCount())
        return 0.0;
    const auto row = neighbours(from);
    const auto it = std::lower_bound(row.begin(), row.end(), to);
    if (it == row.end() || *it != to)
        return 0.0;
    return weights(from)[size_t(it - row.begin())];
}

double SpatialWeights::rowSum(int unit) const
{
    const auto w = weights(unit);
    return std::accumulate(w.begin(), w.end(), 0.0);
}

bool SpatialWeights::isSymmetric(double tolerance) const
{
    for (int i = 0; i < unitCount(); ++i) {
        const auto nb = neighbours(i);
        const auto w = weights(i);
        for (size_t t = 0; t < nb.size(); ++t) {
            const int j = nb[t];
            if (neighbourCount(j) == 0)
                return false;
            const auto back = neighbours(j);
            if (!std::binary_search(back.begin(), back.end(), i))
                return false;
            if (std::abs(weight(j, i) - w[t]) > tolerance * std::max(1.0, std::abs(w[t])))
                return false;
        }
    }
    return true;
}

bool SpatialWeights::isRowStandardised(double tolerance) const
{
    for (int i = 0; i < unitCount(); ++i)
        if (neighbourCount(i) > 0 && std::abs(rowSum(i) - 1.0) > tolerance)
            return false;
    return true;
}

SpatialWeights SpatialWeights::rowStandardised() const &
{
    return SpatialWeights(*this).rowStandardised();
}

SpatialWeights SpatialWeights::rowStandardised() &&
{
    for (int i = 0; i < unitCount(); ++i) {
        const double sum = rowSum(i);
        for (int t = m_offsets[size_t(i)]; t < m_offsets[size_t(i) + 1]; ++t)
            m_weights[size_t(t)] /= sum;
    }
    m_style = Style::RowStandardised;
    return std::move(*this);
}

SpatialWeights SpatialWeights::binarised() const
{
    SpatialWeights w = *this;
    std::fill(w.m_weights.begin(), w.m_weights.end(), 1.0);
    w.m_style = Style::Binary;
    return w;
}

SpatialWeights SpatialWeights::symmetrised() const
{
    const int n = unitCount();
    std::vector<std::vector<int>> rows(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j : neighbours(i)) {
            rows[size_t(i)].push_back(j);
            rows[size_t(j)].push_back(i);
        }
    SpatialWeights w;
    w.m_ids = m_ids;
    w.m_offsets.assign(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        auto &row = rows[size_t(i)];
        std::sort(row.begin(), row.end());
        row.erase(std::unique(row.begin(), row.end()), row.end());
        w.m_offsets[size_t(i) + 1] = w.m_offsets[size_t(i)] + int(row.size());
        w.m_neighbours.insert(w.m_neighbours.end(), row.begin(), row.end());
    }
    w.m_weights.assign(w.m_neighbours.size(), 1.0);
    w.m_style = Style::Binary;
    return w;
}

QList<int> SpatialWeights::isolates() const
{
    QList<int> result;
    for (int i = 0; i < unitCount(); ++i)
        if (neighbourCount(i) == 0)
            result.append(i);
    return result;
}

bool SpatialWeights::hasIsolates() const
{
    for (int i = 0; i < unitCount(); ++i)
        if (neighbourCount(i) == 0)
            return true;
    return false;
}

SpatialWeights::Sums SpatialWeights::sums() const
{
    Sums s;
    const int n = unitCount();
    std::vector<double> columnSums(size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        const auto nb = neighbours(i);
        const auto w = weights(i);
        for (size_t t = 0; t < nb.size(); ++t) {
            const int j = nb[t];
            s.s0 += w[t];
            columnSums[size_t(j)] += w[t];
            // The ordered pairs (i, j) and (j, i) both contribute (w_ij + w_ji)² to Σ Σ; halved.
            // When the reverse link exists it is visited too, so each visit adds a half.
            const double back = weight(j, i);
            if (back != 0.0)
                s.s1 += 0.5 * (w[t] + back) * (w[t] + back);
            else
                s.s1 += w[t] * w[t];
        }
    }
    for (int i = 0; i < n; ++i) {
        const double t = rowSum(i) + columnSums[size_t(i)];
        s.s2 += t * t;
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// Checks and isolate policies

IssueList SpatialWeights::checkValues(std::span<const double> values, const QString &field) const
{
    IssueList issues;
    const QString name = field.isEmpty() ? tr("the variable") : u"'%1'"_s.arg(field);
    if (qsizetype(values.size()) != m_ids.size()) {
        Issue issue = Issue::error(tr("%1 has %2 values but the spatial weights have %3 units; "
                                      "expected one value per unit in the same order.")
                                       .arg(name)
                                       .arg(values.size())
                                       .arg(m_ids.size()));
        issue.field = field;
        issues.append(issue);
        return issues;
    }
    IssueList bad;
    IssueCollector collector(&bad);
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            Issue issue = errorAt(tr("Unit '%1' (row %2): %3 is %4; expected a finite number. "
                                     "Remove the unit (and its links) or fill the value first.")
                                      .arg(id(int(i)))
                                      .arg(i)
                                      .arg(name)
                                      .arg(std::isnan(values[i]) ? u"missing (NaN)"_s : u"infinite"_s),
                                  qint64(i));
            issue.field = field;
            collector.add(issue);
        }
    }
    collector.finish(tr("%1 more units have missing or infinite values."));
    return issues + bad;
}

IssueList SpatialWeights::isolateIssues() const
{
    const QList<int> isolated = isolates();
    if (isolated.isEmpty())
        return {};
    return {Issue::error(tr("%1 of %2 units have no neighbours (isolates): %3. Choose an isolate "
                            "policy first: exclude them (withoutIsolates) or attach each to its "
                            "nearest units (withIsolatesAttached).")
                             .arg(isolated.size())
                             .arg(unitCount())
                             .arg(idList(m_ids, isolated)))};
}

WeightsSubset SpatialWeights::subset(const QList<int> &rows) const
{
    WeightsSubset result;
    const int n = unitCount();
    std::vector<int> newIndex(size_t(n), -1);
    result.kept.reserve(rows.size());
    for (int r : rows) {
        if (r < 0 || r >= n || newIndex[size_t(r)] != -1
            || (!result.kept.isEmpty() && r <= result.kept.last())) {
            result.issues.append(Issue::error(
                tr("Subset of spatial weights: row %1 is out of range, repeated or not ascending.").arg(r)));
            return result;
        }
        newIndex[size_t(r)] = int(result.kept.size());
        result.kept.append(r);
    }
    for (int i = 0; i < n; ++i)
        if (newIndex[size_t(i)] < 0)
            result.removed.append(i);

    SpatialWeights &w = result.weights;
    w.m_style = m_style;
    w.m_offsets.assign(size_t(result.kept.size()) + 1, 0);
    w.m_ids.reserve(result.kept.size());
    w.m_neighbours.reserve(m_neighbours.size()); // at most all the links
    w.m_weights.reserve(m_weights.size());
    QList<int> orphaned;
    for (qsizetype s = 0; s < result.kept.size(); ++s) {
        const int i = result.kept[s];
        w.m_ids.append(m_ids[i]);
        const auto nb = neighbours(i);
        const auto wt = weights(i);
        int count = 0;
        for (size_t t = 0; t < nb.size(); ++t) {
            if (newIndex[size_t(nb[t])] >= 0) {
                w.m_neighbours.push_back(newIndex[size_t(nb[t])]);
                w.m_weights.push_back(wt[t]);
                ++count;
            }
        }
        if (count == 0 && !nb.empty())
            orphaned.append(i);
        w.m_offsets[size_t(s) + 1] = w.m_offsets[size_t(s)] + count;
    }
    if (m_style == Style::RowStandardised && !w.isRowStandardised())
        w.m_style = Style::General;
    if (!orphaned.isEmpty()) {
        result.issues.append(Issue::warning(
            tr("%1 units lost all their neighbours when the subset was taken: %2.")
                .arg(orphaned.size())
                .arg(idList(m_ids, orphaned))));
    }
    return result;
}

WeightsSubset SpatialWeights::withoutIsolates() const
{
    QList<int> rows;
    rows.reserve(unitCount());
    for (int i = 0; i < unitCount(); ++i)
        if (neighbourCount(i) > 0)
            rows.append(i);
    WeightsSubset result = subset(rows);
    if (!result.removed.isEmpty()) {
        result.issues.prepend(infoAt(tr("%1 isolates were excluded from the analysis: %2.")
                                         .arg(result.removed.size())
                                         .arg(idList(m_ids, result.removed)),
                                     -1));
    }
    return result;
}

QList<double> WeightsSubset::select(std::span<const double> values) const
{
    QList<double> result;
    result.reserve(kept.size());
    for (int r : kept)
        result.append(r >= 0 && size_t(r) < values.size() ? values[size_t(r)]
                                                          : std::numeric_limits<double>::quiet_NaN());
    return result;
}

WeightsResult SpatialWeights::attach(int k, bool symmetric,
                                     const std::function<double(int, int)> &distance) const
{
    WeightsResult result;
    const int n = unitCount();
    if (m_style == Style::RowStandardised) {
        result.issues.append(Issue::error(
            tr("Isolates can only be attached to binary or general weights; attach them before "
               "row standardisation.")));
        return result;
    }
    if (k < 1 || k > n - 1) {
        result.issues.append(Issue::error(
            tr("Attaching isolates: k = %1 is outside 1..%2.").arg(k).arg(n - 1)));
        return result;
    }

    std::vector<std::vector<Link>> rows(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto nb = neighbours(i);
        const auto w = weights(i);
        for (size_t t = 0; t < nb.size(); ++t)
            rows[size_t(i)].push_back({nb[t], w[t]});
    }
    auto addLink = [&rows](int from, int to) {
        auto &row = rows[size_t(from)];
        if (std::none_of(row.cbegin(), row.cend(), [to](const Link &l) { return l.neighbour == to; }))
            row.push_back({to, 1.0});
    };

    const QList<int> isolated = isolates();
    std::vector<std::pair<double, int>> candidates;
    for (int i : isolated) {
        candidates.clear();
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double d = distance(i, j);
            if (!std::isfinite(d) || d < 0.0) {
                result.issues.append(errorAt(tr("Attaching isolate '%1' (row %2): the distance to "
                                                "'%3' is %4; expected a finite non-negative number.")
                                                 .arg(id(i))
                                                 .arg(i)
                                                 .arg(id(j))
                                                 .arg(d),
                                             i));
                return result;
            }
            candidates.emplace_back(d, j);
        }
        std::partial_sort(candidates.begin(), candidates.begin() + k, candidates.end());
        QStringList attached;
        for (int t = 0; t < k; ++t) {
            const auto [d, j] = candidates[size_t(t)];
            addLink(i, j);
            if (symmetric)
                addLink(j, i);
            attached.append(u"'%1' (%2)"_s.arg(id(j)).arg(d, 0, 'g', 6));
        }
        result.issues.append(infoAt(tr("Isolate '%1' (row %2) attached to its %3 nearest units: %4.")
                                        .arg(id(i))
                                        .arg(i)
                                        .arg(k)
                                        .arg(attached.join(u", "_s)),
                                    i));
    }
    WeightsResult built = build(std::move(rows), m_ids,
                                m_style == Style::Binary ? std::optional(Style::Binary) : std::nullopt);
    built.issues = result.issues + built.issues;
    return built;
}

WeightsResult SpatialWeights::withIsolatesAttached(const Eigen::MatrixXd &distances, int k, bool symmetric) const
{
    if (distances.rows() != unitCount() || distances.cols() != unitCount()) {
        WeightsResult result;
        result.issues.append(Issue::error(tr("Attaching isolates: the distance matrix is %1 × %2; "
                                             "expected %3 × %3.")
                                              .arg(distances.rows())
                                              .arg(distances.cols())
                                              .arg(unitCount())));
        return result;
    }
    return attach(k, symmetric, [&distances](int i, int j) { return distances(i, j); });
}

WeightsResult SpatialWeights::withIsolatesAttached(std::span<const LonLat> points, int k, bool symmetric) const
{
    WeightsResult result;
    if (qsizetype(points.size()) != unitCount()) {
        result.issues.append(Issue::error(tr("Attaching isolates: %1 points were given for %2 units.")
                                              .arg(points.size())
                                              .arg(unitCount())));
        return result;
    }
    result.issues = validatePoints(points);
    if (hasErrors(result.issues))
        return result;
    return attach(k, symmetric,
                  [points](int i, int j) { return greatCircleDistanceKm(points[size_t(i)], points[size_t(j)]); });
}

// ---------------------------------------------------------------------------------------------
// GAL / GWT (analysis/weightsformat.cpp)

QString SpatialWeights::toGal(const QString &layer, const QString &key) const
{
    return WeightsFormat::toGal(*this, layer, key);
}

QString SpatialWeights::toGwt(const QString &layer, const QString &key) const
{
    return WeightsFormat::toGwt(*this, layer, key);
}

WeightsResult SpatialWeights::fromGal(const QString &text, const QStringList &expectedIds)
{
    return WeightsFormat::fromGal(text, expectedIds);
}

WeightsResult SpatialWeights::fromGwt(const QString &text, const QStringList &expectedIds)
{
    return WeightsFormat::fromGwt(text, expectedIds);
}

} // namespace CityAtlas
