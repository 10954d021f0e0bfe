#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch folder and checks that it is a
# working installation: declared dependencies, files in place, and the unpacked
# cityatlas-cli finding its datasets and translations next to itself (not in the build tree).
# Usage: test_package.sh BUILD_DIR
set -euo pipefail
build="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch/out" > "$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb="$(ls "$scratch"/out/cityatlas_*.deb)"
echo "package: $(basename "$deb")"

info="$(dpkg-deb -I "$deb")"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libgdal32 fonts-wqy-microhei fonts-noto-cjk; do
  grep -q "Depends:.*$dep" <<<"$info" || { echo "FAIL: the package does not depend on $dep"; echo "$info"; exit 1; }
done

dpkg-deb -x "$deb" "$scratch/unpacked"
for f in usr/bin/cityatlas usr/bin/cityatlas-cli usr/share/applications/org.cityatlas.CityAtlas.desktop \
         usr/share/icons/hicolor/scalable/apps/org.cityatlas.CityAtlas.svg \
         usr/share/cityatlas/datasets/china_provinces.gpkg usr/share/cityatlas/datasets/README.md \
         usr/share/cityatlas/datasets/china_divisions.csv usr/share/cityatlas/datasets/china_division_changes.csv; do
  [ -e "$scratch/unpacked/$f" ] || { echo "FAIL: $f is not in the package"; exit 1; }
done

cli="$scratch/unpacked/usr/bin/cityatlas-cli"
export QT_QPA_PLATFORM=offscreen
unset CITYATLAS_DATASETS
"$cli" --version | grep -q '^cityatlas-cli ' || { echo "FAIL: --version"; exit 1; }
dir="$("$cli" datasets --json | sed -n 's/.*"directory": "\(.*\)".*/\1/p')"
[ "$dir" = "$(cd "$scratch/unpacked/usr/share/cityatlas/datasets" && pwd -P)" ] \
  || { echo "FAIL: the unpacked CLI reads datasets from '$dir'"; exit 1; }
"$cli" map --default --out "$scratch/map.png" --width 800 --height 600 > /dev/null
"$cli" figure fig6 --out "$scratch/fig6.png" > /dev/null
printf 'id,name\n1,北京市东城区\n' > "$scratch/names.csv"
"$cli" aggregate names --list "$scratch/names.csv" --field name --level county --json | grep -q '"110101"' \
  || { echo "FAIL: aggregate names with the installed gazetteer"; exit 1; }
"$cli" --lang zh_CN map --help | grep -q '分级' || { echo "FAIL: the Chinese translation is not found"; exit 1; }
file "$scratch/map.png" "$scratch/fig6.png" | grep -c 'PNG image' | grep -q 2 || { echo "FAIL: exports"; exit 1; }
echo "1 passed, 0 failed"
