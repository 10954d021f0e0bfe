#pragma once

// Fixtures of the point-aggregation tests (library and command line): four unit squares and
// points whose unit each row notes, counted by hand.
namespace PointFixtures {

// Four squares of one degree: A [100,101]×[30,31], B east of it, C north of it, D north-east.
inline const char *const UnitsGeoJson = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "A", "name": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[100,30],[101,30],[101,31],[100,31],[100,30]]]}},
{"type": "Feature", "properties": {"code": "B", "name": "b"}, "geometry": {"type": "Polygon", "coordinates": [[[101,30],[102,30],[102,31],[101,31],[101,30]]]}},
{"type": "Feature", "properties": {"code": "C", "name": "c"}, "geometry": {"type": "Polygon", "coordinates": [[[100,31],[101,31],[101,32],[100,32],[100,31]]]}},
{"type": "Feature", "properties": {"code": "D", "name": "d"}, "geometry": {"type": "Polygon", "coordinates": [[[101,31],[102,31],[102,32],[101,32],[101,31]]]}}
]})";

// Row by row (rows count from 1 after the header): where each point goes, by the rule
// "on a boundary: the unit east of it, north of it on an east–west edge".
inline const char *const PointsCsv =
    "id,lon,lat,pop,gdp\n"
    "1,100.5,30.5,10,1.5\n"     // row 1: A
    "2,100.25,30.75,20,2.5\n"   // row 2: A
    "3,101.5,30.5,5,\n"         // row 3: B, gdp empty: counted without gdp
    "4,101,30.5,7,1\n"          // row 4: on the A|B edge: B
    "5,100.5,31,3,abc\n"        // row 5: on the A/C edge: C, gdp 'abc': counted without gdp
    "6,101,31,100,100\n"        // row 6: the corner of all four: D
    "7,105,35,1,1\n"            // row 7: outside
    "8,abc,30.5,1,1\n"          // row 8: lon 'abc': invalid
    "9,,30.5,1,1\n"             // row 9: lon empty: invalid
    "10,100.5,95,1,1\n"         // row 10: latitude 95: invalid
    "11,102,30.5,4,4\n"         // row 11: east side of B: outside
    "12,100,30.5,6,6\n";        // row 12: west side of A: A

} // namespace PointFixtures
