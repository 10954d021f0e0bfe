#!/usr/bin/env bash
# Install what is missing, build, and start CityAtlas on the bundled data.
# Without a display, render the default map with the command-line twin instead.
set -euo pipefail
source "$(dirname "$0")/scripts/bootstrap.sh"
cityatlas_install_packages
cityatlas_build Release
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/cityatlas" "$@"
fi
out="$CITYATLAS_ROOT/out"
mkdir -p "$out"
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): rendering the default map instead."
"$BUILD_DIR/app/cityatlas-cli" map --default --out "$out/china-population-density.png"
echo "Default map written to: $out/china-population-density.png"
