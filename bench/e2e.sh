#!/usr/bin/env bash
# End-to-end coding benchmark on Reuters-21578: MB/s, sentences/s and peak RSS for -j1 and -j2.
# Usage: bench/e2e.sh [build/parley] [../shared/corpora/reuters21578]
set -euo pipefail
parley=${1:-build/parley}
corpus=${2:-../shared/corpora/reuters21578}
if [[ ! -d $corpus ]]; then echo "skip: $corpus not found (the corpora live in ../shared)"; exit 0; fi
bytes=$(cat "$corpus"/*.sgm | wc -c)
echo "corpus: $corpus ($((bytes / 1000000)) MB of SGML, $(ls "$corpus"/*.sgm | wc -l) files)"
for j in 1 2; do
  /usr/bin/time -f "%e s wall, %M KB peak RSS" "$parley" code "$corpus"/*.sgm --format jsonl -j "$j" >/tmp/parley_e2e_$j.jsonl 2>/tmp/parley_e2e_$j.err
  echo "-j$j: $(grep -E '^coded' /tmp/parley_e2e_$j.err) | $(tail -1 /tmp/parley_e2e_$j.err) | $(wc -l </tmp/parley_e2e_$j.jsonl) events | SGML $(awk -v b="$bytes" -v s="$(tail -1 /tmp/parley_e2e_$j.err | cut -d' ' -f1)" 'BEGIN{printf "%.1f MB/s", b/1e6/s}')"
done
cmp -s /tmp/parley_e2e_1.jsonl /tmp/parley_e2e_2.jsonl && echo "-j1 and -j2 outputs identical" || echo "WARNING: -j1 and -j2 outputs differ"
