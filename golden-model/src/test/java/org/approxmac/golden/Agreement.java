package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
     * Every pair of corner operands (±2^i, 2^i ± 1, ~2^i, ...) and {@code samples} random pairs, half
     * of them with operands of random length so that small magnitudes are common.
     */
    public static void cornersAndRandom(Multiplier reference, Multiplier candidate, int samples, long seed) {
        int n = reference.spec().n();
        List<Long> corners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long p = 1L << i;
            for (long v : new long[] {p, p - 1, p + 1, -p, ~p, -p - 1}) {
                corners.add(v & Bits.mask(n));
            }
        }
        for (long a : corners) {
            for (long b : corners) {
                assertEquals(reference.multiply(a, b), candidate.multiply(a, b), reference.spec() + " " + a + "*" + b);
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            long a = r.nextLong() >>> r.nextInt(64);
            long b = i % 2 == 0 ? r.nextLong() : r.nextLong() >> r.nextInt(64);
            assertEquals(reference.multiply(a, b), candidate.multiply(a, b), reference.spec() + " " + a + "*" + b);
        }
    }
}
