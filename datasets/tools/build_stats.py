#!/usr/bin/env python3
"""Build datasets/china_province_stats.csv (+ .csvt) from the reference facts file.

Usage: build_stats.py [FACTS_MD]
  FACTS_MD defaults to <repo>/../shared/reference/facts.md

Standard library only. Copies, without changing any value, sections 1-3 of the facts
file: resident population 2020-2022 (10,000 persons, NBS), official land area (km²)
and the NBS four-region grouping, for the 31 mainland provincial-level divisions.
Hong Kong, Macao and Taiwan are left out: the facts file has no checked population
or area for them in the same definitions (see china_province_stats.md).

The script fails rather than write a table that disagrees with the facts file's own
totals: the 31-province sums of each population year and of the area, the region
counts (10/6/12/3) and the per-region population and area sums of section 3.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
DEFAULT_FACTS = os.path.join(os.path.dirname(DATASETS), "..", "shared", "reference", "facts.md")

REGIONS = {  # section-3 label -> (region, region_zh)
    "东部 Eastern": ("Eastern", "东部"),
    "中部 Central": ("Central", "中部"),
    "西部 Western": ("Western", "西部"),
    "东北 Northeast": ("Northeast", "东北"),
}
SECTION1_REGION = {"East": "Eastern", "Central": "Central", "West": "Western", "Northeast": "Northeast"}
# name_en as used in the map layers (the facts file writes "Tibet (Xizang)").
NAME_EN = {"Tibet (Xizang)": "Tibet"}

COLUMNS = ["code", "name_zh", "name_en", "region", "region_zh", "pop_2022", "pop_2021", "pop_2020", "area_km2"]
TYPES = ["String", "String", "String", "String", "String", "Integer", "Integer", "Integer", "Real"]


def fail(msg):
    sys.exit("build_stats: ERROR: " + msg)


def section(text, number):
    m = re.search(rf"^## {number}\. .*?(?=^## |\Z)", text, re.S | re.M)
    if not m:
        fail(f"section {number} not found")
    return m.group(0)


def table_rows(sec):
    rows = []
    for line in sec.splitlines():
        line = line.strip()
        if not line.startswith("|") or re.match(r"^\|[\s:|-]+\|$", line):
            continue
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows[1:]  # drop the header row


def num(s):
    return Decimal(s.replace(",", ""))


def main():
    facts = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FACTS
    with open(facts, encoding="utf-8") as fh:
        text = fh.read()

    # Section 1: population
    pop, pop_sum = {}, None
    for r in table_rows(section(text, 1)):
        if r[0] == "" and "sum" in r[1]:
            pop_sum = [int(num(x)) for x in r[4:7]]
            continue
        code, zh, en, reg, p22, p21, p20 = r
        if not re.fullmatch(r"\d\d", code):
            fail(f"section 1: bad code {code!r}")
        pop[code] = dict(name_zh=zh, name_en=en, region1=SECTION1_REGION[reg],
                         pop_2022=int(p22), pop_2021=int(p21), pop_2020=int(p20))
    # Section 2: land area
    area, area_sum = {}, None
    for r in table_rows(section(text, 2)):
        if r[0] == "" and "sum" in r[1]:
            area_sum = num(r[3])
            continue
        code, zh, en, a = r[0], r[1], r[2], r[3]
        area[code] = dict(name_zh=zh, name_en=en, area=num(a), area_text=a.replace(",", ""))
    # Section 3: regions
    region_of, region_rows = {}, {}
    for r in table_rows(section(text, 3)):
        label, count, members, p22, a = r
        region, region_zh = REGIONS[label]
        names = members.split(" (")[0].split("、")
        if len(names) != int(count):
            fail(f"section 3: {label}: {len(names)} names but count {count}")
        region_rows[region] = (int(count), int(num(p22)), num(a))
        for n in names:
            region_of[n] = (region, region_zh)

    # Cross-checks
    if len(pop) != 31 or set(pop) != set(area):
        fail(f"expected the same 31 codes in sections 1 and 2, got {len(pop)} and {len(area)}")
    for c in pop:
        if (pop[c]["name_zh"], pop[c]["name_en"]) != (area[c]["name_zh"], area[c]["name_en"]):
            fail(f"{c}: names differ between sections 1 and 2")
        if pop[c]["name_zh"] not in region_of:
            fail(f"{c}: {pop[c]['name_zh']} not in section 3")
        if region_of[pop[c]["name_zh"]][0] != pop[c]["region1"]:
            fail(f"{c}: region differs between sections 1 and 3")
    if len(region_of) != 31:
        fail("section 3 does not list 31 divisions")
    for i, year in enumerate(("pop_2022", "pop_2021", "pop_2020")):
        s = sum(p[year] for p in pop.values())
        if s != pop_sum[i]:
            fail(f"{year}: sum {s} != stated {pop_sum[i]}")
    s = sum(a["area"] for a in area.values())
    if s != area_sum:
        fail(f"area: sum {s} != stated {area_sum}")
    for region, (count, p22, a) in region_rows.items():
        codes = [c for c in pop if region_of[pop[c]["name_zh"]][0] == region]
        if len(codes) != count or sum(pop[c]["pop_2022"] for c in codes) != p22 \
                or sum(area[c]["area"] for c in codes) != a:
            fail(f"section 3 sums for {region} do not match sections 1-2")

    out_csv = os.path.join(DATASETS, "china_province_stats.csv")
    with open(out_csv, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for c in sorted(pop):
            p = pop[c]
            region, region_zh = region_of[p["name_zh"]]
            w.writerow([c + "0000", p["name_zh"], NAME_EN.get(p["name_en"], p["name_en"]), region, region_zh,
                        p["pop_2022"], p["pop_2021"], p["pop_2020"], area[c]["area_text"]])
    with open(os.path.join(DATASETS, "china_province_stats.csvt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(f'"{t}"' for t in TYPES) + "\n")
    print(f"build_stats: wrote {out_csv}: {len(pop)} rows; sums match the facts file "
          f"(pop 2022/2021/2020 = {pop_sum}, area = {area_sum} km²)")


if __name__ == "__main__":
    main()
