#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 30) on a small seed corpus.
# Usage: scripts/fuzz.sh [SECONDS]     Exit status is non-zero when a target crashes.
set -euo pipefail
seconds="${1:-30}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${root}/build-fuzz"
shared="${PARLEY_SHARED_DIR:-${root}/../shared}"

CC=clang CXX=clang++ cmake -S "${root}" -B "${build}" -DPARLEY_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_SANITIZE=ON -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link \
  -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >/dev/null  # instrument the libraries for coverage too
targets=(dateline_fuzz jsonl_fuzz html_fuzz warc_fuzz sgml_fuzz coder_fuzz)
cmake --build "${build}" --target "${targets[@]}" -j2

seeds="${build}/seeds"
rm -rf "${seeds}"
mkdir -p "${seeds}"/{dateline,jsonl,html,warc,sgml,coder}
cp "${root}"/tests/fixtures/*.txt "${seeds}/dateline/" 2>/dev/null || true
printf 'MOSCOW, May 16 (Reuters) - Russia said.' >"${seeds}/dateline/reuters"
cp "${root}"/tests/fixtures/*.txt "${seeds}/coder/" 2>/dev/null || true
printf 'Russian President Vladimir Putin met US Secretary of State Mike Pompeo in Sochi. "We will talk," he said.' >"${seeds}/coder/a"
printf 'PARIS, Jan 5, 2020 (AFP) - France said.' >"${seeds}/dateline/afp"
printf 'Title\n\nIGORA /Leningrad Region/, December 26. /TASS/. Putin said.All news' >"${seeds}/dateline/tass"
printf '{"id":"1","text":"BERLIN (AP) \xe2\x80\x94 Text.","published":"2020-01-05"}\n{"id":2,\n' >"${seeds}/jsonl/a"
printf '<html><head><title>T</title><meta property="article:published_time" content="2021-11-02"></head><body><nav>x</nav><div class="article"><p>One, two, three paragraph text here for scoring.</p></div></body></html>' >"${seeds}/html/a"
html='<html><body><p>GENEVA (AP) - Ministers met on Tuesday, officials said.</p></body></html>'
http="HTTP/1.1 200 OK"$'\r\n'"Content-Type: text/html"$'\r\n\r\n'"${html}"
printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "${#http}" "${http}" >"${seeds}/warc/a"
gzip -c "${seeds}/warc/a" >"${seeds}/warc/a.gz"
if [[ -f "${shared}/corpora/reuters21578/reut2-000.sgm" ]]; then
  head -c 6000 "${shared}/corpora/reuters21578/reut2-000.sgm" >"${seeds}/sgml/a"
else
  printf '<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>T</TITLE><DATELINE> X, Feb 26 - </DATELINE><BODY>Body &lt;x&gt;.\n Reuter\n&#3;</BODY></TEXT></REUTERS>' >"${seeds}/sgml/a"
fi

status=0
for t in "${targets[@]}"; do
  corpus="${build}/corpus/${t}"
  mkdir -p "${corpus}"
  echo "== ${t} (${seconds}s)"
  if ! (cd "${build}" && ASAN_OPTIONS=detect_leaks=1 "./${t}" -max_total_time="${seconds}" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=0 "${corpus}" "${seeds}/${t%_fuzz}" >"${build}/${t}.log" 2>&1); then
    echo "   CRASH: see ${build}/${t}.log"; tail -n 30 "${build}/${t}.log"; status=1
  else
    grep -E "^#[0-9]+.*(DONE|pulse)" "${build}/${t}.log" | tail -n 1 || true
  fi
done
exit "${status}"
