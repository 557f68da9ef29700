#!/usr/bin/env bash
# Regenerates the measured table of docs/dot-products.md: energy per multiply-accumulate of K-lane
# dot-product MACs (dot=K) against the single MAC of the same kind, for the exact fixed-point unit,
# Mitch-w6 and DRUM6 at N = 16, synthesised and measured by `approxmac synth` (uniform operands).
# Prints Markdown on stdout; progress on stderr.
#   scripts/dot-table.sh                          osu018, K = 1 (the single MAC), 4 and 16
#   DOT_LANES="1 16" scripts/dot-table.sh         other lane counts (1 is the single MAC)
#   DOT_KINDS="mitchw:n=16,w=6" scripts/dot-table.sh --liberty FILE.lib.gz   a subset, any synth option
# Results are cached (.approxmac-cache/cost), so a second run only formats.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kinds=${DOT_KINDS:-"fixed:n=16 mitchw:n=16,w=6 drum:n=16,k=6"}
lanes=${DOT_LANES:-"1 4 16"}

specs=()
for k in $kinds; do
  for l in $lanes; do
    dot=""
    [ "$l" != 1 ] && dot=",dot=$l"
    specs+=("$k$dot,mac")
  done
done

out=$("$root/approxmac" synth "$@" "${specs[@]}")
# rows: design area cells regs lat delay power internal switching leakage energy pdp; then "name = spec (source)"
echo "$out" | awk '
  /^design / { table = 1; next }
  table && NF == 12 { area[$1] = $2; delay[$1] = $6; energy[$1] = $11; order[++rows] = $1; next }
  table && NF == 0 { table = 0; next }
  / = / && $2 == "=" { spec[$1] = $3; next }
  /^liberty:/ { lib = $0 }
  END {
    print "| MAC | lanes K | area | area per lane | delay ns | energy pJ per cycle | pJ per MAC | vs the single MAC | vs fixed, same K |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= rows; i++) {
      d = order[i]; s = (d in spec) ? spec[d] : d
      k = 1
      if (match(s, /,dot=[0-9]+/)) k = substr(s, RSTART + 5, RLENGTH - 5) + 0
      kind = s; sub(/,dot=[0-9]+/, "", kind); sub(/,acc=[0-9]+/, "", kind)
      base = kind; sub(/:.*/, "", base)
      per[d] = energy[d] / k
      if (k == 1) single[kind] = per[d]
      if (base == "fixed") fixed[k] = per[d]
      lanesOf[d] = k; kindOf[d] = kind; baseOf[d] = base
    }
    for (i = 1; i <= rows; i++) {
      d = order[i]; k = lanesOf[d]
      vsSingle = (kindOf[d] in single) ? sprintf("%+.1f %%", 100 * (per[d] / single[kindOf[d]] - 1)) : "-"
      vsFixed = (k in fixed && baseOf[d] != "fixed") ? sprintf("%+.1f %%", 100 * (per[d] / fixed[k] - 1)) : "-"
      printf "| `%s` | %d | %s | %.0f | %s | %s | %.2f | %s | %s |\n", (d in spec) ? spec[d] : d, k, area[d],
          area[d] / k, delay[d], energy[d], per[d], vsSingle, vsFixed
    }
    print ""
    print lib
  }'
