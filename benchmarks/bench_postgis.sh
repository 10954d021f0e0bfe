#!/bin/bash
# Wall time of `cityatlas-cli aggregate points` on points in PostGIS: counted in the database
# (one statement, per-unit rows back) against streamed and counted here (--local), into the 34
# provinces and the 367 prefectures. Starts a throwaway PostgreSQL + PostGIS server (as the
# tests do: a temporary folder, a Unix socket only, the user "postgres" when run as root),
# loads N uniform random points over China's bounding box (setseed: the same points every run)
# with a GiST index, and removes it all afterwards. Not a test; quote its figures with the
# machine they ran on. Server and client share the machine here, so the network costs nothing:
# across a network the local path also pays for moving every point, the database path not.
#
#   benchmarks/bench_postgis.sh [N ...]     (default 1000000; 10000000 takes a few minutes)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cli=${CITYATLAS_CLI:-$root/build/app/cityatlas-cli}
bin=${CITYATLAS_PG_BINDIR:-/usr/lib/postgresql/15/bin}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000)

dir=$(mktemp -d)
as=()
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; as=(setpriv --reuid=postgres --regid=postgres --init-groups --); fi
port=$((20000 + RANDOM % 40000))
cleanup() { "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
(cd "$dir" && "${as[@]}" "$bin/initdb" -D "$dir/data" -U bench -A trust --no-sync -E UTF8 --locale=C >/dev/null)
(cd "$dir" && "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses= -c fsync=off -c shared_buffers=256MB" start >/dev/null)
psql=("$bin/psql" -X -q -h "$dir" -p "$port" -U bench)
"${psql[@]}" -d postgres -c "CREATE DATABASE bench" && "${psql[@]}" -d bench -c "CREATE EXTENSION postgis"
pg="PG:host=$dir port=$port dbname=bench user=bench"
ogr2ogr -f PostgreSQL "$pg" "$root/datasets/china_provinces.gpkg" -nln provinces -lco GEOMETRY_NAME=geom -nlt MULTIPOLYGON
ogr2ogr -f PostgreSQL "$pg" "/vsizip/$root/datasets/china_prefectures.gpkg.zip" -nln prefectures -lco GEOMETRY_NAME=geom -nlt MULTIPOLYGON

seconds() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); awk -v ns=$((t1 - t0)) 'BEGIN { print ns / 1e9 }'; }
printf '%-10s %-12s %14s %14s\n' points units "database s" "local s"
for n in "${sizes[@]}"; do
  "${psql[@]}" -d bench -v ON_ERROR_STOP=1 >/dev/null -c "SET client_min_messages = warning; DROP TABLE IF EXISTS points;
    SELECT setseed(0.16); CREATE TABLE points (id bigserial PRIMARY KEY, staff integer, geom geometry(Point, 4326));
    INSERT INTO points (staff, geom) SELECT (random() * 100)::int,
      ST_SetSRID(ST_MakePoint(73 + 63 * random(), 17 + 38 * random()), 4326) FROM generate_series(1, $n);
    CREATE INDEX ON points USING gist (geom);" -c "VACUUM ANALYZE points"
  for units in provinces prefectures; do
    args=(aggregate points --points "$pg:points" --to "$pg:$units" --weight staff --allow-remote --json)
    printf '%-10s %-12s %14.2f %14.2f\n' "$n" "$units" "$(seconds "$cli" "${args[@]}")" "$(seconds "$cli" "${args[@]}" --local)"
  done
done
