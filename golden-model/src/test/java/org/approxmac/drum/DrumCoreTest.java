package org.approxmac.drum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.junit.jupiter.api.Test;

class DrumCoreTest {

    @Test
    void exactBelowTwoToTheK() {
        for (int k = 3; k <= 8; k++) {
            DrumCore core = new DrumCore(8, k);
            for (long x = 0; x < 1L << k; x++) {
                for (long y = 0; y < 1L << k; y++) {
                    assertEquals(x * y, core.product(x, y));
                }
            }
        }
    }

    @Test
    void segmentHasForcedOneAndShift() {
        DrumCore core = new DrumCore(16, 6);
        // 0b1011_0110_0000 : lead 11, keep bits 11..7 = 10110, then forced 1 -> 101101, t = 6
        assertEquals(0b101101, core.segment(0b1011_0110_0000));
        assertEquals(6, core.shift(0b1011_0110_0000));
        assertEquals(0b101101L * 0b101101L << 12, core.product(0b1011_0110_0000, 0b1011_0110_0000));
        // exactly 2^k: segment 10000|1 -> 0b100001, t = 1
        assertEquals(0b100001, core.segment(64));
        assertEquals(1, core.shift(64));
        assertEquals(0b100001L * 5 << 1, core.product(64, 5));
    }

    @Test
    void nearlyUnbiased() {
        DrumCore core = new DrumCore(16, 6);
        SplittableRandom r = new SplittableRandom(1);
        double sum = 0;
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            long x = 1 + r.nextInt(0xFFFF);
            long y = 1 + r.nextInt(0xFFFF);
            sum += (core.product(x, y) - (double) (x * y)) / (x * y);
        }
        assertEquals(0.0, sum / count, 0.005);
    }

    @Test
    void wideAndNarrowPathsAgreeAndWideIsExactForSmallOperands() {
        SplittableRandom r = new SplittableRandom(5);
        DrumCore core = new DrumCore(32, 32);
        for (int i = 0; i < 1000; i++) {
            long x = r.nextLong() & Bits.mask(32);
            long y = r.nextLong() & Bits.mask(32);
            assertEquals(Bits.unsigned(core.product(x, y)), core.productWide(x, y));
            assertEquals(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)), core.productWide(x, y));
        }
        DrumCore sixteen = new DrumCore(16, 6);
        for (int i = 0; i < 5000; i++) {
            long x = r.nextLong() & 0xFFFF;
            long y = r.nextLong() & 0xFFFF;
            assertEquals(Bits.unsigned(sixteen.product(x, y)), sixteen.productWide(x, y));
        }
        DrumCore wide = new DrumCore(64, 6);
        assertEquals(Bits.unsigned(0b100001).multiply(Bits.unsigned(0b100001)).shiftLeft(116),
                wide.productWide(Long.MIN_VALUE, Long.MIN_VALUE));
    }
}
