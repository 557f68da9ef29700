#!/usr/bin/env bash
# Regenerates the measured tables of docs/pipelining.md: the six MACs of Table 4 at stages = 0..4,
# synthesised with fanout buffering (`approxmac synth --buffer`, uniform operands). Prints Markdown on
# stdout (one row pair per MAC: delay, then energy per operation with area; the last column is
# S = 0 / S = max); progress on stderr.
#   scripts/pipeline-table.sh                        osu018, the six MACs, S = 0..4
#   scripts/pipeline-table.sh --liberty FILE.lib.gz  a cross-check library (pass any synth option)
#   PIPE_SPECS="fixed:n=32,adder=bk" PIPE_STAGES="0 4" scripts/pipeline-table.sh   a subset
#   PIPE_UNIT=multiplier scripts/pipeline-table.sh   the bare multipliers instead of the MACs
# Results are cached (.approxmac-cache/cost), so a second run only formats.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bases=${PIPE_SPECS:-"fixed:n=16 fixed:n=32 mitchw:n=16,w=6 mitchw:n=32,w=6 bf16 fp32"}
stages=${PIPE_STAGES:-"0 1 2 3 4"}
unit=",mac"
[ "${PIPE_UNIT:-mac}" = multiplier ] && unit=""

specs=()
for b in $bases; do
  for s in $stages; do
    sep=","
    case "$b" in *:*) ;; *) sep=":" ;; esac
    specs+=("$b${sep}stages=$s$unit")
  done
done

out=$("$root/approxmac" synth --buffer "$@" "${specs[@]}")
# rows: design area cells regs lat delay power internal switching leakage energy pdp
echo "$out" | awk -v nstages="$(echo $stages | wc -w)" -v header="$stages" '
  /^design / { table = 1; next }
  table && NF == 12 { row[++rows] = $0; next }
  table && NF == 0 { table = 0; next }
  /^liberty:/ { lib = $0 }
  END {
    split(header, s, " ")
    line = "| design |"; rule = "|---|"
    for (i = 1; i <= nstages; i++) { line = line " S = " s[i] " |"; rule = rule "---|" }
    print line " S = " s[1] " / S = " s[nstages] " |"
    print rule "---:|"
    for (r = 1; r <= rows; r += nstages) {
      split(row[r], first, " ")
      name = first[1]; sub(/_stages[0-9]+/, "", name)
      d = "| `" name "` delay ns |"; e = "| energy pJ/op (area, regs) |"
      for (i = 0; i < nstages; i++) {
        split(row[r + i], f, " ")
        d = d " " f[6] " |"; e = e " " f[11] " (" f[2] ", " f[4] ") |"
        if (i == 0) d0 = f[6]
        if (i == nstages - 1) dn = f[6]
      }
      printf "%s %.2f× |\n%s |\n", d, d0 / dn, e
    }
    print ""
    print lib
  }'
