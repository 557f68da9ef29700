package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

/** Test helper: checks that two models of the same spec give the same product patterns. */
public final class Agreement {
    private Agreement() {
    }

    /** Every operand pair of an N-bit unit (use for N up to about 12). */
    public static void exhaustive(Multiplier reference, Multiplier candidate) {
        int n = reference.spec().n();
        for (long a = 0; a < 1L << n; a++) {
            for (long b = 0; b < 1L << n; b++) {
                if (reference.multiply(a, b) != candidate.multiply(a, b)) {
                    assertEquals(reference.multiply(a, b), candidate.multiply(a, b), reference.spec() + " " + a + "*" + b);
                }
            }
        }
    }

    /**
     * Every pair of corner operands ({@link IntegerOperands#corners()} of the signed form, a superset of
     * the unsigned one's patterns: ±2^i, 2^i ± 1, ~2^i, ...) and {@code samples} pairs of stratified
     * random operands (small magnitudes are common), every other pair with random bits above N, which
     * both models must ignore.
     */
    public static void cornersAndRandom(Multiplier reference, Multiplier candidate, int samples, long seed) {
        int n = reference.spec().n();
        IntegerOperands operands = new IntegerOperands(n, true);
        long[] corners = operands.corners();
        for (long a : corners) {
            for (long b : corners) {
                assertEquals(reference.multiply(a, b), candidate.multiply(a, b), reference.spec() + " " + a + "*" + b);
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            long a = operands.stratified(r);
            long b = operands.stratified(r);
            if (i % 2 == 1 && n < 64) {
                a |= r.nextLong() << n;
                b |= r.nextLong() << n;
            }
            assertEquals(reference.multiply(a, b), candidate.multiply(a, b), reference.spec() + " " + a + "*" + b);
        }
    }
}
