#!/usr/bin/env bash
# The translations are complete: lupdate over today's sources (the project file CMake writes
# for the update_translations target), run on scratch copies of the .ts files, finds no
# message without a finished translation and nothing obsolete; and every translation keeps
# its source's placeholders, tags and accelerators (translations/tools/check_translations.py).
# Usage: test_translations.sh SOURCE_DIR PROJECT_CMAKE GENERATE_SCRIPT LUPDATE
set -euo pipefail
src="$1"; project_in="$2"; generate="$3"; lupdate="$4"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cmake -DIN_FILE="$project_in" -DOUT_FILE="$scratch/project.json" -P "$generate" > /dev/null
cp "$src/translations/cityatlas_zh_CN.ts" "$src/translations/cityatlas_en.ts" "$scratch/"
sed -i "s#$src/translations/#$scratch/#g" "$scratch/project.json"
"$lupdate" -silent -project "$scratch/project.json" -locations relative > "$scratch/lupdate.log" 2>&1 \
  || { cat "$scratch/lupdate.log"; exit 1; }

failed=0
for ts in cityatlas_zh_CN.ts cityatlas_en.ts; do
  unfinished=$(grep -c 'type="unfinished"' "$scratch/$ts" || true)
  obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$scratch/$ts" || true)
  echo "$ts: $unfinished unfinished, $obsolete obsolete"
  if [ "$unfinished" -ne 0 ] || [ "$obsolete" -ne 0 ]; then
    failed=1
    grep -B4 -E 'type="(unfinished|obsolete|vanished)"' "$scratch/$ts" | grep '<source>' | head -10
  fi
done
python3 "$src/translations/tools/check_translations.py" --ts-dir "$scratch" || failed=1
if [ "$failed" -ne 0 ]; then
  echo "Refresh: cmake --build build --target update_translations, finish the new messages in Qt Linguist"
  echo "(linguist translations/cityatlas_zh_CN.ts), then python3 translations/tools/check_translations.py --fill-english"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
