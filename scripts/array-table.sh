#!/usr/bin/env bash
# Regenerates the measured table of docs/arrays.md: energy per multiply-accumulate of R x C arrays of
# MACs (rows=R,cols=C) with each broadcast operand's conversion shared (share=operands) and not
# (share=none), against the single MAC of the same kind, at N = 16 on `approxmac synth` (uniform
# operands). Prints Markdown on stdout; progress on stderr.
#   scripts/array-table.sh                               osu018, 4 x 4 arrays
#   ARRAY_SIZE="rows=2,cols=2" scripts/array-table.sh    another size
#   ARRAY_KINDS="mitchw:n=16,w=6" scripts/array-table.sh --buffer   a subset, any synth option
# Results are cached (.approxmac-cache/cost), so a second run only formats.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kinds=${ARRAY_KINDS:-"fixed:n=16 mitchw:n=16,w=6 drum:n=16,k=6"}
size=${ARRAY_SIZE:-"rows=4,cols=4"}

specs=()
for k in $kinds; do
  specs+=("$k,mac")
  case "$k" in
    fixed:*) specs+=("$k,mac,$size") ;;                 # an exact multiplier shares nothing
    *) specs+=("$k,mac,$size,share=none" "$k,mac,$size") ;;
  esac
done

out=$("$root/approxmac" synth "$@" "${specs[@]}")
# rows: design area cells regs lat delay power internal switching leakage energy pdp; then "name = spec (source)"
echo "$out" | awk '
  /^design / { table = 1; next }
  table && NF == 12 { area[$1] = $2; cells[$1] = $3; delay[$1] = $6; energy[$1] = $11; order[++rows] = $1; next }
  table && NF == 0 { table = 0; next }
  / = / && $2 == "=" { spec[$1] = $3; next }
  /^liberty:/ { lib = $0 }
  /^mapping:/ { mapping = $0 }
  END {
    print "| MAC | elements | area | area per element | cells | delay ns | energy pJ per cycle | pJ per MAC | vs the single MAC | sharing saves |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= rows; i++) {
      d = order[i]; s = (d in spec) ? spec[d] : d
      e = 1
      if (match(s, /rows=[0-9]+/)) e *= substr(s, RSTART + 5, RLENGTH - 5)
      if (match(s, /cols=[0-9]+/)) e *= substr(s, RSTART + 5, RLENGTH - 5)
      kind = s; sub(/,rows=[0-9]+/, "", kind); sub(/,cols=[0-9]+/, "", kind); sub(/,share=[a-z]+/, "", kind)
      sub(/,acc=[0-9]+/, "", kind)
      per[d] = energy[d] / e; elements[d] = e; kindOf[d] = kind
      if (e == 1) single[kind] = per[d]
      if (s ~ /share=none/) unshared[kind] = per[d]
    }
    for (i = 1; i <= rows; i++) {
      d = order[i]; s = (d in spec) ? spec[d] : d; k = kindOf[d]
      vsSingle = (elements[d] > 1 && k in single) ? sprintf("%+.1f %%", 100 * (per[d] / single[k] - 1)) : "-"
      saves = (elements[d] > 1 && s !~ /share=none/ && k in unshared) ? sprintf("%.1f %%", 100 * (1 - per[d] / unshared[k])) : "-"
      printf "| `%s` | %d | %s | %.0f | %s | %s | %s | %.2f | %s | %s |\n", s, elements[d], area[d],
          area[d] / elements[d], cells[d], delay[d], energy[d], per[d], vsSingle, saves
    }
    print ""
    print lib
    if (mapping != "") print mapping
  }'
