#include "analysis/spherepointindex.h"

#include <nanoflann.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace CityAtlas {
namespace {

// Relative slack on chord lengths, far above their rounding error (~1e-15) and far below any
// distance that matters, so that every point the great-circle test could accept is a candidate.
constexpr double ChordSlack = 1e-9;

std::array<double, 3> unitVector(LonLat p)
{
    constexpr double toRad = std::numbers::pi / 180.0;
    const double lon = p.lon * toRad;
    const double lat = p.lat * toRad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

// Chord of the unit sphere for a great-circle distance in km.
double chordFor(double km)
{
    const double angle = std::min(km / EarthMeanRadiusKm, std::numbers::pi);
    return 2.0 * std::sin(angle / 2.0);
}

// nanoflann's dataset interface over the unit vectors.
struct UnitVectors
{
    std::vector<std::array<double, 3>> xyz;
    size_t kdtree_get_point_count() const { return xyz.size(); }
    double kdtree_get_pt(size_t i, size_t dim) const { return xyz[i][dim]; }
    template <class Box> bool kdtree_get_bbox(Box &) const { return false; }
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, UnitVectors>, UnitVectors, 3, size_t>;

} // namespace

struct SpherePointIndex::Tree
{
    UnitVectors vectors;
    KdTree index;

    explicit Tree(UnitVectors v) : vectors(std::move(v)), index(3, vectors, nanoflann::KDTreeSingleIndexAdaptorParams(16))
    {
        index.buildIndex();
    }
};

SpherePointIndex::SpherePointIndex(std::span<const LonLat> points)
    : m_points(points)
{
    UnitVectors vectors;
    vectors.xyz.reserve(points.size());
    for (const LonLat &p : points)
        vectors.xyz.push_back(unitVector(p));
    m_tree = std::make_unique<Tree>(std::move(vectors));
}

SpherePointIndex::~SpherePointIndex() = default;

std::vector<std::pair<double, int>> SpherePointIndex::candidates(int row, double chord) const
{
    const double radius = chord * (1.0 + ChordSlack) + 1e-15;
    std::vector<std::pair<size_t, double>> found;
    m_tree->index.radiusSearch(m_tree->vectors.xyz[size_t(row)].data(), radius * radius, found, nanoflann::SearchParams(32, 0.0, false));
    std::vector<std::pair<double, int>> result;
    result.reserve(found.size());
    for (const auto &[j, squared] : found)
        if (int(j) != row)
            result.emplace_back(greatCircleDistanceKm(m_points[size_t(row)], m_points[j]), int(j));
    return result;
}

std::vector<std::pair<double, int>> SpherePointIndex::nearest(int row, int k) const
{
    const size_t want = std::min(size_t(k) + 1, m_points.size());
    std::vector<size_t> rows(want);
    std::vector<double> squared(want);
    const size_t found = m_tree->index.knnSearch(m_tree->vectors.xyz[size_t(row)].data(), want, rows.data(), squared.data());
    if (found == 0)
        return {};
    // Every point as near as the farthest of these, by chord, may be one of the k nearest by
    // great-circle distance (ties, and rounding between the two measures).
    std::vector<std::pair<double, int>> result = candidates(row, std::sqrt(squared[found - 1]));
    const size_t keep = std::min(size_t(k), result.size());
    std::partial_sort(result.begin(), result.begin() + qsizetype(keep), result.end());
    result.resize(keep);
    return result;
}

std::vector<int> SpherePointIndex::within(int row, double km) const
{
    std::vector<int> result;
    for (const auto &[distance, j] : candidates(row, chordFor(km)))
        if (distance <= km)
            result.push_back(j);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace CityAtlas
