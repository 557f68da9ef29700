#!/usr/bin/env bash
# Regenerates the measured tables of docs/arithmetic.md: the fixed-point multipliers and MACs at
# N = 8, 16, 32 in every architecture (arch=, adder=) against Verilog '*' (arch=star), synthesised and
# measured by `approxmac synth` (uniform operands). Prints Markdown on stdout; progress on stderr.
#   scripts/arith-table.sh                       osu018, the full table
#   scripts/arith-table.sh --liberty FILE.lib.gz a cross-check library (pass any synth option)
#   ARITH_WIDTHS="16 32" ARITH_UNITS=mac ARITH_ARCHS="star:plus booth" scripts/arith-table.sh   a subset
# Results are cached (.approxmac-cache/cost), so a second run only formats.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
widths=${ARITH_WIDTHS:-"8 16 32"}
units=${ARITH_UNITS:-"mul mac"}
# the first entry is the reference of the "vs" column
archs=${ARITH_ARCHS:-"star:plus radix4 radix4:ripple radix4_wallace dadda dadda:ripple booth booth:ripple wallace booth_wallace booth:bk booth:sklansky booth:ks"}

specs=()
for n in $widths; do
  for u in $units; do
    unit=""
    [ "$u" = mac ] && unit=",mac"
    for a in $archs; do
      arch=${a%%:*}
      adder=""
      [ "$a" != "$arch" ] && adder=",adder=${a#*:}"
      specs+=("fixed:n=$n$unit,arch=$arch$adder")
    done
  done
done

out=$("$root/approxmac" synth "$@" "${specs[@]}")
# rows: design area cells regs lat delay power internal switching leakage energy pdp; then "name = spec (source)"
echo "$out" | awk '
  /^design / { table = 1; next }
  table && NF == 12 { area[$1] = $2; delay[$1] = $6; energy[$1] = $11; pdp[$1] = $12; order[++rows] = $1; next }
  table && NF == 0 { table = 0; next }
  / = / && $2 == "=" { spec[$1] = $3; sub(/^[^(]*\(/, ""); sub(/\)$/, ""); src[$1] = $0; next }
  /^liberty:/ { lib = $0 }
  END {
    print "| spec | architecture | area | delay ns | energy pJ | vs first | PDP pJ |"
    print "|---|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= rows; i++) {
      d = order[i]; s = spec[d]
      key = s; sub(/,arch=[a-z_]+/, "", key); sub(/,adder=[a-z]+/, "", key)
      if (!(key in ref)) ref[key] = energy[d]
      arch = src[d]; sub(/^generated; /, "", arch)
      ratio = sprintf("%+.1f %%", 100 * (energy[d] / ref[key] - 1))
      printf "| `%s` | %s | %s | %s | %s | %s | %s |\n", s, arch, area[d], delay[d], energy[d], ratio, pdp[d]
    }
    print ""
    print lib
  }'
