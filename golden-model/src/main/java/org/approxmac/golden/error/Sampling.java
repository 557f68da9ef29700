package org.approxmac.golden.error;

/**
 * How error vectors are chosen: {@code count} seeded random operand pairs (uniform over the operand
 * range of the sign mode), or every pair when {@code exhaustive}.
 *
 * @param exhaustive all 2^(2N) operand pairs
 * @param count      random pairs (ignored when exhaustive)
 * @param seed       the seed; the same seed gives the same vectors and results on any machine
 */
public record Sampling(boolean exhaustive, long count, long seed) {

    /** Largest operand width for which exhaustive analysis is allowed (2^24 pairs). */
    public static final int MAX_EXHAUSTIVE_WIDTH = 12;

    public Sampling {
        if (!exhaustive && count <= 0) {
            throw new IllegalArgumentException("sample count must be positive, got " + count);
        }
    }

    public static Sampling random(long count, long seed) {
        return new Sampling(false, count, seed);
    }

    public static Sampling exhaustiveAll() {
        return new Sampling(true, 0, 0);
    }

    @Override
    public String toString() {
        return exhaustive ? "exhaustive" : "uniform random, " + count + " pairs, seed " + seed;
    }
}
