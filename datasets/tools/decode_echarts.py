#!/usr/bin/env python3
"""Decode an echarts 4.x map JSON (china.json, china-cities.json) to plain GeoJSON.

Usage: decode_echarts.py ECHARTS_JSON ATTRS_JSON OUT_GEOJSON

Standard library only. The coordinate decoding is a line-by-line port of
decode()/decodePolygon() in echarts 4.9.0 src/coord/geo/parseGeoJson.js:
when the file has "UTF8Encoding": true, each ring is a string read two characters
at a time (x, y); from each char code 64 is subtracted, the value is zigzag-decoded
((v >> 1) ^ -(v & 1)), added to the previous value (starting from the ring's
encodeOffsets pair) and divided by UTF8Scale (1024 when absent). The result is
longitude/latitude in degrees (EPSG:4326).

Output: one GeoJSON Feature *per ring* (a "part"), carrying the attributes from
ATTRS_JSON (keyed by the echarts id) plus `part` (0-based ring number within the
feature). build-maps.sh repairs each part with ogr2ogr -makevalid and then unions
the parts of each code. Why one feature per ring:
  * china-cities.json packs all pieces of a unit (islands, exclaves) as rings of a
    single polygon. All those rings have the same winding as the first ring, and
    echarts draws every ring as a sub-path filled with the canvas non-zero rule, so
    they are parts to be filled, not holes. This script fails if a multi-ring
    polygon ever has a ring with the opposite winding (a possible real hole).
  * china.json has one ring per polygon; a few rings overlap others of the same unit.
  The union of all rings of a unit is therefore the area echarts paints.
Rings with fewer than 3 distinct points or zero area are dropped (counted in the report).
"""
import json
import sys


def decode_ring(encoded, offset, scale):
    """Port of decodePolygon() from echarts 4.9.0 parseGeoJson.js."""
    if len(encoded) % 2:
        raise ValueError("odd-length encoded ring")
    prev_x, prev_y = offset[0], offset[1]
    out = []
    for i in range(0, len(encoded), 2):
        x = ord(encoded[i]) - 64
        y = ord(encoded[i + 1]) - 64
        # ZigZag decoding
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        # Delta decoding
        x += prev_x
        y += prev_y
        prev_x, prev_y = x, y
        # Dequantise
        out.append([x / scale, y / scale])
    return out


def signed_area(ring):
    a = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, attrs_path, out_path = sys.argv[1:]
    with open(src, encoding="utf-8") as fh:
        data = json.load(fh)
    with open(attrs_path, encoding="utf-8") as fh:
        attrs = json.load(fh)

    encoded = bool(data.get("UTF8Encoding"))
    scale = data.get("UTF8Scale") or 1024
    stats = {"features": 0, "polygons": 0, "rings": 0, "parts_written": 0,
             "rings_dropped_degenerate": 0, "rings_closed": 0, "multi_ring_polygons": 0}
    out_features = []
    seen = set()
    for feat in data["features"]:
        props = feat.get("properties") or {}
        fid = str(feat.get("id") or props.get("id"))
        if fid in seen:
            sys.exit(f"decode_echarts: duplicate id {fid}")
        seen.add(fid)
        if fid not in attrs:
            sys.exit(f"decode_echarts: no attributes for id {fid} ({props.get('name')})")
        geom = feat["geometry"]
        if geom["type"] == "Polygon":
            polys = [geom["coordinates"]]
            offs = [geom.get("encodeOffsets")]
        elif geom["type"] == "MultiPolygon":
            polys = geom["coordinates"]
            offs = geom.get("encodeOffsets") or [None] * len(polys)
        else:
            sys.exit(f"decode_echarts: unexpected geometry type {geom['type']}")
        stats["features"] += 1
        part = 0
        for poly, poly_offs in zip(polys, offs):
            stats["polygons"] += 1
            if len(poly) > 1:
                stats["multi_ring_polygons"] += 1
            first_sign = None
            for r, ring_src in enumerate(poly):
                stats["rings"] += 1
                ring = decode_ring(ring_src, poly_offs[r], scale) if encoded else [list(p) for p in ring_src]
                if ring and ring[0] != ring[-1]:
                    ring.append(list(ring[0]))
                    stats["rings_closed"] += 1
                area = signed_area(ring[:-1]) if len(ring) > 1 else 0.0
                if len({tuple(p) for p in ring}) < 3 or area == 0.0:
                    stats["rings_dropped_degenerate"] += 1
                    continue
                sign = area > 0
                if first_sign is None:
                    first_sign = sign
                elif sign != first_sign:
                    sys.exit(f"decode_echarts: {fid}: ring {r} has the opposite winding "
                             "to the first ring of its polygon (a hole?); review before building")
                out_features.append({
                    "type": "Feature",
                    "properties": dict(attrs[fid], part=part),
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                })
                part += 1
                stats["parts_written"] += 1
        if part == 0:
            sys.exit(f"decode_echarts: {fid} has no usable ring")

    missing = set(attrs) - seen
    if missing:
        sys.exit(f"decode_echarts: attributes for ids not in the map: {sorted(missing)}")
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": out_features}, fh, ensure_ascii=False)
    print(f"decode_echarts: {src.rsplit('/', 1)[-1]}: UTF8Encoding={encoded} scale={scale} "
          + " ".join(f"{k}={v}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
