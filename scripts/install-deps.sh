#!/usr/bin/env bash
# Installs Parley's build and test dependencies from Debian's packages (idempotent; run as root).
set -euo pipefail
pkgs=(build-essential cmake pkg-config libsqlite3-dev sqlite3 zlib1g-dev nlohmann-json3-dev libgumbo-dev
      libgtest-dev libgmock-dev libbenchmark-dev iso-codes wordnet-base clang libclang-rt-14-dev python3)
if [[ ${PARLEY_WITH_CLICKHOUSE:-0} == 1 ]]; then pkgs+=(clickhouse-server clickhouse-client); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  echo "installing: ${missing[*]}" >&2
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "all dependencies present" >&2
fi
