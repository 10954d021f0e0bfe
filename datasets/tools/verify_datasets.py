#!/usr/bin/env python3
"""Check the bundled datasets; exit non-zero on any failure.

Usage: verify_datasets.py

Needs python3 (standard library) and gdal-bin (ogr2ogr with the SQLite dialect).
If python3-gdal (osgeo) is installed, it also re-checks every geometry with
OGR's IsValid() and recomputes area_km2 through OSR, independently of SpatiaLite.
"""
import csv
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
PROV = os.path.join(DATASETS, "china_provinces.gpkg")
PREF = "/vsizip/" + os.path.join(DATASETS, "china_prefectures.gpkg.zip") + "/china_prefectures.gpkg"
STATS = os.path.join(DATASETS, "china_province_stats.csv")
DIVISIONS = os.path.join(DATASETS, "china_divisions.csv")
CHANGES = os.path.join(DATASETS, "china_division_changes.csv")
AEA = "+proj=aea +lat_1=25 +lat_2=47 +lon_0=105 +datum=WGS84 +units=m +no_defs"

failures = []


def check(cond, msg):
    print(("ok    " if cond else "FAIL  ") + msg)
    if not cond:
        failures.append(msg)


def query(src, sql):
    out = subprocess.run(["ogr2ogr", "-f", "CSV", "/vsistdout/", src, "-dialect", "SQLite", "-sql", sql],
                         check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def check_layer(path, layer, expected_count=None):
    rows = query(path, f'SELECT * , ST_IsValid(geom) AS valid, ST_GeometryType(geom) AS gtype, '
                       f'ST_IsEmpty(geom) AS empty FROM "{layer}"')
    n = len(rows)
    codes = [r["code"] for r in rows]
    if expected_count is not None:
        check(n == expected_count, f"{layer}: {n} features (expected {expected_count})")
    else:
        print(f"info  {layer}: {n} features")
    check(len(set(codes)) == n, f"{layer}: codes unique ({len(set(codes))} distinct)")
    check(all(len(c) == 6 and c.isdigit() for c in codes), f"{layer}: every code is 6 digits")
    invalid = [r["code"] for r in rows if r["valid"] != "1"]
    check(not invalid, f"{layer}: every geometry valid by SpatiaLite ST_IsValid (invalid: {invalid})")
    check({r["gtype"] for r in rows} == {"MULTIPOLYGON"}, f"{layer}: every geometry is a MULTIPOLYGON")
    check(all(r["empty"] == "0" for r in rows), f"{layer}: no empty geometry")
    for col in ("name_zh", "name_short_zh", "name_en", "pinyin", "area_km2"):
        check(all(r[col] for r in rows), f"{layer}: {col} filled on every row")
    return rows


def check_divisions(prov_codes, pref):
    """The gazetteer against itself and against the two map layers."""
    with open(DIVISIONS, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    units = {r["code"]: r for r in rows}
    check(len(units) == len(rows), f"divisions: codes unique ({len(units)} of {len(rows)})")
    check(all(r["parent_code"] in units for r in rows if r["parent_code"]), "divisions: every parent_code is a row")
    check(all(units[r["province_code"]]["level"] == "province" for r in rows), "divisions: every province_code is a province")
    provinces = [r for r in rows if r["level"] == "province"]
    check(all(prov_codes.get(r["code"], {}).get("name_zh") == r["name_zh"] for r in provinces),
          "divisions: the 31 provinces have the provinces layer's code and name_zh")
    mismatched = [p["code_2023"] for p in pref if p["code_2023"] and p["level"] != "province-level"
                  and units.get(p["code_2023"], {}).get("name_zh") != p["name_zh"]]
    check(not mismatched, f"divisions: every prefectures.code_2023 is a unit with the same name_zh (mismatched: {mismatched})")
    with open(CHANGES, encoding="utf-8") as fh:
        changes = list(csv.DictReader(fh))
    check(all(c["new_code"] in units for c in changes), "division changes: every new_code is a unit of the gazetteer")
    check(not [c for c in changes if c["old_name"] in {r["name_zh"] for r in rows}],
          "division changes: no old_name is a current full name")


def main():
    prov = check_layer(PROV, "provinces", 34)
    pref = check_layer(PREF, "prefectures")
    prov_codes = {r["code"]: r for r in prov}
    check(all(r["parent_code"] in prov_codes for r in pref), "prefectures: every parent_code is a province code")
    check(all(r["parent_code"] == r["code"][:2] + "0000" for r in pref),
          "prefectures: parent_code = first two digits of code + 0000")

    with open(STATS, encoding="utf-8") as fh:
        stats = list(csv.DictReader(fh))
    check(len(stats) == 31, f"stats: {len(stats)} rows (expected 31)")
    check(all(s["code"] in prov_codes for s in stats), "stats: every code exists in the provinces layer")
    check(all(prov_codes[s["code"]]["name_zh"] == s["name_zh"] for s in stats if s["code"] in prov_codes),
          "stats: name_zh equals the provinces layer")
    check(all(prov_codes[s["code"]]["name_en"] == s["name_en"] for s in stats if s["code"] in prov_codes),
          "stats: name_en equals the provinces layer")
    with open(STATS + "t", encoding="utf-8") as fh:
        types = next(csv.reader(fh))
    check(len(types) == len(stats[0]), "stats: .csvt has one type per column")

    check_divisions(prov_codes, pref)

    print("info  computed map area vs official land area (stats area_km2):")
    worst = 0.0
    for s in stats:
        mapped = float(prov_codes[s["code"]]["area_km2"])
        official = float(s["area_km2"])
        ratio = mapped / official
        worst = max(worst, abs(ratio - 1))
        print(f"        {s['code']} {s['name_en']:<15} map {mapped:>11.1f}  official {official:>11.1f}  ratio {ratio:.3f}")
    print(f"info  largest relative difference {worst:.1%}")

    try:
        from osgeo import ogr, osr
    except ImportError:
        print("info  python3-gdal not installed: skipped the OGR/OSR cross-check")
    else:
        ogr.UseExceptions()
        src = osr.SpatialReference()
        src.ImportFromEPSG(4326)
        src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        dst = osr.SpatialReference()
        dst.ImportFromProj4(AEA)
        tr = osr.CoordinateTransformation(src, dst)
        for path, layer in ((PROV, "provinces"), (PREF, "prefectures")):
            ds = ogr.Open(path)
            lyr = ds.GetLayerByName(layer)
            bad, worst_area, count = [], 0.0, 0
            for f in lyr:
                g = f.GetGeometryRef()
                count += 1
                if g.GetGeometryType() != ogr.wkbMultiPolygon or not g.IsValid():
                    bad.append(f.GetField("code"))
                g2 = g.Clone()
                g2.Transform(tr)
                worst_area = max(worst_area, abs(g2.GetArea() / 1e6 - f.GetField("area_km2")))
            check(not bad, f"{layer}: OGR IsValid() and wkbMultiPolygon on all {count} features (bad: {bad})")
            check(worst_area <= 0.06, f"{layer}: area_km2 matches an OSR recomputation (max diff {worst_area:.3f} km²)")

    if failures:
        sys.exit(f"verify_datasets: {len(failures)} check(s) failed")
    print("verify_datasets: all checks passed")


if __name__ == "__main__":
    main()
