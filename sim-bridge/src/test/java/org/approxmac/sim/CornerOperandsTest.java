package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CornerOperandsTest {

    private static boolean has(long[] values, long v) {
        return Arrays.stream(values).anyMatch(x -> x == v);
    }

    @Test
    void signedIntegerCornersIncludeExtremesPowersAndNeighbours() {
        long[] c = CornerOperands.of(UnitSpec.parse("fixed:n=16"));
        for (long v : new long[] {0, 1, 0xffff, 0x8000, 0x7fff, 0xfffe, 0x8001, 0x0100, 0x00ff, 0x0101,
            -0x100 & 0xffff, -0x101 & 0xffff}) {
            assertTrue(has(c, v), Long.toHexString(v));
        }
        assertTrue(Arrays.stream(c).allMatch(v -> v >= 0 && v <= 0xffff));
        assertTrue(Arrays.stream(c).distinct().count() == c.length);
    }

    @Test
    void floatCornersIncludeSpecials() {
        long[] c = CornerOperands.of(UnitSpec.parse("fp32"));
        for (long v : new long[] {0, 0x80000000L, 0x7f800000L, 0xff800000L, 0x7fc00000L, 1, 0x007fffffL,
            0x00800000L, 0x7f7fffffL, 0x3f800000L, 0xbf800000L}) {
            assertTrue(has(c, v), Long.toHexString(v));
        }
    }

    @Test
    void pairsWalkEveryOrderedPairFromAnyChunkStart() {
        UnitSpec spec = UnitSpec.parse("drum:n=6,k=3,sign=unsigned");
        long[] c = CornerOperands.of(spec);
        int count = c.length * c.length;
        long[] a = new long[count - 5];
        long[] b = new long[count - 5];
        CornerOperands.pairs(spec).fill(5, new SplittableRandom(1), a, b, null);
        var seen = new java.util.HashSet<Long>();
        for (int i = 0; i < a.length; i++) {
            seen.add(a[i] << 32 | b[i]);
        }
        assertEquals(a.length, seen.size(), "no pair twice");
        assertEquals(c[5 / c.length], a[0]);
        assertEquals(c[5 % c.length], b[0]);
        assertEquals(c[c.length - 1], a[a.length - 1]);
        assertEquals(c[c.length - 1], b[b.length - 1]);
    }
}
