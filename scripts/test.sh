#!/usr/bin/env bash
# The README's test command: install dependencies, validate the dictionaries, build, and run every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
python3 scripts/check_event_dicts.py
python3 scripts/check_actor_dicts.py --quiet
python3 scripts/gen_countries.py --check
bash scripts/build.sh build
cd build && ctest --output-on-failure -j"$(nproc)"
