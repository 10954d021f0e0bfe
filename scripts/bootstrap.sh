# Sourced by run.sh and test.sh: install missing Debian packages, then configure and build.
# Usage: cityatlas_bootstrap [extra packages...]; sets BUILD_DIR.

CITYATLAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$CITYATLAS_ROOT/build}"

# Build and run dependencies (Debian 12 package names), one list for every entry point.
CITYATLAS_PACKAGES=(
  cmake ninja-build g++ ccache pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libgdal-dev libgeos-dev gdal-bin libeigen3-dev libnanoflann-dev libsqlite3-dev sqlite3 libpng-dev libjemalloc-dev libpcg-cpp-dev
  fonts-wqy-microhei fonts-noto-cjk poppler-utils python3
  postgresql-15 postgresql-15-postgis-3
)

cityatlas_install_packages() {
  local missing=() pkg
  for pkg in "${CITYATLAS_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
  if [ "$(id -u)" -ne 0 ]; then
    echo "CityAtlas needs these Debian packages. Run as root:" >&2
    echo "  apt-get update && ${cmd[*]}" >&2
    return 1
  fi
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q || return 1
  "${cmd[@]}" || return 1
}

cityatlas_build() {
  local build_type="${1:-Release}"
  cmake -S "$CITYATLAS_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" || return 1
  cmake --build "$BUILD_DIR" -j "${CITYATLAS_JOBS:-2}" || return 1
}
