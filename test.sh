#!/usr/bin/env bash
# Install what is missing, build, and run every test through CTest (headless).
set -euo pipefail
source "$(dirname "$0")/scripts/bootstrap.sh"
cityatlas_install_packages poppler-utils
cityatlas_build Release
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "${CITYATLAS_JOBS:-2}" "$@"
