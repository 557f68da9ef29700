package org.approxmac.cli;

import java.util.List;
import java.util.Locale;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.approxmac.synth.CostResult;
import org.approxmac.toolchain.ToolVersion;

/** The plain-text table of {@code approxmac synth}: one row per design, then the conditions of the run. */
final class CostTable {
    private CostTable() {
    }

    /** The spec's pipeline latency ({@code stages}), or "-" for a result whose spec does not parse. */
    private static String latency(CostResult r) {
        try {
            return Integer.toString(UnitSpec.parse(r.spec()).latency());
        } catch (SpecException e) {
            return "-";
        }
    }

    /** The spec, or empty for a result whose spec does not parse (a user's own RTL). */
    private static java.util.Optional<UnitSpec> spec(CostResult r) {
        try {
            return java.util.Optional.of(UnitSpec.parse(r.spec()));
        } catch (SpecException e) {
            return java.util.Optional.empty();
        }
    }

    static String render(List<CostResult> results) {
        StringBuilder sb = new StringBuilder();
        int nameWidth = Math.max(6, results.stream().mapToInt(r -> r.design().length()).max().orElse(6));
        String row = "%-" + nameWidth + "s %11s %7s %5s %3s %9s %10s %10s %10s %10s %11s %9s%n";
        sb.append(String.format(Locale.ROOT, row, "design", "area", "cells", "regs", "lat", "delay_ns", "power_mW",
                "internal", "switching", "leakage", "energy_pJ", "pdp_pJ"));
        for (CostResult r : results) {
            sb.append(String.format(Locale.ROOT, row, r.design(), fmt(r.area(), 0), r.cells(), r.registers(),
                    latency(r), fmt(r.delayNs(), 3),
                    fmt(r.powerMw(), 4), fmt(r.internalMw(), 4), fmt(r.switchingMw(), 4), fmt(r.leakageMw(), 6),
                    fmt(r.energyPj(), 2), fmt(r.pdpPj(), 2)));
        }
        if (results.isEmpty()) {
            return sb.toString();
        }
        CostResult first = results.get(0);
        sb.append('\n');
        for (CostResult r : results) {
            UnitSpec spec = spec(r).orElse(null);
            if (spec != null && spec.dot()) { // a dot-product unit does K multiply-accumulates per operation
                int lanes = spec.lanes();
                sb.append(String.format(Locale.ROOT, "%-" + nameWidth + "s %d lanes: %s pJ per multiply-accumulate,"
                        + " area %s per lane%n", r.design(), lanes, fmt(r.energyPj() / lanes, 3),
                        fmt(r.area() / lanes, 0)));
            } else if (spec != null && spec.array()) { // an array does R x C per cycle
                int elements = spec.elements();
                sb.append(String.format(Locale.ROOT, "%-" + nameWidth + "s %d x %d elements: %s pJ per"
                        + " multiply-accumulate, area %s per element%n", r.design(), spec.rows(), spec.cols(),
                        fmt(r.energyPj() / elements, 3), fmt(r.area() / elements, 0)));
            }
        }
        for (CostResult r : results) {
            if (!r.design().equals(r.spec())) {
                sb.append(String.format(Locale.ROOT, "%-" + nameWidth + "s = %s (%s)%n", r.design(), r.spec(),
                        r.source()));
            }
        }
        sb.append("area: ").append(first.areaUnit()).append(", whole measured circuit (operand registers, unit,"
                + " accumulator or product register)\n");
        sb.append("regs: register bits (flip-flops), the measurement's operand and product registers included;"
                + " lat: pipeline latency in cycles (the spec's stages)\n");
        sb.append("delay: register-to-register critical path (clock-to-Q and setup included): the shortest clock"
                + " period\n");
        sb.append(String.format(Locale.ROOT, "power: at a common %s ns clock (%s MHz); energy_pJ = energy per"
                + " operation at the design's own maximum clock (period = delay); pdp_pJ = power at the common"
                + " clock x delay (paper-compatible PDP)%n", fmt(first.clockNs(), 3), fmt(1000 / first.clockNs(), 1)));
        sb.append(String.format(Locale.ROOT, "activity: zero-delay gate-level simulation, %s operands (seed %d),"
                + " %d cycles after %d warm-up cycles%n", first.operands(), first.seed(), first.simCycles(),
                first.warmupCycles()));
        sb.append("liberty: ").append(first.libraryName()).append(" (").append(first.liberty()).append(", sha256 ")
                .append(first.libertySha256(), 0, 16).append(")\n");
        // labelled as the report labels them (Icarus Verilog's compiler and runtime once, no empty "()")
        sb.append("tools: ").append(String.join("; ", ToolVersion.labelled(first.toolVersions()).stream()
                .map(ToolVersion::toString).toList())).append('\n');
        return sb.toString();
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
