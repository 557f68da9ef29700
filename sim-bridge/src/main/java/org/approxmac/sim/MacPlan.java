package org.approxmac.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * Which cycles a MAC co-simulation runs, class by class (the MAC counterpart of {@link VectorPlan}).
 *
 * <ul>
 *   <li>{@code corners}: every ordered pair of corner operands, one per cycle ({@link CornerPairCycles});</li>
 *   <li>floating MACs only, the constructive classes of {@link FloatMacCases}: {@code cancel},
 *       {@code align}, {@code ties}, {@code overflow}, {@code underflow}, {@code specials};</li>
 *   <li>integer MACs only, {@code long-sums}: long runs of extreme products without a clear, up to the
 *       accumulator's wrap-around ({@link LongSumCycles});</li>
 *   <li>integer MACs and arrays of them (not dot products), {@code trailing-zeros}: the accumulator's lowest 1
 *       at every bit, then a negative product, so a borrow runs through every length of trailing zeros
 *       ({@link TrailingZeroCycles}; an array's elements all run the single MAC's cases, broadcast);</li>
 *   <li>{@code random}: random rst/en/clr and stratified or corner operands ({@link MacSequence});</li>
 *   <li>{@code sequence}: the cycles of a sequence file ({@link SequenceFile}), in order, on one
 *       simulator process.</li>
 * </ul>
 *
 * {@code --vectors} for a MAC: {@code all} (default) = corners + the constructive classes + COUNT
 * random cycles ({@code --cycles}); {@code corners} = corners + the constructive classes;
 * {@code random:COUNT} = COUNT random cycles only. {@code exhaustive} and {@code pair:A,B} are
 * multiplier classes and rejected.
 *
 * @param parts the classes in run order
 * @param seed  the seed of the random class (and of the constructive classes' random choices)
 */
public record MacPlan(List<Part> parts, long seed) {
    /** What a MAC accepts for {@code --vectors}, for messages. */
    public static final String ACCEPTED = "all, corners, random:COUNT (or --sequence FILE)";

    /**
     * One class of cycles.
     *
     * @param label      the class name in reports
     * @param count      cycles in it
     * @param stimulus   where its cycles come from, chunk by chunk
     * @param sequential whether all its chunks must run in order on one simulator process
     */
    public record Part(String label, long count, Stimulus stimulus, boolean sequential) {
    }

    public MacPlan {
        parts = List.copyOf(parts);
    }

    /** The plan of {@code --vectors TEXT} for a MAC, {@code cycles} being the random cycles of {@code all}. */
    public static MacPlan parse(String text, UnitSpec spec, long cycles, long seed) {
        if (!spec.mac()) {
            throw new IllegalArgumentException(spec.canonical() + " is not a MAC");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        List<Part> parts = new ArrayList<>();
        if (t.equals("all") || t.equals("corners")) {
            parts.addAll(constructive(spec, seed));
            if (t.equals("all")) {
                parts.add(random(spec, cycles));
            }
        } else if (t.startsWith("random:")) {
            parts.add(random(spec, VectorPlan.count(t.substring(7))));
        } else {
            throw new SpecException("--vectors '" + text + "' does not apply to the MAC " + spec.canonical()
                    + "; a MAC accepts " + ACCEPTED);
        }
        return new MacPlan(parts, seed);
    }

    /** Random cycles only (the plan of {@code --cycles COUNT} before the constructive classes existed). */
    public static MacPlan randomOnly(UnitSpec spec, long cycles, long seed) {
        return new MacPlan(List.of(random(spec, cycles)), seed);
    }

    /** The cycles of a sequence file, in order. */
    static MacPlan sequence(MacCycles cycles) {
        Stimulus copy = new Stimulus() {
            @Override
            public void fill(long first, SplittableRandom r, long[] a, long[] b, byte[] flags) {
                cycles.copyTo((int) first, a, b, flags, flags.length);
            }

            @Override
            public int lanes() {
                return cycles.lanes();
            }
        };
        return new MacPlan(List.of(new Part("sequence", cycles.size(), copy, true)), 0);
    }

    private static Part random(UnitSpec spec, long cycles) {
        return new Part("random", cycles, new MacSequence(spec), false);
    }

    /** The corner walk and, for floating MACs, the constructive classes. */
    private static List<Part> constructive(UnitSpec spec, long seed) {
        List<Part> parts = new ArrayList<>();
        CornerPairCycles corners = new CornerPairCycles(spec);
        parts.add(new Part("corners", corners.pairs(), corners, false));
        if (spec.kind().floating()) {
            // a dot-product MAC or an array runs its single MAC's cases, spread so that each keeps its meaning
            int lanes = Math.max(spec.aOperands(), spec.bOperands()); // operand pairs per cycle, as DutShape.lanes()
            UnitSpec single = lanes == 1 ? spec : UnitSpec.of(spec.kind(), spec.lane().params(), true, null);
            for (Map.Entry<String, List<MacCycles>> e : FloatMacCases.classes(single, seed).entrySet()) {
                DirectedCycles cycles = new DirectedCycles(e.getValue());
                parts.add(new Part(e.getKey(), cycles.count(), spread(cycles, spec), false));
            }
        } else {
            DirectedCycles sums = new DirectedCycles(LongSumCycles.cases(spec, seed));
            parts.add(new Part("long-sums", sums.count(), sums, false));
            // an array runs its element's cases broadcast: every processing element runs each of them
            UnitSpec single = spec.array() ? spec.element() : spec;
            if (TrailingZeroCycles.applies(single)) {
                DirectedCycles zeros = new DirectedCycles(TrailingZeroCycles.cases(single, seed));
                parts.add(new Part("trailing-zeros", zeros.count(), spread(zeros, spec), false));
            }
        }
        return parts;
    }

    /**
     * A single MAC's constructed cycles as {@code spec} takes its operand pairs: as they are for a single MAC,
     * broadcast to every row and column of an array, one lane at a time in a dot-product MAC ({@link CaseLanes}).
     */
    private static Stimulus spread(DirectedCycles cycles, UnitSpec spec) {
        int lanes = Math.max(spec.aOperands(), spec.bOperands()); // operand pairs per cycle, as DutShape.lanes()
        return lanes == 1 ? cycles : new CaseLanes(cycles, lanes,
                spec.array() ? CaseLanes.Spread.BROADCAST : CaseLanes.Spread.ONE_LANE);
    }

    /** The total number of cycles. */
    public long total() {
        return parts.stream().mapToLong(Part::count).sum();
    }

    /** The labels in run order. */
    public List<String> labels() {
        return parts.stream().map(Part::label).toList();
    }

    /**
     * The cycles that replay a mismatch exactly: those of its chunk (which starts with a reset, or
     * the whole sequence of a sequential class) up to and including the failing cycle, and for a
     * pipelined MAC of latency L the L cycles after it, in which its accumulator value appears.
     */
    MacCycles reproducer(Mismatch m, int latency) {
        Part part = parts.stream().filter(p -> p.label().equals(m.vectorClass())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no class " + m.vectorClass()));
        long chunk = part.sequential() ? 0 : m.index() / Cosim.CHUNK;
        long first = chunk * Cosim.CHUNK;
        int len = (int) (m.index() + 1 + latency - first);
        int lanes = m.lanes();
        // the whole chunk, as the run drew it: a dot-product MAC's lanes are rotated within their chunk
        int drawn = part.sequential() ? len : (int) Math.max(len, Math.min(Cosim.CHUNK, part.count() - first));
        long[] a = new long[drawn * lanes];
        long[] b = new long[drawn * lanes];
        byte[] flags = new byte[drawn];
        LaneStimulus.of(part.stimulus(), lanes).fill(first, new SplittableRandom(Cosim.chunkSeed(seed, chunk)), a, b,
                flags);
        MacCycles out = new MacCycles(lanes);
        for (int i = 0; i < len; i++) {
            out.add(flags[i], a, b, i * lanes);
        }
        return out;
    }
}
