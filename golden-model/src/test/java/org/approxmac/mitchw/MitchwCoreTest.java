package org.approxmac.mitchw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.junit.jupiter.api.Test;

class MitchwCoreTest {

    @Test
    void handCheckedVectors() {
        MitchwCore mitchell8 = new MitchwCore(8, 8);
        // 3 = 2^1 * 1.5: L = 1.5 + 1.5 = 3.0 -> 2^3 = 8 (exact 9)
        assertEquals(8, mitchell8.product(3, 3));
        // powers of two are exact
        assertEquals(64, mitchell8.product(8, 8));
        assertEquals(128 * 128, mitchell8.product(128, 128));
        // 255 * 255: kx=ky=7, f = 127/128 each; S = 14 + 254/128 -> c = 15, m = 1 + 126/128
        assertEquals((128 + 126) << 8, mitchell8.product(255, 255));
        MitchwCore w6 = new MitchwCore(16, 6);
        // docs/units.md example: magnitude 1 times 5 is 5 (L(1) = 0)
        assertEquals(5, w6.product(1, 5));
        // 0b1011_1111 keeps 1.01111 (w=6): 2^7 * (1 + 15/32) = 188
        assertEquals(188, w6.product(0xBF, 1));
        assertEquals(0, w6.product(0, 12345));
        assertEquals(0, w6.product(12345, 0));
    }

    @Test
    void wOneKeepsOnlyTheLeadingOne() {
        MitchwCore w1 = new MitchwCore(12, 1);
        assertEquals(1L << (10 + 5), w1.product(0x7FF, 0x3F));
    }

    @Test
    void neverOverEstimatesExhaustively() {
        for (int w = 1; w <= 8; w++) {
            MitchwCore core = new MitchwCore(8, w);
            for (long x = 0; x < 256; x++) {
                for (long y = 0; y < 256; y++) {
                    long p = core.product(x, y);
                    assertTrue(p <= x * y, () -> "over-estimate");
                    if (x != 0 && y != 0) {
                        // Mitchell's worst case is -11.1%; truncation to w bits loses at most
                        // a factor (1 - 2^-(w-1))^2 more
                        double bound = (1 - 1.0 / 9) * Math.pow(1 - Math.pow(2, -(w - 1)), 2);
                        assertTrue(p >= Math.floor(bound * x * y) - 1, "x=" + x + " y=" + y + " w=" + w);
                    }
                }
            }
        }
    }

    @Test
    void mitchellWorstCaseIsAboutMinusEleven() {
        MitchwCore core = new MitchwCore(16, 16);
        double worst = 0;
        for (long x = 1; x < 1 << 10; x++) {
            for (long y = 1; y < 1 << 10; y++) {
                worst = Math.min(worst, (core.product(x, y) - (double) (x * y)) / (x * y));
            }
        }
        assertEquals(-0.111, worst, 0.001);
    }

    @Test
    void wideAndNarrowPathsAgree() {
        SplittableRandom r = new SplittableRandom(7);
        for (int n : new int[] {4, 9, 16, 31, 32}) {
            for (int w = 1; w <= n; w += 3) {
                MitchwCore core = new MitchwCore(n, w);
                for (int i = 0; i < 2000; i++) {
                    long x = r.nextLong() & Bits.mask(n) >>> r.nextInt(n);
                    long y = r.nextLong() & Bits.mask(n) >>> r.nextInt(n);
                    assertEquals(Bits.unsigned(core.product(x, y)), core.productWide(x, y));
                }
            }
        }
    }

    @Test
    void sixtyFourBitOperandsNeverOverEstimate() {
        SplittableRandom r = new SplittableRandom(3);
        for (int w : new int[] {1, 6, 33, 64}) {
            MitchwCore core = new MitchwCore(64, w);
            for (int i = 0; i < 5000; i++) {
                long x = r.nextLong() >>> r.nextInt(64);
                long y = r.nextLong() >>> r.nextInt(64);
                BigInteger exact = Bits.unsigned(x).multiply(Bits.unsigned(y));
                BigInteger p = core.productWide(x, y);
                assertTrue(p.compareTo(exact) <= 0);
                assertTrue(p.bitLength() <= 128);
            }
            BigInteger max = core.productWide(-1L, -1L);
            assertTrue(max.bitLength() == 128 || w == 1 && max.bitLength() == 127, "w=" + w + " " + max.bitLength());
        }
    }
}
