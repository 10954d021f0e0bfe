#pragma once

#include "analysis/issue.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace CityAtlas {

// A point in degrees (WGS 84 / CGCS2000 longitude and latitude).
struct LonLat
{
    double lon = 0.0;
    double lat = 0.0;
};

// Mean Earth radius R1 = (2a + b) / 3 of the IUGG (Moritz 1980, GRS 80), in kilometres.
// Great-circle distances treat the Earth as a sphere of this radius: the error against the
// ellipsoid stays below about 0.5 %, far below what matters for neighbour selection.
inline constexpr double EarthMeanRadiusKm = 6371.0088;

// Great-circle distance in km by the haversine formula
//   d = 2 R asin( sqrt( sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) ) ),  R = EarthMeanRadiusKm,
// which stays accurate for small distances (unlike the spherical law of cosines).
double greatCircleDistanceKm(LonLat a, LonLat b);

// n × n matrix of great-circle distances in km (zero diagonal).
Eigen::MatrixXd greatCircleDistanceMatrix(std::span<const LonLat> points);

struct WeightsResult;
struct WeightsSubset;

// A sparse spatial weights matrix W stored as neighbour lists (compressed rows): unit i has
// neighbours j with weights w_ij > 0. Units are identified by their row (0-based index, the
// order of the attribute table) and by an id (the key written to GAL/GWT files, e.g. a
// GB/T 2260 admin code). Self-links (w_ii) are never stored.
//
// Isolates (units without neighbours) are kept as they are: the statistics refuse weights with
// isolates, and the caller chooses a policy explicitly, either withoutIsolates() (analyse the
// subset; WeightsSubset::kept maps back to the original rows) or withIsolatesAttached()
// (link each isolate to its k nearest units).
class SpatialWeights
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::SpatialWeights)

public:
    // Binary: every weight is 1 (contiguity, k nearest, distance band).
    // RowStandardised: each row of a non-isolate sums to 1 (spdep style "W").
    // General: anything else (e.g. inverse distance read from a GWT file).
    enum class Style { Binary, RowStandardised, General };

    struct Link
    {
        int neighbour = -1;
        double weight = 1.0;
    };

    // Cliff & Ord (1981) sums, as spdep::spweights.constants():
    //   S0 = Σ_i Σ_j w_ij,  S1 = ½ Σ_i Σ_j (w_ij + w_ji)²,  S2 = Σ_i (w_i. + w_.i)².
    struct Sums
    {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
    };

    SpatialWeights() = default; // no units

    // Binary weights from neighbour index lists (row i lists the 0-based rows of i's
    // neighbours). ids: one unique key per unit, without whitespace; empty = record numbers
    // "1".."n" (GeoDa's convention when a weights file has no key field).
    // Errors: out-of-range index, self-link, duplicate neighbour, bad ids.
    static WeightsResult fromNeighbourLists(const QList<QList<int>> &neighbours,
                                            const QStringList &ids = {});
    // Binary symmetric weights from the pairs of linked rows (a, b), a < b, sorted and unique, as
    // contiguity finds them: built in place, without a list per row on the way. ids as above.
    static WeightsResult fromLinkedPairs(int unitCount, std::span<const std::pair<int, int>> pairs,
                                         QStringList ids = {});
    // General weights; every weight must be finite and > 0. The style is Binary when all
    // weights are 1, RowStandardised when every non-empty row sums to 1, else General.
    static WeightsResult fromLinks(const QList<QList<Link>> &links, const QStringList &ids = {});

    // k nearest neighbours by great-circle distance (binary, in general not symmetric, like
    // spdep::knn2nb(knearneigh(x, k, longlat = TRUE))). Ties are broken by the lower row.
    // Requires 1 <= k <= n - 1 and valid coordinates (|lat| <= 90, |lon| <= 180).
    static WeightsResult kNearest(std::span<const LonLat> points, int k, const QStringList &ids = {});
    // Distance band: j is a neighbour of i when j != i and distance(i, j) <= thresholdKm
    // (coincident points included), like spdep::dnearneigh(x, 0, d, longlat = TRUE). Symmetric
    // and binary. Units left without neighbours are reported by a Warning.
    static WeightsResult distanceBand(std::span<const LonLat> points, double thresholdKm,
                                      const QStringList &ids = {});

    int unitCount() const { return int(m_ids.size()); }
    int linkCount() const { return int(m_neighbours.size()); }
    const QStringList &ids() const { return m_ids; }
    QString id(int unit) const { return m_ids.value(unit); }
    int indexOf(const QString &id) const { return int(m_ids.indexOf(id)); }
    Style style() const { return m_style; }

    int neighbourCount(int unit) const { return m_offsets[unit + 1] - m_offsets[unit]; }
    std::span<const int> neighbours(int unit) const     // ascending rows
    {
        return {m_neighbours.data() + m_offsets[size_t(unit)], size_t(neighbourCount(unit))};
    }
    std::span<const double> weights(int unit) const     // aligned with neighbours(unit)
    {
        return {m_weights.data() + m_offsets[size_t(unit)], size_t(neighbourCount(unit))};
    }
    double weight(int from, int to) const;              // 0 when not linked
    double rowSum(int unit) const;

    bool isSymmetric(double tolerance = 1e-12) const;   // w_ij == w_ji (within tolerance) for all pairs
    bool isRowStandardised(double tolerance = 1e-12) const;
    SpatialWeights rowStandardised() const &;           // w_ij / Σ_j w_ij; isolates stay empty
    SpatialWeights rowStandardised() &&;                // the same, in place
    SpatialWeights binarised() const;                   // every link gets weight 1
    SpatialWeights symmetrised() const;                 // binary union: i~j when i→j or j→i

    QList<int> isolates() const;                        // rows without neighbours, ascending
    bool hasIsolates() const;
    Sums sums() const;

    // Checks that values line up with the units: one value per unit, all finite. The issues
    // name the unit's row and id; field names the attribute for the message.
    IssueList checkValues(std::span<const double> values, const QString &field = {}) const;
    // An Error naming the isolates and the two policies, or nothing.
    IssueList isolateIssues() const;

    // Isolate policy 1: drop the isolates. Links into dropped units are removed as well (only
    // possible with asymmetric weights); units that lose all their neighbours that way are
    // reported by a Warning.
    WeightsSubset withoutIsolates() const;
    // The weights restricted to the given rows (ascending, unique), renumbered 0..m-1.
    WeightsSubset subset(const QList<int> &rows) const;

    // Isolate policy 2: link each isolate i to its k nearest other units j (distance ties by
    // the lower row), with weight 1; symmetric also adds j→i. distances is an n × n matrix
    // (any unit, e.g. km); the overload with points uses great-circle distances. Apply this to
    // binary or general weights before row standardisation (RowStandardised weights are refused).
    // Each attachment is reported by an Info issue.
    WeightsResult withIsolatesAttached(const Eigen::MatrixXd &distances, int k = 1,
                                       bool symmetric = true) const;
    WeightsResult withIsolatesAttached(std::span<const LonLat> points, int k = 1,
                                       bool symmetric = true) const;

    // GeoDa text formats, as strings (no file IO here; callers write with QSaveFile).
    // GAL (binary): header "n", or "0 n layer key" when both layer and key are given; then per
    // unit a line "id k" and a line with the k neighbour ids (empty for an isolate). Weights
    // are not stored: a GAL file is read back as binary weights.
    // GWT: header as above; then one line "i j w" per link, ids for i and j, w written in the
    // shortest form that reads back to the same double.
    // Whitespace in layer/key is replaced by '_'.
    QString toGal(const QString &layer = {}, const QString &key = {}) const;
    QString toGwt(const QString &layer = {}, const QString &key = {}) const;
    // Parsing. expectedIds (the layer's keys in table order) puts the units in that order and
    // checks that the file has exactly those ids. Without it, GAL units keep the file order;
    // GWT units are in record-number order when all ids are integers 1..n, otherwise in order
    // of first appearance, and a GWT file whose isolates cannot be placed is an error.
    // Messages name the 1-based line; Issue::row holds the 0-based line index.
    static WeightsResult fromGal(const QString &text, const QStringList &expectedIds = {});
    static WeightsResult fromGwt(const QString &text, const QStringList &expectedIds = {});

    bool operator==(const SpatialWeights &other) const = default;

private:
    static SpatialWeights withoutLinks(QStringList ids); // the units, none linked yet
    // Puts record numbers in an empty ids; else checks one id per unit, unique, without whitespace.
    static bool checkIds(QStringList &ids, int n, IssueList &issues);
    static WeightsResult build(std::vector<std::vector<Link>> rows, QStringList ids,
                               std::optional<Style> style);
    WeightsResult attach(int k, bool symmetric,
                         const std::function<double(int, int)> &distance) const;

    QStringList m_ids;
    std::vector<int> m_offsets{0}; // size n + 1; row i is [m_offsets[i], m_offsets[i + 1])
    std::vector<int> m_neighbours;
    std::vector<double> m_weights;
    Style m_style = Style::Binary;
};

// Weights built from input: weights is empty when the issues contain an Error.
struct WeightsResult
{
    std::optional<SpatialWeights> weights;
    IssueList issues;

    bool isValid() const { return weights.has_value() && !hasErrors(issues); }
};

// The weights of a subset of units, and the map back to the original rows.
struct WeightsSubset
{
    SpatialWeights weights;
    QList<int> kept;    // original rows of the subset's units, ascending
    QList<int> removed; // original rows that were dropped
    IssueList issues;

    // values[kept[0]], values[kept[1]], ...: the attribute column aligned with the subset.
    QList<double> select(std::span<const double> values) const;
};

} // namespace CityAtlas
