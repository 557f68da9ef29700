package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.approxmac.golden.IntegerOperands;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CornerOperandsTest {

    private static boolean has(long[] values, long v) {
        return Arrays.stream(values).anyMatch(x -> x == v);
    }

    /** Integer corners are the golden model's (IntegerOperandsTest checks what they hold). */
    @Test
    void integerCornersAreTheGoldenModels() {
        for (String text : new String[] {"fixed:n=16", "mitchw:n=32,w=6,sign=unsigned", "drum:n=8,k=4,sign=sm"}) {
            UnitSpec spec = UnitSpec.parse(text);
            assertArrayEquals(IntegerOperands.of(spec).corners(), CornerOperands.of(spec), text);
        }
        // 86 corner values of a signed 16-bit operand, 86 x 86 vectors (cosim mitchw:n=16,w=6 --vectors corners)
        assertEquals(7_396, CornerOperands.pairCount(UnitSpec.parse("mitchw:n=16,w=6")));
        long[] c = CornerOperands.of(UnitSpec.parse("fixed:n=16"));
        for (long v : new long[] {0, 1, 0xffff, 0x8000, 0x7fff, 0x0100, 0x00ff, 0x0101, -0x101 & 0xffff}) {
            assertTrue(has(c, v), Long.toHexString(v));
        }
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
