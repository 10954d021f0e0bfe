#!/usr/bin/env python3
"""Build datasets/nbs_enterprise_legal_units_by_province.csv (+ .csvt) from the secondary copy.

Usage: build_enterprises.py [SOURCE_CSV]
  SOURCE_CSV defaults to <repo>/../shared/reference/enterprise-legal-units-by-province.csv,
  a copy of data/processed/enterprise_units_by_province_panel.csv of the GitHub repository
  Demi-MU/graduate-employment-pressure-analysis-2026 at commit
  2cd467e8d8525d6da7b34a7bc2a42422b316ffd1 (columns year, province, enterprise_legal_person_units).

Standard library only. The values are copied unchanged; the table is normalised to the
columns code, province, year, enterprises (code: the 6-digit GB/T 2260 code of the
province, looked up by its name in china_province_stats.csv), one row per province and
year, sorted by code and year. Long format: CityAtlas pivots it by year when it joins it.

The script fails rather than write a table that disagrees with what the source's record
says: 217 rows, 31 provinces, the years 2016, 2017, 2019-2022 and 2024, no duplicate
(province, year), whole non-negative counts, and the 2022 national total 32,828,734.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
DEFAULT_SOURCE = os.path.join(os.path.dirname(DATASETS), "..", "shared", "reference",
                              "enterprise-legal-units-by-province.csv")
STATS = os.path.join(DATASETS, "china_province_stats.csv")
OUT = os.path.join(DATASETS, "nbs_enterprise_legal_units_by_province.csv")

COLUMNS = ["code", "province", "year", "enterprises"]
TYPES = ["String", "String", "Integer", "Integer"]
YEARS = [2016, 2017, 2019, 2020, 2021, 2022, 2024]
TOTAL_2022 = 32828734


def fail(msg):
    sys.exit("build_enterprises: ERROR: " + msg)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    with open(STATS, encoding="utf-8", newline="") as fh:
        code_of = {row["name_zh"]: row["code"] for row in csv.DictReader(fh)}
    rows = {}
    with open(source, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["year", "province", "enterprise_legal_person_units"]:
            fail(f"{source}: unexpected columns {reader.fieldnames}")
        for n, row in enumerate(reader, start=2):
            name = row["province"].strip()
            if name not in code_of:
                fail(f"{source}, line {n}: '{name}' is not one of the 31 provinces of china_province_stats.csv")
            year, value = int(row["year"]), row["enterprise_legal_person_units"].strip()
            if not value.isdigit():
                fail(f"{source}, line {n}: '{value}' is not a whole number >= 0")
            key = (code_of[name], year)
            if key in rows:
                fail(f"{source}, line {n}: {name} {year} appears twice")
            rows[key] = (name, int(value))
    if len(rows) != 217:
        fail(f"expected 217 rows, found {len(rows)}")
    if sorted({y for _, y in rows}) != YEARS:
        fail(f"expected the years {YEARS}, found {sorted({y for _, y in rows})}")
    for year in YEARS:
        if sum(1 for _, y in rows if y == year) != 31:
            fail(f"{year}: expected 31 provinces")
    total = sum(v for (_, y), (_, v) in rows.items() if y == 2022)
    if total != TOTAL_2022:
        fail(f"2022: the 31 rows sum to {total}, the record says {TOTAL_2022}")

    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        for (code, year) in sorted(rows):
            name, value = rows[(code, year)]
            writer.writerow([code, name, year, value])
    with open(os.path.splitext(OUT)[0] + ".csvt", "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(f'"{t}"' for t in TYPES) + "\n")
    print(f"wrote {OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
