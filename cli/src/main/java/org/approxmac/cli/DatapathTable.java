package org.approxmac.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.approxmac.synth.CostResult;
import org.approxmac.synth.Mapping;
import org.approxmac.toolchain.ToolVersion;

/**
 * The energy per multiply-accumulate of every kind in every datapath ({@code approxmac datapaths}),
 * computed from the designs' costs: per MAC (energy per cycle and area divided by the MACs per
 * cycle), against the kind's single MAC, against the {@code fixed} kind of the same width in the same
 * datapath, and what sharing the operand conversion saves in the array. Pure arithmetic and
 * formatting: the costs come from the caller (the cost flow, or a test).
 */
final class DatapathTable {

    /**
     * One design's row.
     *
     * @param kind         the kind
     * @param design       the design
     * @param cost         its cost, if it was measured
     * @param failure      why measuring it failed (the cost flow's message), if it did
     * @param vsSingle     pJ per MAC relative to the kind's single MAC, minus 1 (not for the single MAC itself)
     * @param vsFixed      pJ per MAC relative to the reference fixed kind's same datapath, minus 1
     * @param sharingSaves for the shared array: 1 - its pJ per MAC / the unshared array's
     */
    record Row(KindDatapaths kind, DatapathDesign design, Optional<CostResult> cost, Optional<String> failure,
               OptionalDouble vsSingle, OptionalDouble vsFixed, OptionalDouble sharingSaves) {

        /** Energy per multiply-accumulate (pJ): the energy per cycle over the MACs per cycle. */
        OptionalDouble energyPerMac() {
            return cost.map(c -> OptionalDouble.of(c.energyPj() / design.macs())).orElse(OptionalDouble.empty());
        }

        /** Area per multiply-accumulate: the whole measured circuit's area over the MACs per cycle. */
        OptionalDouble areaPerMac() {
            return cost.map(c -> OptionalDouble.of(c.area() / design.macs())).orElse(OptionalDouble.empty());
        }

        /** Why there is no figure: "n/a (reason)" or "failed: message", empty when costed. */
        Optional<String> missing() {
            if (design.unavailable().isPresent()) {
                return Optional.of("n/a (" + design.unavailable().get() + ")");
            }
            return failure.map(f -> "failed: " + f.lines().findFirst().orElse(""));
        }
    }

    private final DatapathPlan plan;
    private final List<Row> rows;
    private final String liberty;
    private final boolean buffered;

    /**
     * The table of {@code plan} with the costs {@code costs} and failures {@code failures}, both by
     * canonical spec; {@code liberty} is the library as given, {@code buffered} whether the mapping
     * buffered fanout ({@code --buffer}).
     */
    DatapathTable(DatapathPlan plan, Map<String, CostResult> costs, Map<String, String> failures, String liberty,
                  boolean buffered) {
        this.plan = plan;
        this.liberty = liberty;
        this.buffered = buffered;
        List<Row> all = new ArrayList<>();
        for (KindDatapaths k : plan.kinds()) {
            Optional<KindDatapaths> reference = plan.reference(k);
            for (DatapathDesign d : k.designs()) {
                Optional<CostResult> cost = d.spec().map(s -> costs.get(s.canonical()));
                Optional<String> failure = cost.isPresent() ? Optional.empty()
                        : d.spec().map(s -> failures.getOrDefault(s.canonical(), "no result"));
                OptionalDouble perMac = cost.map(c -> OptionalDouble.of(c.energyPj() / d.macs()))
                        .orElse(OptionalDouble.empty());
                OptionalDouble vsSingle = d.datapath() == Datapath.SINGLE ? OptionalDouble.empty()
                        : ratio(perMac, perMac(k.design(Datapath.SINGLE), costs));
                OptionalDouble vsFixed = reference.map(r -> ratio(perMac, perMac(r.counterpart(d.datapath()), costs)))
                        .orElse(OptionalDouble.empty());
                OptionalDouble saves = OptionalDouble.empty();
                if (d.datapath() == Datapath.ARRAY_SHARED) {
                    OptionalDouble r = ratio(perMac, perMac(k.design(Datapath.ARRAY_UNSHARED), costs));
                    saves = r.isPresent() ? OptionalDouble.of(-r.getAsDouble()) : r;
                }
                all.add(new Row(k, d, cost, failure, vsSingle, vsFixed, saves));
            }
        }
        this.rows = List.copyOf(all);
    }

    /** x / y - 1 when both are present. */
    private static OptionalDouble ratio(OptionalDouble x, OptionalDouble y) {
        return x.isPresent() && y.isPresent() ? OptionalDouble.of(x.getAsDouble() / y.getAsDouble() - 1)
                : OptionalDouble.empty();
    }

    private static OptionalDouble perMac(Optional<DatapathDesign> design, Map<String, CostResult> costs) {
        if (design.isEmpty() || design.get().spec().isEmpty()) {
            return OptionalDouble.empty();
        }
        CostResult c = costs.get(design.get().spec().get().canonical());
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(c.energyPj() / design.get().macs());
    }

    List<Row> rows() {
        return rows;
    }

    DatapathPlan plan() {
        return plan;
    }

    /** The messages of the designs whose measurement failed, each naming its design. */
    List<String> failures() {
        return rows.stream().filter(r -> r.failure().isPresent())
                .map(r -> r.design().specName() + ": " + r.failure().get()).distinct().toList();
    }

    /** The plain-text table, its definitions and the conditions of the measurement. */
    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(heading()).append("\n\n");
        int kindWidth = Math.max(4, plan.kinds().stream().mapToInt(k -> k.base().canonical().length()).max()
                .orElse(4));
        int labelWidth = Math.max(8, rows.stream().mapToInt(r -> r.design().label().length()).max().orElse(8));
        String head = "%-" + kindWidth + "s  %-" + labelWidth + "s %5s %9s %10s %9s %14s %10s %9s%n";
        sb.append(String.format(Locale.ROOT, head, "kind", "datapath", "MACs", "pJ/MAC", "vs single", "vs fixed",
                "sharing saves", "area/MAC", "delay ns"));
        KindDatapaths previous = null;
        for (Row r : rows) {
            String kind = r.kind() == previous ? "" : r.kind().base().canonical();
            previous = r.kind();
            Optional<String> missing = r.missing();
            if (missing.isPresent()) {
                sb.append(String.format(Locale.ROOT, "%-" + kindWidth + "s  %-" + labelWidth + "s %5d %s%n", kind,
                        r.design().label(), r.design().macs(), missing.get()));
                continue;
            }
            CostResult c = r.cost().orElseThrow();
            sb.append(String.format(Locale.ROOT, head, kind, r.design().label(), r.design().macs(),
                    fmt(r.energyPerMac().getAsDouble(), 2), signedPercent(r.vsSingle()), signedPercent(r.vsFixed()),
                    percent(r.sharingSaves()), fmt(r.areaPerMac().getAsDouble(), 0), fmt(c.delayNs(), 3)));
        }
        sb.append('\n');
        for (String line : definitions()) {
            sb.append(line).append('\n');
        }
        sb.append("designs:\n");
        for (Row r : rows) {
            sb.append("  ").append(r.kind().base().canonical()).append(", ").append(r.design().label()).append(": ")
                    .append(r.design().specName()).append(r.cost().map(c -> " (" + c.design() + ")").orElse(""))
                    .append('\n');
        }
        for (String line : conditions()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** The table in Markdown, its definitions and the conditions of the measurement. */
    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(heading()).append(":\n\n");
        sb.append("| kind | datapath | MACs | pJ per MAC | vs the single MAC | vs fixed, same datapath | sharing saves"
                + " | area per MAC | delay ns | energy pJ per cycle | spec |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        KindDatapaths previous = null;
        for (Row r : rows) {
            String kind = r.kind() == previous ? "" : "`" + r.kind().base().canonical() + "`";
            previous = r.kind();
            String spec = "`" + r.design().specName() + "`";
            Optional<String> missing = r.missing();
            if (missing.isPresent()) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | - | - | - | - | - | - | %s |%n", kind,
                        r.design().label(), r.design().macs(), cell(missing.get()), spec));
                continue;
            }
            CostResult c = r.cost().orElseThrow();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", kind,
                    r.design().label(), r.design().macs(), fmt(r.energyPerMac().getAsDouble(), 2),
                    signedPercent(r.vsSingle()), signedPercent(r.vsFixed()), percent(r.sharingSaves()),
                    fmt(r.areaPerMac().getAsDouble(), 0), fmt(c.delayNs(), 3), fmt(c.energyPj(), 2), spec));
        }
        sb.append('\n');
        for (String line : definitions()) {
            sb.append(line).append("  \n");
        }
        for (String line : conditions()) {
            sb.append(line).append("  \n");
        }
        return sb.toString();
    }

    /** A Markdown table cell's text: a '|' would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private String heading() {
        return "Energy per multiply-accumulate (MAC) in each datapath: single MAC, " + plan.shape().lanes()
                + "-lane dot-product MAC, " + plan.shape().arrayText() + " arrays of MACs";
    }

    /** What the columns mean. */
    private List<String> definitions() {
        List<String> lines = new ArrayList<>();
        lines.add("pJ/MAC: energy per cycle (at the design's own maximum clock, docs/cost-method.md) / MACs per"
                + " cycle; area/MAC: area of the whole measured circuit / MACs per cycle");
        List<String> refs = plan.kinds().stream().map(plan::reference).flatMap(Optional::stream).distinct()
                .map(k -> k.base().canonical()).toList();
        lines.add("vs single: against the kind's single MAC; vs fixed: against " + (refs.isEmpty()
                ? "the fixed kind of the same N (none given)" : String.join(", ", refs) + " (same N)")
                + " in the same datapath (its only array for both array forms); sharing saves: 1 - shared / unshared"
                + " pJ/MAC");
        return lines;
    }

    /** The conditions: activity, liberty, mapping and tools, as {@code approxmac synth} prints them. */
    private List<String> conditions() {
        List<String> lines = new ArrayList<>();
        Optional<CostResult> first = rows.stream().map(Row::cost).flatMap(Optional::stream).findFirst();
        if (first.isEmpty()) {
            lines.add("liberty: " + liberty + " (no design was costed)");
            return lines;
        }
        CostResult c = first.get();
        lines.add("area: " + c.areaUnit());
        lines.add(String.format(Locale.ROOT, "activity: zero-delay gate-level simulation, %s operands (seed %d), %d"
                + " cycles after %d warm-up cycles", c.operands(), c.seed(), c.simCycles(), c.warmupCycles()));
        lines.add("liberty: " + c.libraryName() + " (" + c.liberty() + ", sha256 " + c.libertySha256().substring(0,
                Math.min(16, c.libertySha256().length())) + ")");
        lines.add(buffered ? SynthCommand.mappingLine(Mapping.BUFFERED).orElseThrow()
                : "mapping: " + Mapping.FLAT.description() + " (the default of synth, as Table 4; an array's shared rst, en"
                        + " and clr then reach every element's product mask and accumulator input through one gate"
                        + " each, which sets its delay: --buffer for buffered)");
        lines.add("tools: " + String.join("; ", ToolVersion.labelled(c.toolVersions()).stream()
                .map(ToolVersion::toString).toList()));
        return lines;
    }

    /** The rows as JSON objects per kind, in order (figures as fractions, as synth and report give them). */
    List<Map<String, Object>> kindsJson() {
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (KindDatapaths k : plan.kinds()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", k.base().canonical());
            o.put("reference", plan.reference(k).map(r -> r.base().canonical()).orElse(null));
            o.put("shares_operands", k.sharesOperands());
            List<Object> designs = new ArrayList<>();
            for (Row r : rows) {
                if (r.kind() == k) {
                    designs.add(rowJson(r));
                }
            }
            o.put("datapaths", designs);
            kinds.add(o);
        }
        return kinds;
    }

    private static Map<String, Object> rowJson(Row r) {
        Map<String, Object> o = new LinkedHashMap<>();
        DatapathDesign d = r.design();
        o.put("datapath", d.datapath().key());
        o.put("label", d.label());
        o.put("macs", d.macs());
        o.put("spec", d.specName());
        if (d.unavailable().isPresent()) {
            o.put("status", "unavailable");
            o.put("reason", d.unavailable().get());
            return o;
        }
        if (r.cost().isEmpty()) {
            o.put("status", "failed");
            o.put("message", r.failure().orElse(""));
            return o;
        }
        CostResult c = r.cost().get();
        o.put("status", "costed");
        o.put("design", c.design());
        o.put("energy_pj", c.energyPj());
        o.put("energy_pj_per_mac", r.energyPerMac().getAsDouble());
        o.put("area", c.area());
        o.put("area_per_mac", r.areaPerMac().getAsDouble());
        o.put("cells", c.cells());
        o.put("registers", c.registers());
        o.put("delay_ns", c.delayNs());
        o.put("power_mw", c.powerMw());
        o.put("vs_single", value(r.vsSingle()));
        o.put("vs_fixed", value(r.vsFixed()));
        o.put("sharing_saves", value(r.sharingSaves()));
        return o;
    }

    /** The measurement's conditions as JSON (the vocabulary of synth --json), empty if nothing was costed. */
    Map<String, Object> conditionsJson() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("liberty", liberty);
        o.put("buffered", buffered);
        rows.stream().map(Row::cost).flatMap(Optional::stream).findFirst().ifPresent(c -> {
            o.put("library_name", c.libraryName());
            o.put("liberty_sha256", c.libertySha256());
            o.put("area_unit", c.areaUnit());
            o.put("operands", c.operands());
            o.put("seed", c.seed());
            o.put("warmup_cycles", c.warmupCycles());
            o.put("sim_cycles", c.simCycles());
            o.put("tool_versions", new java.util.TreeMap<>(c.toolVersions()));
        });
        return o;
    }

    private static Double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A fraction as a signed percentage, e.g. {@code -18.5 %}; "-" when absent. */
    static String signedPercent(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%+.1f %%", 100 * v.getAsDouble()) : "-";
    }

    /** A fraction as a percentage, e.g. {@code 5.4 %}; "-" when absent. */
    static String percent(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f %%", 100 * v.getAsDouble()) : "-";
    }
}
