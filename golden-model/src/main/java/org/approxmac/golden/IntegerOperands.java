package org.approxmac.golden;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.approxmac.spec.UnitSpec;

/**
 * Test operands of an N-bit integer operand, as raw zero-extended N-bit patterns: the corner values
 * where multipliers go wrong, and random values stratified by magnitude class. Uniform N-bit operands
 * almost never have a small leading-one position (a small characteristic), which is where log
 * multipliers and their leading-one detectors hide bugs, so stratification draws the leading-one
 * position uniformly. The co-simulation bridge, the RTL tests and the golden model's own agreement
 * tests all draw their integer vectors here (floating kinds: {@link org.approxmac.fp.FloatCorners}).
 */
public final class IntegerOperands {
    private final int n;
    private final boolean signed;
    private final long mask;

    /**
     * @param n      operand width, 1..64
     * @param signed whether patterns are read as two's-complement values (then corners include the
     *               negations and random values take either sign)
     */
    public IntegerOperands(int n, boolean signed) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("operand width must be 1..64, got " + n);
        }
        this.n = n;
        this.signed = signed;
        this.mask = Bits.mask(n);
    }

    /** The operands of an integer spec (its operand width and whether its sign mode is signed). */
    public static IntegerOperands of(UnitSpec spec) {
        if (spec.kind().floating()) {
            throw new IllegalArgumentException(spec.canonical()
                    + " has floating-point operands: use org.approxmac.fp.FloatCorners and FloatSampler");
        }
        return new IntegerOperands(spec.n(), spec.signedOperands());
    }

    public int width() {
        return n;
    }

    public boolean signed() {
        return signed;
    }

    /**
     * The corner values: 0, 1, 2, 3, all ones (-1) and all ones - 1, the most negative value
     * 2^(N-1) and its neighbours (the most positive 2^(N-1) - 1 and 2^(N-1) + 1), every power of two
     * 2^i with its neighbours 2^i - 1 and 2^i + 1, and, signed, the negations of those. Ascending as
     * unsigned patterns, without duplicates.
     */
    public long[] corners() {
        return corners(1);
    }

    /**
     * The corner values with the powers of two thinned to 2^0, 2^stride, 2^(2 stride), ... (and their
     * neighbours and negations), for checks too slow for every pair of {@link #corners()}; the other
     * corners are all kept. {@code corners(1)} is {@link #corners()}.
     */
    public long[] corners(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be positive, got " + stride);
        }
        var values = new TreeSet<Long>(Long::compareUnsigned);
        long top = 1L << (n - 1);
        for (long v : new long[] {0, 1, 2, 3, mask, mask - 1, top, top - 1, top + 1}) {
            values.add(v & mask);
        }
        for (int i = 0; i < n; i += stride) {
            long p = 1L << i;
            for (long v : new long[] {p, p - 1, p + 1}) {
                values.add(v & mask);
                if (signed) {
                    values.add(-v & mask);
                }
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * A stratified random operand: one in four a uniform N-bit pattern, else {@link #byMagnitude}.
     * Draws first an int in [0, 4) from {@code random}, so a seed gives the same operands everywhere.
     */
    public long stratified(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return random.nextLong() & mask;
        }
        return byMagnitude(random);
    }

    /**
     * A random operand whose magnitude class is uniform: the leading-one position uniform over
     * 0..N-1, the magnitude's bits below it uniform, and (signed) the sign + or - with equal odds;
     * for signed operands position N-1 is the most negative value.
     */
    public long byMagnitude(SplittableRandom random) {
        int lead = random.nextInt(n);
        if (signed && lead == n - 1) {
            return 1L << (n - 1);
        }
        long below = lead == 0 ? 0 : random.nextLong() & ((1L << lead) - 1);
        long magnitude = (1L << lead) | below;
        boolean negative = signed && random.nextBoolean();
        return (negative ? -magnitude : magnitude) & mask;
    }
}
