#!/usr/bin/env bash
# Installs what approxmac needs on Debian/Ubuntu: a JDK 17, Maven, Verilator (with g++ and make), gcc
# (it compiles and checks the exported C models),
# Yosys, OpenSTA, Icarus Verilog, the OSU 0.18 um standard-cell library (the default liberty),
# Chromium (headless: the test that renders the HTML report), GNU parallel (the test that runs a
# sweep plan the way a job engine would) and the Fashion-MNIST data set (the CNN experiment).
# Idempotent: installs only missing packages. A package counts as present when dpkg has it installed or
# when what approxmac uses of it is already there: the tool's command (the binary named by its
# APPROXMAC_<TOOL> variable, else the command on PATH; e.g. an OSS CAD Suite Yosys), a JDK whose javac
# is 17 or newer, the library or data set at its Debian path. Runs apt-get as root, or through sudo.
#   scripts/install-deps.sh            install what is missing
#   scripts/install-deps.sh --check    list what is missing, exit 1 if anything is
set -euo pipefail

packages=(openjdk-17-jdk-headless maven verilator g++ gcc make yosys opensta iverilog qflow-tech-osu018 chromium parallel dataset-fashion-mnist)

on_path() { command -v "$1" >/dev/null 2>&1; }

# a tool's binary: the one its APPROXMAC_<TOOL> variable names (a path or a command), else the command
has_tool() { # has_tool VARIABLE COMMAND
  local named="${!1:-}"
  if [ -n "$named" ]; then [ -x "$named" ] || on_path "$named"; else on_path "$2"; fi
}

# what approxmac uses of a package, found without dpkg
usable() {
  case "$1" in
    openjdk-17-jdk-headless)
      on_path javac && [ "$(javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')" -ge 17 ] 2>/dev/null ;;
    maven) on_path mvn ;;
    verilator) has_tool APPROXMAC_VERILATOR verilator ;;
    g++) has_tool APPROXMAC_CXX g++ ;;
    gcc) has_tool APPROXMAC_CC gcc ;;
    make) has_tool APPROXMAC_MAKE make ;;
    yosys) has_tool APPROXMAC_YOSYS yosys ;;
    opensta) has_tool APPROXMAC_OPENSTA sta ;;
    iverilog) has_tool APPROXMAC_IVERILOG iverilog && has_tool APPROXMAC_VVP vvp ;;
    qflow-tech-osu018) [ -f /usr/share/qflow/tech/osu018/osu018_stdcells.lib ] ;;
    chromium) on_path chromium || on_path chromium-browser ;;
    parallel) on_path parallel && parallel --version 2>/dev/null | grep -q "GNU parallel" ;;
    dataset-fashion-mnist) [ -d /usr/share/datasets/fashion-mnist ] ;;
    *) return 1 ;;
  esac
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && ! usable "$p"; then
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
