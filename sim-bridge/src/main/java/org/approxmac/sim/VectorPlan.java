package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.approxmac.golden.Bits;
import org.approxmac.spec.AsciiNumbers;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.SpecParser;
import org.approxmac.spec.UnitSpec;

/**
 * Which multiplier vectors a run drives, class by class, and the seed of the random ones.
 *
 * <p>Classes: {@code corners} (all pairs of {@link CornerOperands}), {@code random:COUNT} (stratified,
 * see {@link OperandSampler}; COUNT may end in k, M or G), {@code exhaustive} (all 2^(2N) pairs, when
 * 2N &lt;= 32, in the order a outer, b inner), {@code all} (corners, then exhaustive when 2N &lt;= 32,
 * else {@value #ALL_RANDOM} random vectors; a dot product's exhaustive class is followed by
 * {@value #DOT_RANDOM} random vectors), and {@code pair:A,B} (one vector, as a reproducer);
 * classes joined with {@code +} run one after the other ({@code corners+random:1M}). A dot-product
 * unit of K lanes draws each lane from these classes ({@link LaneStimulus}; exhaustive: every lane sees
 * every pair once in 2^(2N) vectors) and takes {@code pair:A0,B0,A1,B1,...}, one pair per lane.
 *
 * @param parts the classes in run order
 * @param seed  the seed of the random class
 */
public record VectorPlan(List<Part> parts, long seed) {
    /** Random vectors of {@code all} when the space is too large to enumerate. */
    public static final long ALL_RANDOM = 1_000_000;
    /**
     * Random vectors that {@code all} adds for a dot product after its exhaustive class, whose lanes are
     * rotations of one enumeration (combinations of independent lanes, e.g. every lane's product negative,
     * come from these).
     */
    public static final long DOT_RANDOM = 100_000;
    /** The largest exhaustive space: 2^32 vectors. */
    public static final int MAX_EXHAUSTIVE_BITS = 32;
    static final long MAX_RANDOM = 1L << 40;

    /** The vector classes. */
    public enum VectorClass {
        CORNERS("corners"), RANDOM("random"), EXHAUSTIVE("exhaustive"), PAIR("pair");

        private final String label;

        VectorClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One class of vectors.
     *
     * @param vectorClass the class
     * @param count       how many vectors it has
     * @param a           the operand a of a {@code pair}, one per lane (empty for the other classes)
     * @param b           the operand b of a {@code pair}, one per lane
     */
    public record Part(VectorClass vectorClass, long count, long[] a, long[] b) {

        /** A class of {@code count} vectors that are not given one by one. */
        public Part(VectorClass vectorClass, long count) {
            this(vectorClass, count, new long[0], new long[0]);
        }
    }

    public VectorPlan {
        parts = List.copyOf(parts);
    }

    /** Corners followed by {@code count} stratified random vectors. */
    public static VectorPlan cornersAndRandom(UnitSpec spec, long count, long seed) {
        long corners = CornerOperands.pairCount(spec);
        return new VectorPlan(List.of(new Part(VectorClass.CORNERS, corners),
                new Part(VectorClass.RANDOM, count)), seed);
    }

    /** The total number of vectors. */
    public long total() {
        return parts.stream().mapToLong(Part::count).sum();
    }

    /** Parses the {@code --vectors} value for a multiplier spec; throws SpecException on bad input. */
    public static VectorPlan parse(String text, UnitSpec spec, long seed) {
        if (spec.mac()) {
            throw new SpecException("--vectors applies to multipliers; " + spec.canonical()
                    + " is a MAC, driven by --cycles COUNT");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.contains("+")) {
            List<Part> parts = new ArrayList<>();
            for (String one : t.split("\\+", -1)) {
                if (one.isBlank() || one.contains("all") || one.startsWith("pair")) {
                    throw new SpecException("--vectors '" + text + "': classes joined with + must be corners,"
                            + " random:COUNT or exhaustive, e.g. corners+random:1M");
                }
                parts.addAll(parse(one, spec, seed).parts());
            }
            return new VectorPlan(parts, seed);
        }
        long corners = CornerOperands.pairCount(spec);
        int spaceBits = 2 * spec.n();
        List<Part> parts = new ArrayList<>();
        if (t.equals("corners")) {
            parts.add(new Part(VectorClass.CORNERS, corners));
        } else if (t.equals("exhaustive")) {
            if (spaceBits > MAX_EXHAUSTIVE_BITS) {
                throw new SpecException("--vectors exhaustive needs 2N <= " + MAX_EXHAUSTIVE_BITS + " (N <= 16); "
                        + spec.canonical() + " has 2^" + spaceBits + " vectors: use random:COUNT, corners or all");
            }
            parts.add(new Part(VectorClass.EXHAUSTIVE, 1L << spaceBits));
        } else if (t.equals("all")) {
            parts.add(new Part(VectorClass.CORNERS, corners));
            parts.add(spaceBits <= MAX_EXHAUSTIVE_BITS
                    ? new Part(VectorClass.EXHAUSTIVE, 1L << spaceBits)
                    : new Part(VectorClass.RANDOM, ALL_RANDOM));
            if (spaceBits <= MAX_EXHAUSTIVE_BITS && spec.lanes() > 1) {
                // the exhaustive lanes are rotations of one enumeration: random vectors set the lanes independently
                parts.add(new Part(VectorClass.RANDOM, DOT_RANDOM));
            }
        } else if (t.startsWith("random:")) {
            parts.add(new Part(VectorClass.RANDOM, count(t.substring(7))));
        } else if (t.startsWith("pair:")) {
            String[] ab = t.substring(5).split(",");
            int lanes = spec.lanes();
            if (ab.length != 2 * lanes) {
                throw new SpecException(lanes == 1 ? "--vectors pair:A,B needs two operands, e.g. pair:0x1f,-3"
                        : "--vectors pair:A0,B0,A1,B1,... needs " + 2 * lanes + " operands for the " + lanes
                        + " lanes of " + spec.canonical() + ", got " + ab.length);
            }
            long[] a = new long[lanes];
            long[] b = new long[lanes];
            for (int l = 0; l < lanes; l++) {
                a[l] = operand(ab[2 * l], spec);
                b[l] = operand(ab[2 * l + 1], spec);
            }
            parts.add(new Part(VectorClass.PAIR, 1, a, b));
        } else {
            throw new SpecException("--vectors '" + text + "' is not one of exhaustive, random:COUNT, corners, all,"
                    + " pair:A,B, or classes joined with + (corners+random:1M)");
        }
        return new VectorPlan(parts, seed);
    }

    static long count(String text) {
        String s = text.trim();
        long scale = 1;
        if (s.endsWith("k")) {
            scale = 1_000;
        } else if (s.endsWith("m")) {
            scale = 1_000_000;
        } else if (s.endsWith("g")) {
            scale = 1_000_000_000;
        }
        if (scale != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            long c = Math.multiplyExact(AsciiNumbers.parseLong(s), scale);
            if (c >= 1 && c <= MAX_RANDOM) {
                return c;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new SpecException("random:COUNT needs a COUNT in 1..2^40 (suffixes k, M, G allowed), got '"
                + SpecParser.visible(text) + "'");
    }

    /** An operand as decimal (negative allowed for signed kinds) or 0x hex pattern, checked against N. */
    static long operand(String text, UnitSpec spec) {
        String s = text.trim();
        int n = spec.n();
        BigInteger v;
        try {
            v = s.startsWith("0x") ? AsciiNumbers.parseBigInteger(s.substring(2), 16)
                    : s.startsWith("-0x") ? AsciiNumbers.parseBigInteger(s.substring(3), 16).negate()
                    : AsciiNumbers.parseBigInteger(s, 10);
        } catch (NumberFormatException e) {
            throw new SpecException("operand '" + SpecParser.visible(text) + "' is not a decimal or 0x hex number");
        }
        BigInteger low = spec.signedOperands() ? BigInteger.ONE.shiftLeft(n - 1).negate() : BigInteger.ZERO;
        BigInteger high = BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE);
        if (v.compareTo(low) < 0 || v.compareTo(high) > 0) {
            throw new SpecException("operand '" + text + "' is outside " + low + ".." + high + " for N = " + n);
        }
        return v.longValue() & Bits.mask(n);
    }
}
