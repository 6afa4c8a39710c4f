#!/usr/bin/env bash
# The README's first command: install, build, and run Parley's main job on the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build
./build/parley demo
