#!/bin/bash
# Whole-process timings of cityatlas-cli on real-shaped layers, beside GDAL's own full read of
# the same file (the floor): medians of 3 runs of wall time, CPU time (user + sys) and peak
# memory. Not a test; quote its figures with the machine they ran on.
#
#   benchmarks/run_anchors.sh [SIZE ...]     (default 3000 40000; 200000 takes minutes)
#
# Layers: Voronoi cells of random points in China clipped to the provinces (irregular,
# multipart), made on first use by benchmarks/make_voronoi_layers.py into build/bench-data
# (needs python3-gdal python3-shapely python3-numpy python3-scipy and npm for echarts' maps).
# CITYATLAS_CLI overrides the command (e.g. an older build, for before/after tables).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cli=${CITYATLAS_CLI:-$root/build/app/cityatlas-cli}
data=$root/build/bench-data
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(3000 40000)

if [ ! -f "$data/src/china-cities.json" ]; then
  mkdir -p "$data/src"
  (cd "$data" && npm pack --silent echarts@4.9.0 >/dev/null && tar xzf echarts-4.9.0.tgz package/map/json/china.json \
     package/map/json/china-cities.json && cp package/map/json/china*.json src/ && rm -rf package echarts-4.9.0.tgz)
fi
for n in "${sizes[@]}"; do
  [ -f "$data/vor_$n.gpkg" ] || /usr/bin/python3 "$here/make_voronoi_layers.py" --src "$data/src" --out "$data" \
    --sizes "$n" --skip-ineq 2>&1 | grep -v "^Warning" >&2 || true
done

# label, then the command: prints "label  wall s  cpu s  peak MB" (medians of 3; peak: the largest)
measure() {
  local label=$1; shift
  local walls=() cpus=() peak=0 t=$(mktemp)
  for _ in 1 2 3; do
    /usr/bin/time -o "$t" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true
    read -r wall user sys rss <"$t"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  rm -f "$t"
  printf '%-44s %8s %8s %8d\n' "$label" "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p)" $((peak / 1024))
}

printf '%-44s %8s %8s %8s\n' "work" "wall s" "CPU s" "peak MB"
for n in "${sizes[@]}"; do
  layer=$data/vor_$n.gpkg
  measure "GDAL full read (ogr2ogr -f Memory), $n" ogr2ogr -f Memory /vsimem/anchor "$layer"
  measure "map 1920x1080 PNG quantile 5, $n" "$cli" map --layer "$layer" --field value --out "$data/map_$n.png" --width 1920 --height 1080
  measure "analyze moran queen 999, $n" "$cli" analyze moran --data "$layer" --field value --isolates exclude --json
  measure "analyze moran queen 0, $n" "$cli" analyze moran --data "$layer" --field value --isolates exclude --permutations 0 --json
  measure "analyze lisa queen 999, $n" "$cli" analyze lisa --data "$layer" --field value --isolates exclude --json
  measure "analyze moran knn:6 0, $n" "$cli" analyze moran --data "$layer" --field value --weights knn:6 --permutations 0 --json
done
