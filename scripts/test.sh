#!/usr/bin/env bash
# The README's test command: install dependencies, build, and run every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build
cd build && ctest --output-on-failure -j"$(nproc)"
