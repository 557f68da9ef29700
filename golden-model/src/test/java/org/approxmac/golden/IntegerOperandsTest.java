package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class IntegerOperandsTest {

    private static boolean has(long[] values, long v) {
        return Arrays.stream(values).anyMatch(x -> x == v);
    }

    private static void assertAscendingDistinctPatterns(long[] c, int n) {
        for (int i = 0; i < c.length; i++) {
            assertTrue(c[i] == (c[i] & Bits.mask(n)), Long.toHexString(c[i]));
            assertTrue(i == 0 || Long.compareUnsigned(c[i - 1], c[i]) < 0, "ascending, distinct at " + i);
        }
    }

    @Test
    void signedCornersIncludeExtremesPowersNeighboursAndNegations() {
        long[] c = IntegerOperands.of(UnitSpec.parse("fixed:n=16")).corners();
        for (long v : new long[] {0, 1, 0xffff, 0x8000, 0x7fff, 0xfffe, 0x8001, 0x0100, 0x00ff, 0x0101,
            -0x100 & 0xffff, -0x101 & 0xffff}) {
            assertTrue(has(c, v), Long.toHexString(v));
        }
        assertAscendingDistinctPatterns(c, 16);
        // the co-simulation's corner class of a signed 16-bit multiplier: 86 x 86 = 7,396 vectors
        assertEquals(86, c.length);
    }

    @Test
    void unsignedCornersHaveNoNegations() {
        long[] c = IntegerOperands.of(UnitSpec.parse("mitchw:n=16,w=6,sign=unsigned")).corners();
        assertTrue(has(c, 0x0101) && has(c, 0xffff) && has(c, 0x8001));
        assertFalse(has(c, -0x100 & 0xffff), "-2^8");
        assertFalse(has(c, -0x101 & 0xffff), "~2^8");
        assertAscendingDistinctPatterns(c, 16);
    }

    @Test
    void cornersCoverEveryWidth() {
        for (int n = 1; n <= 64; n++) {
            for (boolean signed : new boolean[] {false, true}) {
                long[] c = new IntegerOperands(n, signed).corners();
                assertAscendingDistinctPatterns(c, n);
                assertTrue(has(c, 0) && has(c, 1) && has(c, 1L << (n - 1)) && has(c, Bits.mask(n)), n + " " + signed);
            }
        }
        assertEquals(374, new IntegerOperands(64, true).corners().length);
    }

    @Test
    void strideThinsOnlyThePowersOfTwo() {
        IntegerOperands ops = new IntegerOperands(32, true);
        long[] all = ops.corners();
        long[] thin = ops.corners(8);
        assertArrayEquals(all, ops.corners(1));
        assertTrue(Arrays.stream(thin).allMatch(v -> has(all, v)), "a subset");
        for (long v : new long[] {0, 1, 2, 3, 0xffff_ffffL, 0xffff_fffeL, 0x8000_0000L, 0x7fff_ffffL, 0x8000_0001L,
            1 << 8, (1 << 8) - 1, (1 << 8) + 1, -(1L << 16) & 0xffff_ffffL, (1 << 24) + 1}) {
            assertTrue(has(thin, v), Long.toHexString(v));
        }
        assertFalse(has(thin, 1 << 9));
        assertThrows(IllegalArgumentException.class, () -> ops.corners(0));
    }

    @Test
    void everyLeadingOnePositionAndSignIsDrawnOften() {
        int n = 32;
        IntegerOperands ops = new IntegerOperands(n, true);
        SplittableRandom r = new SplittableRandom(3);
        int[] perLead = new int[n];
        int negatives = 0;
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            long v = ops.stratified(r);
            assertEquals(v, v & 0xffffffffL);
            long magnitude = (v >>> (n - 1) & 1) == 1 ? (-v) & 0xffffffffL : v;
            negatives += (int) (v >>> (n - 1) & 1);
            if (magnitude != 0) {
                perLead[63 - Long.numberOfLeadingZeros(magnitude)]++;
            }
        }
        // stratified: each of the 32 positions gets about 3/4 / 32 of the draws; uniform alone would
        // give position 0..7 about 2^-24 of them
        for (int lead = 0; lead < n; lead++) {
            assertTrue(perLead[lead] > draws / 64, "lead " + lead + ": " + perLead[lead]);
        }
        assertTrue(negatives > draws / 3 && negatives < 2 * draws / 3, "negatives " + negatives);
    }

    @Test
    void unsignedMagnitudeClassesAreUniformAndNonNegative() {
        int n = 12;
        IntegerOperands ops = new IntegerOperands(n, false);
        SplittableRandom r = new SplittableRandom(5);
        int[] perLead = new int[n];
        for (int i = 0; i < 24_000; i++) {
            long v = ops.byMagnitude(r);
            assertTrue(v > 0 && v <= Bits.mask(n), Long.toHexString(v));
            perLead[63 - Long.numberOfLeadingZeros(v)]++;
        }
        for (int lead = 0; lead < n; lead++) {
            assertTrue(perLead[lead] > 1_500 && perLead[lead] < 2_500, "lead " + lead + ": " + perLead[lead]);
        }
    }

    @Test
    void sameSeedSameOperands() {
        IntegerOperands ops = IntegerOperands.of(UnitSpec.parse("drum:n=24,k=6"));
        SplittableRandom a = new SplittableRandom(9);
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 1000; i++) {
            assertEquals(ops.stratified(a), ops.stratified(b));
        }
    }

    @Test
    void refusesFloatingKindsAndBadWidths() {
        assertThrows(IllegalArgumentException.class, () -> IntegerOperands.of(UnitSpec.parse("bf16")));
        assertThrows(IllegalArgumentException.class, () -> new IntegerOperands(0, true));
        assertThrows(IllegalArgumentException.class, () -> new IntegerOperands(65, false));
    }
}
