#!/usr/bin/env python3
"""Make the SAMPLE smart-city indicator table for the 31 mainland provinces.

Usage: make_sample_indicators.py [--seed N] [--check]

Writes, next to this script's parent folder (datasets/):
  sample_smart_city_indicators.csv   code, name_en, one column per sample indicator
  sample_smart_city_indicators.csvt  GDAL CSV-driver column types
  indicators/sample-system.json      the matching indicator system (its leaves are the columns)
With --check nothing is written: the files are regenerated in memory and compared with the
ones on disk (exit status 1 when they differ).

THE VALUES ARE SYNTHETIC. They are random draws, not statistics: they exist so that
`cityatlas-cli evaluate --system sample` and the tests run end-to-end on bundled data.
Never cite them, map them as facts or compare them with real figures.

Method (standard library only, deterministic for a seed with CPython's random module):
  1. Codes and English names of the 31 provinces, and their NBS region, are read from
     datasets/china_province_stats.csv (real, see china_province_stats.md). Nothing else is.
  2. Each province gets a latent "level" in [0.05, 0.95]:
         level = clip(REGION_LEVEL[region] + gauss(0, 0.12))
     with REGION_LEVEL = Eastern 0.70, Northeast 0.45, Central 0.50, Western 0.35 (made-up
     centres that give the table a regional pattern to look at, nothing more).
  3. Each indicator j with a plausible-looking range [lo_j, hi_j] gets
         s = clip(level + gauss(0, 0.10))        (independent noise per cell)
         benefit: x = lo_j + (hi_j − lo_j) · s
         cost:    x = lo_j + (hi_j − lo_j) · (1 − s)   (a high level gives a low value)
     rounded to 1 decimal. clip() limits to [0.05, 0.95].
  4. Draws happen in a fixed order: provinces by code, for each the level first, then the
     indicators in column order; one random.Random(seed) generator for everything.
"""
import argparse
import csv
import io
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
STATS = os.path.join(DATASETS, "china_province_stats.csv")
OUT_CSV = os.path.join(DATASETS, "sample_smart_city_indicators.csv")
OUT_CSVT = os.path.join(DATASETS, "sample_smart_city_indicators.csvt")
OUT_SYSTEM = os.path.join(DATASETS, "indicators", "sample-system.json")

DEFAULT_SEED = 33356

REGION_LEVEL = {"Eastern": 0.70, "Northeast": 0.45, "Central": 0.50, "Western": 0.35}
LEVEL_SD = 0.12
CELL_SD = 0.10

# First-level dimensions of the sample system, each with two leaves (the table's columns).
# (id, name_zh, name_en, [(column, name_zh, name_en, unit, direction, lo, hi), ...])
DIMENSIONS = [
    ("digital", "数字基础设施（样例）", "Digital infrastructure (sample)", [
        ("broadband_per100", "固定宽带用户（每百人，样例）", "Fixed broadband subscriptions per 100 residents (sample)",
         "per 100 residents", "benefit", 25.0, 60.0),
        ("bs5g_per10k", "5G 基站（每万人，样例）", "5G base stations per 10,000 residents (sample)",
         "per 10,000 residents", "benefit", 5.0, 30.0),
    ]),
    ("services", "惠民服务（样例）", "Public services (sample)", [
        ("egov_online_pct", "政务服务全程网办率（样例）", "Government services handled fully online (sample)",
         "%", "benefit", 60.0, 98.0),
        ("hospital_beds_per1k", "每千人医院床位（样例）", "Hospital beds per 1,000 residents (sample)",
         "per 1,000 residents", "benefit", 4.5, 8.5),
    ]),
    ("environment", "生态宜居（样例）", "Environment (sample)", [
        ("pm25_ugm3", "PM2.5 年均浓度（样例）", "Annual mean PM2.5 concentration (sample)",
         "µg/m³", "cost", 15.0, 60.0),
        ("green_m2_per_cap", "人均公园绿地面积（样例）", "Park green space per resident (sample)",
         "m²", "benefit", 10.0, 20.0),
    ]),
    ("mobility", "交通出行（样例）", "Mobility (sample)", [
        ("commute_min", "平均单程通勤时间（样例）", "Average one-way commuting time (sample)",
         "min", "cost", 25.0, 45.0),
        ("bus_realtime_pct", "公交实时到站信息覆盖率（样例）", "Bus lines with real-time arrival information (sample)",
         "%", "benefit", 40.0, 100.0),
    ]),
]

LEAVES = [leaf for _, _, _, leaves in DIMENSIONS for leaf in leaves]
COLUMNS = ["code", "name_en"] + [leaf[0] for leaf in LEAVES]
TYPES = ["String", "String"] + ["Real"] * len(LEAVES)


def clip(v, lo=0.05, hi=0.95):
    return min(hi, max(lo, v))


def read_provinces():
    with open(STATS, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if len(rows) != 31:
        sys.exit(f"make_sample_indicators: expected 31 provinces in {STATS}, got {len(rows)}")
    for r in rows:
        if r["region"] not in REGION_LEVEL:
            sys.exit(f"make_sample_indicators: {r['code']}: unknown region {r['region']!r}")
    return sorted(rows, key=lambda r: r["code"])


def make_table(seed):
    rng = random.Random(seed)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for p in read_provinces():
        level = clip(REGION_LEVEL[p["region"]] + rng.gauss(0.0, LEVEL_SD))
        row = [p["code"], p["name_en"]]
        for _column, _zh, _en, _unit, direction, lo, hi in LEAVES:
            s = clip(level + rng.gauss(0.0, CELL_SD))
            x = lo + (hi - lo) * (s if direction == "benefit" else 1.0 - s)
            row.append(f"{x:.1f}")
        w.writerow(row)
    return out.getvalue()


def make_system(seed):
    def leaf(l):
        column, zh, en, unit, direction, _lo, _hi = l
        return {"id": column, "name_zh": zh, "name_en": en, "unit": unit, "direction": direction,
                "weight": 0.5, "sourced": True,
                "source": "defined by this sample system (equal weights by construction); values synthetic"}

    system = {
        "format": "cityatlas-indicator-system",
        "format_version": 1,
        "id": "sample",
        "name_zh": "智慧城市评价指标体系样例（合成数据，仅供演示）",
        "name_en": "Sample smart-city indicator system (synthetic, for demonstration only)",
        "weight_notation": "relative",
        "provenance": {
            "source": "Made up for CityAtlas by datasets/tools/make_sample_indicators.py; not an official or "
                      "published indicator system. Its leaves are the columns of "
                      "datasets/sample_smart_city_indicators.csv (synthetic values, seed %d)." % seed,
            "confidence": "Not applicable: a SAMPLE. Names, units and directions look realistic so that the "
                          "example reads naturally; the structure and the equal weights are choices of the "
                          "sample, and the values are random draws.",
            "notes": [
                "Regenerate with: python3 datasets/tools/make_sample_indicators.py (see sample_smart_city_indicators.md).",
                "Two cost indicators (PM2.5, commuting time): smaller is better.",
            ],
        },
        "indicators": [
            {"id": dim_id, "name_zh": zh, "name_en": en, "unit": "", "direction": "benefit", "weight": 0.25,
             "sourced": True, "source": "defined by this sample system (equal weights by construction)",
             "children": [leaf(l) for l in leaves]}
            for dim_id, zh, en, leaves in DIMENSIONS
        ],
    }
    return json.dumps(system, ensure_ascii=False, indent=2) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    args = parser.parse_args()
    outputs = {
        OUT_CSV: make_table(args.seed),
        OUT_CSVT: ",".join(f'"{t}"' for t in TYPES) + "\n",
        OUT_SYSTEM: make_system(args.seed),
    }
    if args.check:
        stale = []
        for path, text in outputs.items():
            try:
                with open(path, encoding="utf-8", newline="") as fh:
                    if fh.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        if stale:
            sys.exit("make_sample_indicators: differs from a fresh build: " + ", ".join(stale))
        print("make_sample_indicators: files match seed", args.seed)
        return
    for path, text in outputs.items():
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    print(f"make_sample_indicators: wrote {OUT_CSV} (31 rows, {len(LEAVES)} SAMPLE indicators, seed {args.seed}), "
          f"{OUT_CSVT}, {OUT_SYSTEM}")


if __name__ == "__main__":
    main()
