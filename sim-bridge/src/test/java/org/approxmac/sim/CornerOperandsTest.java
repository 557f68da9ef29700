package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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
}
