package org.approxmac.trunc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TruncCoreTest {

    /** The definition, one partial product at a time: an independent second reading of docs/units.md. */
    private static long byPartialProducts(long x, long y, int n, int t, Correction correction) {
        if (x == 0 || y == 0) {
            return 0;
        }
        long p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long bit = (x >> i) & (y >> j) & 1;
                if (i + j >= t) {
                    p += bit << (i + j);
                } else if (i + j == t - 1 && correction == Correction.VARIABLE) {
                    p += bit << t;
                }
            }
        }
        return correction == Correction.CONSTANT ? p + TruncCore.correctionConstant(n, t).longValueExact() : p;
    }

    @ParameterizedTest
    @EnumSource(Correction.class)
    void everyEightBitPairFollowsTheDefinition(Correction correction) {
        for (int t : new int[] {0, 1, 3, 5, 8, 9, 11, 14}) {
            TruncCore core = new TruncCore(8, t, correction);
            for (long x = 0; x < 256; x++) {
                for (long y = 0; y < 256; y++) {
                    long p = core.product(x, y);
                    assertEquals(byPartialProducts(x, y, 8, t, correction), p, x + " * " + y + ", t=" + t);
                    assertTrue(p >= 0 && p < 1L << 16, "fits 2n bits");
                }
            }
        }
    }

    /** The worked example of docs/units.md, "The truncated multiplier core". */
    @Test
    void workedExample() {
        // 40000 * 50000 = 2,000,000,000; the 16 low columns of partial products hold 103,424 of it
        assertEquals(2_000_000_000L - 103_424, new TruncCore(16, 16, Correction.NONE).product(40_000, 50_000));
        assertEquals(2_000_000_000L - 103_424 + 4 * 65_536,
                new TruncCore(16, 16, Correction.CONSTANT).product(40_000, 50_000));
        // column 15 holds two ones: x_i y_(15-i) for i = 6 and 11
        assertEquals(2_000_000_000L - 103_424 + 2 * 65_536,
                new TruncCore(16, 16, Correction.VARIABLE).product(40_000, 50_000));
        assertEquals(2, TruncCore.topDroppedColumn(40_000, 50_000, 16));
        assertEquals(BigInteger.valueOf(103_424), TruncCore.dropped(40_000, 50_000, 16));
        // small operands lose much more: 1000 * 3000 drops 247,488 (-8.2 %), variable correction adds back 3 * 2^16
        assertEquals(3_000_000 - 247_488 + 3 * 65_536, new TruncCore(16, 16, Correction.VARIABLE).product(1000, 3000));
    }

    @Test
    void correctionConstantIsTheRoundedMeanOfTheDroppedBits() {
        for (int n : new int[] {8, 16, 32}) {
            for (int t = 1; t <= 2 * n - 2; t++) {
                // mean of the dropped bits for uniform operands: each partial product is 1 with probability 1/4
                double mean = 0;
                for (int c = 0; c < t; c++) {
                    mean += (c < n ? c + 1 : 2 * n - 1 - c) * Math.pow(2, c) / 4;
                }
                long units = Math.round(mean / Math.pow(2, t));
                assertEquals(BigInteger.valueOf(units).shiftLeft(t), TruncCore.correctionConstant(n, t), "t=" + t);
                if (t <= n) {
                    assertEquals(BigInteger.valueOf((t + 1) / 4).shiftLeft(t), TruncCore.correctionConstant(n, t));
                }
            }
        }
        assertEquals(BigInteger.valueOf(4L << 16), TruncCore.correctionConstant(16, 16));
        assertEquals(BigInteger.ZERO, TruncCore.correctionConstant(16, 0));
    }

    @ParameterizedTest
    @EnumSource(Correction.class)
    void zeroOperandsGiveZeroAndNoneIsNeverHigh(Correction correction) {
        TruncCore core = new TruncCore(16, 16, correction);
        assertEquals(0, core.product(0, 0xFFFF));
        assertEquals(0, core.product(0xFFFF, 0));
        assertEquals(BigInteger.ZERO, core.productWide(0, 12345));
        if (correction == Correction.NONE) {
            SplittableRandom random = new SplittableRandom(5);
            for (int k = 0; k < 10_000; k++) {
                long x = random.nextLong(1L << 16);
                long y = random.nextLong(1L << 16);
                assertTrue(core.product(x, y) <= x * y);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Correction.class)
    void wideProductAgreesWithTheLongOneAndAllOnesFit(Correction correction) {
        SplittableRandom random = new SplittableRandom(11);
        for (int t : new int[] {0, 7, 32, 45, 62}) {
            TruncCore core = new TruncCore(32, t, correction);
            for (int k = 0; k < 5000; k++) {
                long x = random.nextLong(1L << 32);
                long y = random.nextLong(1L << 32);
                assertEquals(Bits64.unsigned(core.product(x, y)), core.productWide(x, y), x + " * " + y);
            }
            assertEquals(Bits64.unsigned(core.product(0xFFFF_FFFFL, 0xFFFF_FFFFL)),
                    core.productWide(0xFFFF_FFFFL, 0xFFFF_FFFFL));
        }
        for (int t : new int[] {1, 33, 64, 100, 126}) {
            BigInteger p = new TruncCore(64, t, correction).productWide(-1L, -1L);
            assertTrue(p.bitLength() <= 128, "the largest product fits 2n bits, t=" + t);
            assertTrue(p.signum() > 0);
        }
    }

    @Test
    void rejectsParametersOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new TruncCore(0, 0, Correction.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TruncCore(65, 1, Correction.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TruncCore(16, 31, Correction.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TruncCore(16, -1, Correction.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TruncCore(40, 8, Correction.NONE).product(1, 1));
    }

    private static final class Bits64 {
        static BigInteger unsigned(long v) {
            return new BigInteger(Long.toUnsignedString(v));
        }
    }
}
