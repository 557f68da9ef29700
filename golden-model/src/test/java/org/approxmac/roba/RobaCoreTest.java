package org.approxmac.roba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobaCoreTest {

    @Test
    void roundsToTheNearestPowerOfTwoWithTiesUp() {
        assertEquals(-1, RobaCore.roundedPower(0));
        assertEquals(0, RobaCore.roundedPower(1));
        assertEquals(1, RobaCore.roundedPower(2));
        assertEquals(2, RobaCore.roundedPower(3), "3 is as near 2 as 4: up");
        assertEquals(2, RobaCore.roundedPower(5));
        assertEquals(3, RobaCore.roundedPower(6), "a tie: up");
        assertEquals(3, RobaCore.roundedPower(7));
        assertEquals(3, RobaCore.roundedPower(11));
        assertEquals(4, RobaCore.roundedPower(12), "a tie: up");
        assertEquals(16, RobaCore.roundedPower(0xFFFF), "the largest 16-bit operands round to 2^16");
    }

    /** The worked example of docs/units.md, "The RoBA core". */
    @Test
    void workedExample() {
        RobaCore core = new RobaCore(16);
        // 1000 rounds to 1024, 3000 to 2048: 3000 * 1024 + 1000 * 2048 - 1024 * 2048
        assertEquals(3_072_000 + 2_048_000 - 2_097_152, core.product(1000, 3000));
        assertEquals(3_022_848, core.product(1000, 3000), "+0.76 %: (1000 - 1024)(3000 - 2048) is left out");
        assertEquals(8, core.product(3, 3), "both round up to 4: 12 + 12 - 16 leaves out (3 - 4)(3 - 4) = 1");
    }

    /** The product leaves out exactly (x - x_r)(y - y_r): within 8/9 and 10/9 of x y, and 0 for a zero operand. */
    @Test
    void errorIsTheProductOfTheRoundingErrorsEverywhere() {
        RobaCore core = new RobaCore(10);
        for (long x = 0; x < 1024; x++) {
            for (long y = 0; y < 1024; y++) {
                long p = core.product(x, y);
                if (x == 0 || y == 0) {
                    assertEquals(0, p);
                    continue;
                }
                long xr = 1L << RobaCore.roundedPower(x);
                long yr = 1L << RobaCore.roundedPower(y);
                assertEquals(x * y - (x - xr) * (y - yr), p, x + " * " + y);
                assertTrue(9 * p >= 8 * x * y && 9 * p <= 10 * x * y, x + " * " + y);
                assertTrue(p < 1L << 20, "fits 2n bits");
            }
        }
    }

    @Test
    void wideProductAgreesWithTheLongOne() {
        SplittableRandom random = new SplittableRandom(11);
        RobaCore core = new RobaCore(32);
        for (int t = 0; t < 20000; t++) {
            long x = random.nextLong(1L << 32);
            long y = random.nextLong(1L << 32);
            assertEquals(BigInteger.valueOf(core.product(x, y)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)),
                    core.productWide(x, y), x + " * " + y);
        }
        RobaCore wide = new RobaCore(64);
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        // (2^64 - 1) rounds to 2^64: 2 (2^64 - 1) 2^64 - 2^128 = 2^128 - 2^65
        assertEquals(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE.shiftLeft(65)), wide.productWide(-1L, -1L));
        assertTrue(wide.productWide(-1L, -1L).compareTo(max.multiply(max)) <= 0);
    }

    @Test
    void rejectsWidthsOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new RobaCore(0));
        assertThrows(IllegalArgumentException.class, () -> new RobaCore(65));
    }
}
