#pragma once

class OGRGeometry;

namespace CityAtlas {

// A quick proof of validity for the most common shape of boundary data: a polygon of one ring
// (as a Polygon, or a MultiPolygon of one such polygon) of at most MaxEdges edges. Such a polygon
// is valid when its ring is closed, its coordinates finite, and no two of its edges meet except
// neighbouring edges at their shared corner. Every orientation test is decided only with a
// margin far above rounding (Shewchuk's bound is ~3.3e-16 of the products' magnitude; 1e-12
// here): a ring near any degeneracy, with a repeated or collinear corner, with holes, several
// parts or more edges is "not proven", and GEOS's full check decides. "Proven" is therefore
// never wrong, and the full check (noding every ring) runs only where it is needed.
class QuickValidity
{
public:
    static constexpr int MaxEdges = 64;
    static bool provesValid(const OGRGeometry &geometry);
};

} // namespace CityAtlas
