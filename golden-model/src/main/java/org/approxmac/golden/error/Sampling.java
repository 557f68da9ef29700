package org.approxmac.golden.error;

/**
 * How error vectors are chosen: {@code count} seeded random operand pairs (uniform over the operand
 * range of the sign mode, or with magnitudes uniform below 2^magnitudeBits and random signs), or every
 * pair when {@code exhaustive}.
 *
 * @param exhaustive    all 2^(2N) operand pairs
 * @param count         random pairs (ignored when exhaustive)
 * @param seed          the seed; the same seed gives the same vectors and results on any machine
 * @param magnitudeBits 0: the whole operand range; B &gt; 0: integer operands of magnitude below 2^B (small
 *                      values in a wide multiplier, as CNN data often are), each negative with probability
 *                      1/2 in a signed mode
 */
public record Sampling(boolean exhaustive, long count, long seed, int magnitudeBits) {

    /** Largest operand width for which exhaustive analysis is allowed (2^24 pairs). */
    public static final int MAX_EXHAUSTIVE_WIDTH = 12;

    public Sampling {
        if (!exhaustive && count <= 0) {
            throw new IllegalArgumentException("sample count must be positive, got " + count);
        }
        if (magnitudeBits < 0 || exhaustive && magnitudeBits != 0) {
            throw new IllegalArgumentException("magnitude bits apply to random sampling only, got " + magnitudeBits);
        }
    }

    /** Sampling over the whole operand range. */
    public Sampling(boolean exhaustive, long count, long seed) {
        this(exhaustive, count, seed, 0);
    }

    /** The same random sampling with operand magnitudes below 2^bits (0: the whole range). */
    public Sampling withMagnitudeBits(int bits) {
        return new Sampling(exhaustive, count, seed, bits);
    }

    public static Sampling random(long count, long seed) {
        return new Sampling(false, count, seed);
    }

    public static Sampling exhaustiveAll() {
        return new Sampling(true, 0, 0);
    }

    @Override
    public String toString() {
        return exhaustive ? "exhaustive" : "uniform random, " + count + " pairs, seed " + seed
                + (magnitudeBits > 0 ? ", magnitudes below 2^" + magnitudeBits : "");
    }
}
