package org.approxmac.ilm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IlmCoreTest {

    /** The worked example of docs/units.md, "The ILM core". */
    @Test
    void workedExample() {
        // 1000 = 0b1111101000, 3000 = 0b101110111000; w = 6 keeps 1111100000 and 101110000000
        IlmCore core = new IlmCore(16, 6, 1);
        assertEquals(992, core.truncate(1000));
        assertEquals(2944, core.truncate(3000));
        // block 0: a = 992 (ka 9), b = 2944 (kb 11): 992 << 11 + (2944 - 2048) << 9 = 2031616 + 458752
        // block 1: a = 480 (ka 8), b = 896 (kb 9): 480 << 9 + (896 - 512) << 8 = 245760 + 98304
        assertEquals(2031616 + 458752 + 245760 + 98304, core.product(1000, 3000));
        assertEquals(2031616 + 458752, new IlmCore(16, 6, 0).product(1000, 3000));
        assertEquals(992L * 2944, new IlmCore(16, 6, 5).product(1000, 3000), "exact on the truncated operands");
    }

    @Test
    void zeroOperandsGiveZero() {
        IlmCore core = new IlmCore(8, 8, 2);
        for (long v = 0; v < 256; v++) {
            assertEquals(0, core.product(0, v));
            assertEquals(0, core.product(v, 0));
        }
    }

    /**
     * Babić, Avramović, Bulić (2011), exhaustive 8-bit operands: average relative error 8.9131 %, 0.8337 %,
     * 0.0708 % and 0.0048 % with 0 to 3 correction circuits, and a worst case of 25 % / 4^i.
     */
    @Test
    void untruncatedCoreHasThePublishedErrors() {
        double[] published = {8.9131, 0.8337, 0.0708, 0.0048};
        for (int i = 0; i < published.length; i++) {
            IlmCore core = new IlmCore(8, 8, i);
            double sum = 0;
            double worst = 0;
            for (long x = 1; x < 256; x++) {
                for (long y = 1; y < 256; y++) {
                    long p = core.product(x, y);
                    assertTrue(p <= x * y, "never above the exact product");
                    double rel = (double) (x * y - p) / (x * y);
                    sum += rel;
                    worst = Math.max(worst, rel);
                }
            }
            double mean = 100 * sum / (255 * 255);
            assertEquals(published[i], mean, 0.00005, "mean relative error with " + i + " corrections");
            assertTrue(worst < Math.pow(0.25, i + 1), "worst " + worst + " below 4^-" + (i + 1));
        }
    }

    @Test
    void exactOnceTheIterationsCoverTheOnes() {
        IlmCore core = new IlmCore(12, 12, 8);
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 20000; t++) {
            long x = random.nextLong(1 << 12);
            long y = random.nextLong(1 << 12);
            if (Math.min(Long.bitCount(x), Long.bitCount(y)) <= 9) {
                assertEquals(x * y, core.product(x, y), x + " * " + y);
            }
        }
    }

    @Test
    void wideProductAgreesWithTheLongOne() {
        SplittableRandom random = new SplittableRandom(7);
        for (int w : new int[] {1, 2, 6, 17, 32}) {
            for (int i : new int[] {0, 1, 3}) {
                IlmCore core = new IlmCore(32, w, i);
                for (int t = 0; t < 2000; t++) {
                    long x = random.nextLong(1L << 32);
                    long y = random.nextLong(1L << 32);
                    assertEquals(BigInteger.valueOf(core.product(x, y)).and(BigInteger.ONE.shiftLeft(64).subtract(
                            BigInteger.ONE)), core.productWide(x, y), x + " * " + y + " w=" + w + " i=" + i);
                }
            }
        }
        IlmCore wide = new IlmCore(64, 64, 0);
        long max = -1L; // 2^64 - 1: one block gives (2^64 - 1) 2^63 + (2^63 - 1) 2^63
        BigInteger expected = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)
                .add(BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)).shiftLeft(63);
        assertEquals(expected, wide.productWide(max, max));
    }

    @Test
    void truncationKeepsTheLeadingOneAndWMinusOneBits() {
        IlmCore core = new IlmCore(16, 3, 0);
        assertEquals(0b1110000000L, core.truncate(0b1111111111L));
        assertEquals(0b101L, core.truncate(0b101L));
        assertEquals(0b1000L, core.truncate(0b1001L));
        assertEquals(1L << 15, new IlmCore(16, 1, 2).truncate(0xFFFFL));
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new IlmCore(16, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IlmCore(16, 17, 1));
        assertThrows(IllegalArgumentException.class, () -> new IlmCore(16, 6, -1));
        assertThrows(IllegalArgumentException.class, () -> new IlmCore(16, 6, IlmCore.MAX_ITERATIONS + 1));
    }
}
