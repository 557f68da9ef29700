package org.approxmac.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.approxmac.synth.CostResult;
import org.approxmac.synth.EnergySplit;

/**
 * {@code approxmac synth --energy-split}: where each design's energy per operation goes, as a table per
 * design (registers by name, logic by cell type, or by module instance for a netlist mapped with its
 * hierarchy kept), or as a JSON array per design.
 */
final class EnergySplitTable {
    private EnergySplitTable() {
    }

    /** What a design whose cache entry predates the split gets instead of a table. */
    static final String NOT_RECORDED = "not recorded in its cache entry (measured by an earlier approxmac):"
            + " measure it again with --cache on an empty folder";

    /** One table per design, in the order of {@code results}. */
    static String render(List<CostResult> results, Function<CostResult, Optional<EnergySplit>> splits) {
        StringBuilder sb = new StringBuilder();
        for (CostResult r : results) {
            sb.append('\n');
            Optional<EnergySplit> split = splits.apply(r);
            if (split.isEmpty()) {
                sb.append("energy split of ").append(r.design()).append(": ").append(NOT_RECORDED).append('\n');
                continue;
            }
            sb.append(table(r, split.get()));
        }
        return sb.toString();
    }

    private static String table(CostResult r, EnergySplit split) {
        StringBuilder sb = new StringBuilder();
        boolean byModule = split.parts().stream().anyMatch(p -> p.kind() == EnergySplit.Kind.MODULE);
        sb.append("energy split of ").append(r.design()).append(" (pJ per operation; registers by name, logic by ")
                .append(byModule ? "module instance" : "cell type")
                .append("; idle: with no net toggling, i.e. clock pins and leakage)\n");
        int nameWidth = Math.max(20, split.parts().stream()
                .mapToInt(p -> p.kind().label().length() + 1 + p.name().length()).max().orElse(20));
        String row = "  %-" + nameWidth + "s %12s %10s %7s %9s%n";
        sb.append(String.format(Locale.ROOT, row, "part", "count", "energy_pJ", "share", "idle_pJ"));
        double total = split.totalPj();
        for (EnergySplit.Part p : split.parts()) {
            sb.append(String.format(Locale.ROOT, row, p.kind().label() + " " + p.name(), count(p), fmt(p.energyPj()), share(p.energyPj(), total), fmt(p.idlePj())));
        }
        sb.append(String.format(Locale.ROOT, row, "total", "", fmt(total), share(total, total), fmt(split.idlePj())));
        sb.append("  registers are named by their output nets: unit.<input> are the measurement's operand registers"
                + " (<input>_q with Yosys releases that keep the register's own name), a bare multiplier's product"
                + " register has the name of the measured circuit's output\n");
        return sb.toString();
    }

    /** The split as JSON-ready objects (one per part, most energy first), or null if not recorded. */
    static List<Map<String, Object>> json(Optional<EnergySplit> split) {
        if (split.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (EnergySplit.Part p : split.get().parts()) {
            Map<String, Object> o = new TreeMap<>();
            o.put("kind", p.kind().label());
            o.put("name", p.name());
            o.put("count", p.count());
            o.put("energy_pj", p.energyPj());
            o.put("idle_pj", p.idlePj());
            parts.add(o);
        }
        return parts;
    }

    /** E.g. {@code 72 bits}, {@code 1 cell}. */
    private static String count(EnergySplit.Part p) {
        String unit = p.kind().unit();
        return p.count() + " " + (p.count() == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }

    private static String fmt(double pj) {
        return String.format(Locale.ROOT, "%.2f", pj);
    }

    private static String share(double part, double total) {
        return total > 0 ? String.format(Locale.ROOT, "%.1f %%", 100 * part / total) : "-";
    }
}
