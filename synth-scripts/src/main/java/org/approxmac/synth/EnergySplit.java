package org.approxmac.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a design's energy per operation goes: the same per-instance terms the cost flow sums
 * ({@link ActivityPower}), grouped into parts. Flip-flops and latches are grouped by the register their
 * output net belongs to (the net's name without its bit index, e.g. {@code acc} or {@code unit.a}; an
 * unnamed net counts as {@code (unnamed)}), the logic by library cell type, or, for a netlist mapped with
 * its hierarchy kept ({@link Mapping#HIERARCHICAL}), by the module instance each cell belongs to (the
 * instance name up to its last dot: {@code unit.u_mul.u_core}; cells of the top module count as
 * {@code (top)}). Each part's energy per
 * operation is its dynamic energy per cycle plus its leakage over one period of the design's own clock
 * (its delay), so the parts add up to the result's {@code energy_pj}; {@code idlePj} is the part of it
 * the cells spend with no toggling net at all (a flip-flop's clock pin, leakage).
 *
 * @param parts the parts, most energy first (ties by kind, then name)
 */
public record EnergySplit(List<Part> parts) {

    /** The file a cost run writes the split to, beside {@code result.json}. */
    public static final String FILE = "energy-split.tsv";

    private static final String HEADER = "kind\tname\tcount\tenergy_pj\tidle_pj";

    /** What a part groups. */
    public enum Kind {
        /** register bits (flip-flop and latch cells) of one register */
        REGISTER("register", "bits"),
        /** combinational cells of one library cell type */
        LOGIC("logic", "cells"),
        /** combinational cells of one module instance (a netlist mapped with its hierarchy kept) */
        MODULE("module", "cells");

        private final String label;
        private final String unit;

        Kind(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** {@code register} or {@code logic}, as the split file and the tables say. */
        public String label() {
            return label;
        }

        /** What {@link Part#count()} counts: {@code bits} or {@code cells}. */
        public String unit() {
            return unit;
        }

        static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown part kind '" + label + "' (register or logic)");
        }
    }

    /**
     * One part.
     *
     * @param kind     register bits, or logic cells of one cell type or module instance
     * @param name     the register's name, or the cell type
     * @param count    its register bits, or cells
     * @param energyPj its energy per operation (pJ)
     * @param idlePj   the part of it spent with no net toggling: clock pins and leakage (pJ)
     */
    public record Part(Kind kind, String name, int count, double energyPj, double idlePj) {
        public Part {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
            if (name.isBlank() || name.contains("\t") || name.contains("\n")) {
                throw new IllegalArgumentException("a part's name must be one word: '" + name + "'");
            }
        }
    }

    public EnergySplit {
        parts = List.copyOf(parts);
    }

    /** The energy per operation of all parts (pJ): the design's {@code energy_pj}. */
    public double totalPj() {
        return parts.stream().mapToDouble(Part::energyPj).sum();
    }

    /** The energy per operation spent with no net toggling (pJ). */
    public double idlePj() {
        return parts.stream().mapToDouble(Part::idlePj).sum();
    }

    /**
     * Groups the instances' energy: {@code atZero} and {@code atOne} are OpenSTA's powers at the clock
     * period {@code clockNs}, {@code toggles} the simulated activity, {@code delayNs} the design's own
     * period and {@code sequential} the library's flip-flop and latch cells; {@code byModule} groups the
     * logic by module instance instead of cell type.
     */
    public static EnergySplit of(List<InstancePower> atZero, List<InstancePower> atOne, ToggleCounts toggles,
                                 double clockNs, double delayNs, Set<String> sequential, boolean byModule) {
        record Group(Kind kind, String name) {
        }
        Map<Group, double[]> sums = new LinkedHashMap<>(); // count, energy, idle
        for (ActivityPower.InstanceShare s : ActivityPower.shares(atZero, atOne, toggles)) {
            InstancePower p0 = s.atZero();
            Group group = sequential.contains(p0.cell()) ? new Group(Kind.REGISTER, registerName(p0.outputNets()))
                    : byModule ? new Group(Kind.MODULE, moduleInstance(p0.instance()))
                    : new Group(Kind.LOGIC, p0.cell());
            double[] sum = sums.computeIfAbsent(group, k -> new double[3]);
            sum[0] += 1;
            sum[1] += energyPj(s.internal() + s.switching(), s.leakage(), clockNs, delayNs);
            sum[2] += energyPj(p0.internal() + p0.switching(), p0.leakage(), clockNs, delayNs);
        }
        List<Part> parts = new ArrayList<>();
        sums.forEach((group, sum) -> parts.add(new Part(group.kind(), group.name(), (int) sum[0], sum[1], sum[2])));
        return new EnergySplit(sorted(parts));
    }

    /** Energy per operation (pJ) of a dynamic power (W, at {@code clockNs}) and a leakage (W) over {@code delayNs}. */
    private static double energyPj(double dynamicW, double leakageW, double clockNs, double delayNs) {
        return (dynamicW * clockNs + leakageW * delayNs) * 1e3;
    }

    /** The module instance a cell of a flattened hierarchical netlist belongs to: its name up to the last dot. */
    static String moduleInstance(String instance) {
        String name = instance.startsWith("\\") ? instance.substring(1) : instance;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : "(top)";
    }

    /** The register a flip-flop belongs to: its first output net without the bit index. */
    static String registerName(List<String> outputNets) {
        if (outputNets.isEmpty()) {
            return "(unconnected)";
        }
        String net = outputNets.get(0);
        if (net.startsWith("\\")) {
            net = net.substring(1);
        }
        int bracket = net.lastIndexOf('[');
        if (bracket > 0 && net.endsWith("]")) {
            net = net.substring(0, bracket);
        }
        return net.matches("_\\d+_") || net.isBlank() ? "(unnamed)" : net;
    }

    private static List<Part> sorted(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        out.sort(Comparator.comparingDouble(Part::energyPj).reversed().thenComparing(Part::kind)
                .thenComparing(Part::name));
        return out;
    }

    /** The split file's text: a header line, then one tab-separated line per part. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Part p : parts) {
            sb.append(p.kind().label()).append('\t').append(p.name()).append('\t').append(p.count()).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f\t%.6f", p.energyPj(), p.idlePj())).append('\n');
        }
        return sb.toString();
    }

    /** Reads {@link #toTsv()}'s text back; throws {@link IllegalArgumentException} naming the bad line. */
    public static EnergySplit fromTsv(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not an energy split: the first line is not '" + HEADER + "'");
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] f = lines[i].split("\t");
            try {
                if (f.length != 5) {
                    throw new IllegalArgumentException("5 tab-separated fields expected");
                }
                parts.add(new Part(Kind.of(f[0]), f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("energy split line " + (i + 1) + " '" + lines[i] + "': "
                        + e.getMessage());
            }
        }
        return new EnergySplit(sorted(parts));
    }
}
