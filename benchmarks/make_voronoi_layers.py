#!/usr/bin/env python3
"""Deterministic benchmark data generator for the performance anchors.

Inputs (not committed; benchmarks/run_anchors.sh fetches them into build/bench-data):
  data/src/china.json          echarts@4.9.0 package/map/json/china.json        (34 provinces)
  data/src/china-cities.json   echarts@4.9.0 package/map/json/china-cities.json (367 prefecture units)
  Either the raw echarts files (UTF8Encoding quantised) or already-decoded GeoJSON are accepted.

Outputs (data/, git-ignored):
  china_prov.gpkg    layer china_prov    34 features
  china_cities.gpkg  layer china_cities  367 features
  vor_<N>.gpkg       layer vor_<N>       N Voronoi cells of N random points inside the union of
                                         the provinces, clipped to it (default N = 3000, 40000, 200000)
  ineq_1e6.f64, ineq_1e7.f64             little-endian float64 vectors (lognormal) for Gini/Theil
  manifest.json      counts, validity, attribute checksums (to verify determinism)

Every layer has the same numeric fields:
  uid     integer  1..n in file order
  value   real     smooth spatial trend (sum of Gaussian bumps) + 0.5*N(0,1)  -> positively autocorrelated
  noise   real     N(0,1) iid                                                -> Moran's I ~ 0
  pop     integer  round(exp(N(11, 1.2)))
  income  real     exp(9.5 + 0.4*trend + N(0, 0.5))                          -> positive, for Gini/Theil
Real layers also have code (GB/T 2260) and name; Voronoi layers have prov_code (province of the seed point).
Coordinates are EPSG:4326 lon/lat; the Voronoi diagram is computed in that plane.

Determinism: numpy legacy RandomState (MT19937) with fixed seeds; GEOS 3.11 via shapely 1.8;
output feature order = seed-point order. Run:  python3 gen_data.py            (all)
                                               python3 gen_data.py --sizes 3000
Requires Debian packages: gdal-bin python3-gdal python3-shapely python3-numpy python3-scipy.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import time

import numpy as np
from osgeo import ogr, osr
from scipy.spatial import cKDTree
from shapely import wkb as swkb
from shapely.geometry import MultiPoint, MultiPolygon, Polygon, box
from shapely.ops import unary_union, voronoi_diagram
from shapely.prepared import prep
from shapely.validation import make_valid
import shapely.vectorized

ogr.UseExceptions()
osr.UseExceptions()

SEED = 20240601
HERE = os.path.dirname(os.path.abspath(__file__))
# fixed bbox of the field function (independent of the data, so the field is stable)
BBOX = (73.5, 18.1, 135.1, 53.6)


# ----------------------------------------------------------------------------- field model
def field_params(seed=SEED, k=24):
    r = np.random.RandomState(seed)
    cx = r.uniform(BBOX[0], BBOX[2], k)
    cy = r.uniform(BBOX[1], BBOX[3], k)
    amp = r.normal(0.0, 1.0, k)
    sig = r.uniform(2.0, 8.0, k)
    return cx, cy, amp, sig


def trend(x, y, params):
    cx, cy, amp, sig = params
    x = np.asarray(x, dtype=np.float64)[:, None]
    y = np.asarray(y, dtype=np.float64)[:, None]
    d2 = (x - cx[None, :]) ** 2 + (y - cy[None, :]) ** 2
    return (amp[None, :] * np.exp(-d2 / (2.0 * sig[None, :] ** 2))).sum(axis=1)


def attributes(x, y, layer_key, params):
    """x, y: representative coordinates (seed point or point-on-surface) in file order."""
    n = len(x)
    r = np.random.RandomState([SEED, layer_key, 2])
    eps_v = r.normal(0.0, 1.0, n)
    noise = r.normal(0.0, 1.0, n)
    logpop = r.normal(11.0, 1.2, n)
    loginc = r.normal(0.0, 0.5, n)
    t = trend(x, y, params)
    return {
        "uid": np.arange(1, n + 1, dtype=np.int64),
        "value": t + 0.5 * eps_v,
        "noise": noise,
        "pop": np.rint(np.exp(logpop)).astype(np.int64),
        "income": np.exp(9.5 + 0.4 * t + loginc),
    }


# ----------------------------------------------------------------------------- echarts decoding
def _dec_ring(s, off, scale):
    px, py = off
    out = []
    for i in range(0, len(s), 2):
        x = ord(s[i]) - 64
        y = ord(s[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += px
        y += py
        px, py = x, y
        out.append([x / scale, y / scale])
    return out


def normalise_echarts(path):
    """Return a clean GeoJSON FeatureCollection: decoded, every feature typed, rings closed."""
    with open(path, encoding="utf-8") as fh:
        j = json.load(fh)
    scale = j.get("UTF8Scale", 1024)
    feats = []
    unclosed = 0
    degenerate = 0
    for f in j["features"]:
        g = f["geometry"]
        eo = g.get("encodeOffsets")
        if g["type"] == "Polygon":
            polys = [g["coordinates"]]
            offs = [eo] if eo else None
        elif g["type"] == "MultiPolygon":
            polys = g["coordinates"]
            offs = eo
        else:
            raise ValueError(g["type"])
        newpolys = []
        for pi, poly in enumerate(polys):
            rings = []
            for ri, ring in enumerate(poly):
                if isinstance(ring, str):
                    ring = _dec_ring(ring, offs[pi][ri], scale)
                if ring[0] != ring[-1]:
                    ring = ring + [ring[0]]
                    unclosed += 1
                if len(ring) < 4:  # zero-area ring (1-2 distinct points): GEOS MakeValid rejects it;
                    degenerate += 1  # drop only the ring (if it was the shell, the next ring becomes the
                    continue         # shell and MakeValid's even-odd linework rule sorts out the rest)
                rings.append(ring)
            if rings:
                newpolys.append(rings)
        geom = {"type": "MultiPolygon", "coordinates": newpolys}
        code = str(f.get("id") or f.get("properties", {}).get("id") or f.get("properties", {}).get("adcode"))
        props = {"code": code, "name": f.get("properties", {}).get("name")}
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}, unclosed, degenerate


def count_valid_ogr(path, layer):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer)
    n = nv = 0
    for f in lyr:
        g = f.GetGeometryRef()
        n += 1
        if g is not None and g.IsValid():
            nv += 1
    return n, nv


def geometry_sha256(path, layer):
    """sha256 over the ISO WKB of every geometry in fid order (checks that a rerun is identical)."""
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer)
    h = hashlib.sha256()
    for f in lyr:
        h.update(bytes(f.GetGeometryRef().ExportToIsoWkb()))
    return h.hexdigest()


def build_real(src_json, out_dir, layer, params, manifest):
    fc, unclosed, degenerate = normalise_echarts(src_json)
    n_src = len(fc["features"])
    tmp_geojson = os.path.join(out_dir, f"_{layer}_clean.geojson")
    with open(tmp_geojson, "w", encoding="utf-8") as fh:
        json.dump(fc, fh, ensure_ascii=False)
    raw_gpkg = os.path.join(out_dir, f"_{layer}_raw.gpkg")
    out_gpkg = os.path.join(out_dir, f"{layer}.gpkg")
    for p in (raw_gpkg, out_gpkg):
        if os.path.exists(p):
            os.remove(p)
    common = ["-f", "GPKG", "-nln", layer, "-nlt", "MULTIPOLYGON", "-a_srs", "EPSG:4326"]
    subprocess.run(["ogr2ogr", *common, raw_gpkg, tmp_geojson], check=True)
    subprocess.run(["ogr2ogr", *common, "-makevalid", out_gpkg, tmp_geojson], check=True)
    n_raw, v_raw = count_valid_ogr(raw_gpkg, layer)
    # add synthetic numeric fields (evaluated at point-on-surface of the valid geometry)
    ds = ogr.Open(out_gpkg, update=1)
    lyr = ds.GetLayerByName(layer)
    xs, ys, fids = [], [], []
    for f in lyr:
        p = f.GetGeometryRef().PointOnSurface()
        xs.append(p.GetX())
        ys.append(p.GetY())
        fids.append(f.GetFID())
    attrs = attributes(xs, ys, len(xs), params)
    for name, t in (("uid", ogr.OFTInteger64), ("value", ogr.OFTReal), ("noise", ogr.OFTReal),
                    ("pop", ogr.OFTInteger64), ("income", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, t))
    ds.StartTransaction()
    for i, fid in enumerate(fids):
        f = lyr.GetFeature(fid)
        for k in attrs:
            v = attrs[k][i]
            f.SetField(k, int(v) if k in ("uid", "pop") else float(v))
        lyr.SetFeature(f)
    ds.CommitTransaction()
    ds = None
    n_fix, v_fix = count_valid_ogr(out_gpkg, layer)
    ds = ogr.Open(out_gpkg)
    empty = [f.GetField("code") for f in ds.GetLayer(0) if f.GetGeometryRef() is None or f.GetGeometryRef().IsEmpty()]
    ds = None
    if empty:
        raise RuntimeError(f"{layer}: empty geometries after makevalid: {empty}")
    os.remove(raw_gpkg)
    os.remove(tmp_geojson)
    manifest[layer] = {
        "features": n_fix, "source_features": n_src, "unclosed_rings_closed": unclosed,
        "degenerate_rings_dropped": degenerate,
        "valid_before_makevalid": v_raw, "invalid_before_makevalid": n_raw - v_raw,
        "valid_after_makevalid": v_fix, "invalid_after_makevalid": n_fix - v_fix,
        "geom_sha256": geometry_sha256(out_gpkg, layer),
        **checksums(attrs),
    }
    if n_fix != n_src:
        raise RuntimeError(f"{layer}: ogr2ogr -makevalid kept {n_fix} of {n_src} features")
    print(f"{layer}: {n_fix} features, {unclosed} unclosed rings closed, {degenerate} degenerate rings dropped, "
          f"invalid before makevalid {n_raw - v_raw}, after {n_fix - v_fix}", flush=True)


def checksums(attrs):
    h = hashlib.sha256()
    for k in ("uid", "value", "noise", "pop", "income"):
        h.update(np.ascontiguousarray(attrs[k]).tobytes())
    return {"value_sum": float(np.sum(attrs["value"])), "pop_sum": int(np.sum(attrs["pop"])),
            "attr_sha256": h.hexdigest()}


# ----------------------------------------------------------------------------- Voronoi layers
def load_union(prov_gpkg):
    ds = ogr.Open(prov_gpkg)
    lyr = ds.GetLayer(0)
    geoms = []
    codes = []
    for f in lyr:
        geoms.append(swkb.loads(bytes(f.GetGeometryRef().ExportToWkb())))
        codes.append(f.GetField("code"))
    u = unary_union(geoms)
    # remove the sliver holes that the quantised province borders leave between provinces
    polys = list(u.geoms) if u.geom_type == "MultiPolygon" else [u]
    removed = 0
    out = []
    for p in polys:
        keep = [r for r in p.interiors if Polygon(r).area >= 0.05]
        removed += len(p.interiors) - len(keep)
        out.append(Polygon(p.exterior, keep))
    u = unary_union(out)
    return u, geoms, codes, removed


def polygonal(g):
    if g.is_empty:
        return None
    if g.geom_type == "Polygon":
        return MultiPolygon([g])
    if g.geom_type == "MultiPolygon":
        return g
    if g.geom_type == "GeometryCollection":
        parts = []
        for q in g.geoms:
            if q.geom_type == "Polygon":
                parts.append(q)
            elif q.geom_type == "MultiPolygon":
                parts.extend(q.geoms)
        return MultiPolygon(parts) if parts else None
    return None


def build_voronoi(n, union, prov_geoms, prov_codes, out_dir, params, manifest):
    t0 = time.time()
    layer = f"vor_{n}"
    r = np.random.RandomState([SEED, n, 1])
    minx, miny, maxx, maxy = union.bounds
    xs, ys = [], []
    have = 0
    while have < n:
        bx = r.uniform(minx, maxx, 2 * n)
        by = r.uniform(miny, maxy, 2 * n)
        m = shapely.vectorized.contains(union, bx, by)
        xs.append(bx[m])
        ys.append(by[m])
        have += int(m.sum())
    x = np.concatenate(xs)[:n]
    y = np.concatenate(ys)[:n]
    pts = np.column_stack([x, y])
    env = box(minx - 5, miny - 5, maxx + 5, maxy + 5)
    vd = voronoi_diagram(MultiPoint([tuple(p) for p in pts]), envelope=env)
    cells = list(vd.geoms)
    if len(cells) != n:
        raise RuntimeError(f"voronoi returned {len(cells)} cells for {n} points")
    # order cells by their seed point: any interior point of a Voronoi cell is nearest to its seed
    cen = np.array([c.centroid.coords[0] for c in cells])
    _, idx = cKDTree(pts).query(cen)
    if len(np.unique(idx)) != n:
        raise RuntimeError("cell/seed matching is not a bijection")
    ordered = [None] * n
    for c, i in zip(cells, idx):
        ordered[i] = c
    t1 = time.time()
    # clip to the union
    pu = prep(union)
    clipped = []
    n_boundary = n_invalid = n_multi = 0
    for c in ordered:
        if pu.contains(c):
            g = MultiPolygon([c])
        else:
            n_boundary += 1
            g = polygonal(c.intersection(union))
            if g is None:
                raise RuntimeError("empty clipped cell")
        if not g.is_valid:
            n_invalid += 1
            g = polygonal(make_valid(g))
        if len(g.geoms) > 1:
            n_multi += 1
        clipped.append(g)
    t2 = time.time()
    # province of each seed point
    prov = np.array([""] * n, dtype=object)
    for g, code in zip(prov_geoms, prov_codes):
        m = shapely.vectorized.contains(g, x, y)
        prov[m & (prov == "")] = code
    attrs = attributes(x, y, n, params)
    # write
    path = os.path.join(out_dir, f"{layer}.gpkg")
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
    lyr.CreateField(ogr.FieldDefn("uid", ogr.OFTInteger64))
    fd = ogr.FieldDefn("prov_code", ogr.OFTString)
    fd.SetWidth(6)
    lyr.CreateField(fd)
    for name, t in (("value", ogr.OFTReal), ("noise", ogr.OFTReal), ("pop", ogr.OFTInteger64),
                    ("income", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, t))
    defn = lyr.GetLayerDefn()
    ds.StartTransaction()
    for i in range(n):
        f = ogr.Feature(defn)
        f.SetField("uid", int(attrs["uid"][i]))
        f.SetField("prov_code", prov[i])
        f.SetField("value", float(attrs["value"][i]))
        f.SetField("noise", float(attrs["noise"][i]))
        f.SetField("pop", int(attrs["pop"][i]))
        f.SetField("income", float(attrs["income"][i]))
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(clipped[i].wkb))
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    t3 = time.time()
    n_fix, v_fix = count_valid_ogr(path, layer)
    manifest[layer] = {
        "features": n_fix, "boundary_cells_clipped": n_boundary, "multipart_cells": n_multi,
        "invalid_fixed_by_make_valid": n_invalid, "invalid_in_output": n_fix - v_fix,
        "seed_points_without_province": int((prov == "").sum()),
        "seconds_voronoi": round(t1 - t0, 2), "seconds_clip": round(t2 - t1, 2),
        "seconds_write": round(t3 - t2, 2),
        "geom_sha256": geometry_sha256(path, layer),
        **checksums(attrs),
    }
    print(f"{layer}: {n_fix} features, {n_boundary} clipped at the border, {n_multi} multipart, "
          f"invalid after clip {n_invalid}, invalid in output {n_fix - v_fix}; "
          f"voronoi {t1 - t0:.1f}s clip {t2 - t1:.1f}s write {t3 - t2:.1f}s", flush=True)


def build_ineq_vectors(out_dir, manifest):
    for tag, n in (("1e6", 10**6), ("1e7", 10**7)):
        r = np.random.RandomState([SEED, n, 7])
        v = r.lognormal(10.0, 1.0, n).astype("<f8")
        v.tofile(os.path.join(out_dir, f"ineq_{tag}.f64"))
        manifest[f"ineq_{tag}"] = {"n": n, "sum": float(v.sum()),
                                   "sha256": hashlib.sha256(v.tobytes()).hexdigest()}
        print(f"ineq_{tag}.f64: {n} lognormal(10,1) values", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default=os.path.join(HERE, "data", "src"))
    ap.add_argument("--out", default=os.path.join(HERE, "data"))
    ap.add_argument("--sizes", default="3000,40000,200000")
    ap.add_argument("--skip-real", action="store_true")
    ap.add_argument("--skip-ineq", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    params = field_params()
    mpath = os.path.join(a.out, "manifest.json")
    manifest = json.load(open(mpath)) if os.path.exists(mpath) else {}
    manifest["generator"] = {"seed": SEED, "gdal": __import__("osgeo").__version__,
                             "shapely": shapely.__version__, "numpy": np.__version__}
    if not a.skip_real:
        build_real(os.path.join(a.src, "china.json"), a.out, "china_prov", params, manifest)
        build_real(os.path.join(a.src, "china-cities.json"), a.out, "china_cities", params, manifest)
    union, pg, pc, removed = load_union(os.path.join(a.out, "china_prov.gpkg"))
    manifest["union"] = {"sliver_holes_removed": removed, "area_deg2": union.area}
    for s in [int(v) for v in a.sizes.split(",") if v]:
        build_voronoi(s, union, pg, pc, a.out, params, manifest)
    if not a.skip_ineq:
        build_ineq_vectors(a.out, manifest)
    with open(mpath, "w") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
