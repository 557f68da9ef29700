package org.approxmac.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.approxmac.analysis.accumulate.AccumulationExperiment;
import org.approxmac.analysis.accumulate.AccumulationPoint;
import org.approxmac.analysis.accumulate.AccumulationResult;
import org.approxmac.analysis.accumulate.OperandDistribution;
import org.approxmac.analysis.error.ProductError;
import org.approxmac.golden.Units;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;

/**
 * The accumulated error of each kind's dot products in {@code approxmac datapaths}: the mean and
 * variance of the relative error of a sum of L products (L = 1, the single MAC's product; 4; and K, the
 * dot-product MAC's sum), measured exactly as {@code approxmac accumulate} measures it
 * ({@link AccumulationExperiment}: seeded uniform positive operands, exact additions); a floating kind's
 * sums are its dot-product unit's FP32 tree against the exact sum of the products of its (rounded)
 * operands ({@link AccumulationExperiment#runFloating}).
 */
final class DatapathErrors {
    /**
     * One kind's figures or the note why there are none.
     *
     * @param base   the kind's base spec
     * @param result the accumulation experiment's result, for an integer kind
     * @param note   otherwise what there is to say about its error
     */
    record KindError(UnitSpec base, Optional<AccumulationResult> result, Optional<String> note) {
    }

    private final List<Integer> lengths;
    private final int trials;
    private final long seed;
    private final List<KindError> kinds;

    DatapathErrors(List<Integer> lengths, int trials, long seed, List<KindError> kinds) {
        this.lengths = List.copyOf(lengths);
        this.trials = trials;
        this.seed = seed;
        this.kinds = List.copyOf(kinds);
    }

    /** The lengths measured for K lanes: 1, 4 and K, each once, ascending. */
    static List<Integer> lengths(int lanes) {
        return List.copyOf(new TreeSet<>(List.of(1, 4, lanes)));
    }

    /** Measures every base spec's accumulated error at {@link #lengths(int)} of {@code lanes}. */
    static DatapathErrors measure(List<UnitSpec> bases, int lanes, int trials, long seed) {
        List<Integer> lengths = lengths(lanes);
        int[] ls = lengths.stream().mapToInt(Integer::intValue).toArray();
        List<KindError> kinds = new ArrayList<>();
        for (UnitSpec base : bases) {
            String problem = ProductError.unsupported(base);
            if (base.kind().floating()) {
                AccumulationResult r = AccumulationExperiment.runFloating(base, ls, OperandDistribution.UNIFORM,
                        trials, seed);
                kinds.add(new KindError(base, Optional.of(r), Optional.empty()));
            } else if (problem == null) {
                AccumulationResult r = AccumulationExperiment.run(Units.multiplier(base), ls,
                        OperandDistribution.UNIFORM, trials, seed);
                kinds.add(new KindError(base, Optional.of(r), Optional.empty()));
            } else {
                kinds.add(new KindError(base, Optional.empty(), Optional.of("not measured: the accumulation experiment "
                        + problem)));
            }
        }
        return new DatapathErrors(lengths, trials, seed, kinds);
    }

    List<KindError> kinds() {
        return kinds;
    }

    private String heading() {
        return String.format(Locale.ROOT, "Accumulated error of dot products of L products: mean and variance of the"
                + " relative error of the sum, (S' - S) / S, over %d dot products of uniform positive operands per L,"
                + " seed %d (as approxmac accumulate); L = 1 is the single MAC's product, L = %d the dot-product"
                + " MAC's sum", trials, seed, lengths.get(lengths.size() - 1));
    }

    /** The plain-text table. */
    String text() {
        StringBuilder sb = new StringBuilder(heading()).append("\n\n");
        int kindWidth = Math.max(4, kinds.stream().mapToInt(k -> k.base().canonical().length()).max().orElse(4));
        List<String> cells = new ArrayList<>();
        for (KindError k : kinds) {
            k.result().ifPresent(r -> lengths.forEach(l -> cells.add(cell(r.at(l)))));
        }
        int cellWidth = Math.max(12, cells.stream().mapToInt(String::length).max().orElse(12));
        sb.append(String.format(Locale.ROOT, "%-" + kindWidth + "s", "kind"));
        for (int l : lengths) {
            sb.append(String.format(Locale.ROOT, "  %-" + cellWidth + "s", "L = " + l));
        }
        sb.setLength(sb.toString().stripTrailing().length());
        sb.append('\n');
        for (KindError k : kinds) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + kindWidth + "s",
                    k.base().canonical()));
            if (k.result().isPresent()) {
                for (int l : lengths) {
                    line.append(String.format(Locale.ROOT, "  %-" + cellWidth + "s", cell(k.result().get().at(l))));
                }
            } else {
                line.append("  ").append(k.note().orElse(""));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The table in Markdown. */
    String markdown() {
        StringBuilder sb = new StringBuilder(heading()).append(":\n\n| kind |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int l : lengths) {
            sb.append(" L = ").append(l).append(": mean, variance |");
            rule.append("---|");
        }
        sb.append('\n').append(rule).append('\n');
        for (KindError k : kinds) {
            sb.append("| `").append(k.base().canonical()).append("` |");
            if (k.result().isPresent()) {
                for (int l : lengths) {
                    sb.append(' ').append(cell(k.result().get().at(l))).append(" |");
                }
            } else {
                sb.append(' ').append(k.note().orElse("").replace("|", "\\|")).append(" |");
                sb.append(" |".repeat(lengths.size() - 1));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Mean and variance of one length, e.g. {@code -5.918 %, 9.090 %²}. */
    static String cell(AccumulationPoint p) {
        double mean = 100 * p.meanRelError();
        double variance = 1e4 * p.varRelError();
        if (variance != 0 && variance < 5e-4) { // a floating sum's rounding error: too small for fixed decimals
            return String.format(Locale.ROOT, "%+.2e %%, %.2e %%²", mean, variance);
        }
        return String.format(Locale.ROOT, "%+.3f %%, %.3f %%²", mean, variance);
    }

    /** The experiment's settings as JSON. */
    Map<String, Object> settingsJson() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("operands", OperandDistribution.UNIFORM.specName());
        o.put("trials", trials);
        o.put("seed", seed);
        o.put("lengths", lengths);
        return o;
    }

    /** One kind's figures as JSON: its lengths (fractions, as accumulate --json gives them), or its note. */
    static Map<String, Object> kindJson(KindError k) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (k.result().isPresent()) {
            List<Object> points = new ArrayList<>();
            for (AccumulationPoint p : k.result().get().points()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("length", p.length());
                q.put("mean_rel_error", p.meanRelError());
                q.put("var_rel_error", p.varRelError());
                q.put("min_rel_error", p.minRelError());
                q.put("max_rel_error", p.maxRelError());
                points.add(q);
            }
            o.put("lengths", points);
        } else {
            o.put("note", k.note().orElse(""));
        }
        return o;
    }
}
