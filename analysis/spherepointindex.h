#pragma once

#include "analysis/spatialweights.h"

#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace CityAtlas {

// Nearest points on the sphere in n log n: a k-d tree (nanoflann) over the points as 3-D unit
// vectors, as PySAL's KNN does. The chord between two unit vectors grows with the great-circle
// distance, so the tree finds the candidates, and the answer is decided by the great-circle
// distance itself (greatCircleDistanceKm): results equal a brute-force search over all pairs,
// ties broken by the lower row.
class SpherePointIndex
{
public:
    // The points must be valid (SpatialWeights::validatePoints).
    explicit SpherePointIndex(std::span<const LonLat> points);
    ~SpherePointIndex();
    SpherePointIndex(const SpherePointIndex &) = delete;
    SpherePointIndex &operator=(const SpherePointIndex &) = delete;

    // The k rows nearest to row (itself excluded), nearest first; (distance km, row) pairs.
    std::vector<std::pair<double, int>> nearest(int row, int k) const;
    // Every other row within km of row (inclusive), in ascending row order.
    std::vector<int> within(int row, double km) const;

private:
    // Every other row whose chord to row is at most chord, with its great-circle distance.
    std::vector<std::pair<double, int>> candidates(int row, double chord) const;

    struct Tree;
    std::span<const LonLat> m_points;
    std::unique_ptr<Tree> m_tree;
};

} // namespace CityAtlas
