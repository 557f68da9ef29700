#!/usr/bin/env bash
# Installs what approxmac needs on Debian/Ubuntu: a JDK 17, Maven, Verilator (with g++ and make), gcc
# (it compiles and checks the exported C models),
# Yosys, OpenSTA, Icarus Verilog, the OSU 0.18 um standard-cell library (the default liberty),
# Chromium (headless: the test that renders the HTML report), GNU parallel (the test that runs a
# sweep plan the way a job engine would) and the Fashion-MNIST data set (the CNN experiment).
# Idempotent: installs only missing packages. Runs apt-get as root, or through sudo.
#   scripts/install-deps.sh            install what is missing
#   scripts/install-deps.sh --check    list what is missing, exit 1 if anything is
set -euo pipefail

packages=(openjdk-17-jdk-headless maven verilator g++ gcc make yosys opensta iverilog qflow-tech-osu018 chromium parallel dataset-fashion-mnist)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${1:-}" = "--check" ]; then
  if [ ${#missing[@]} -eq 0 ]; then echo "all dependencies installed"; exit 0; fi
  echo "missing: ${missing[*]}"; exit 1
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "approxmac: missing ${missing[*]} and no apt-get here: install them with your package manager" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "approxmac: missing ${missing[*]}: run this script as root (no sudo found)" >&2
  exit 1
fi
echo "approxmac: installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
