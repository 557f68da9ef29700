package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class MacSequenceTest {

    @Test
    void startsWithResetAndDrawsEveryControlCombinationReproducibly() {
        MacSequence seq = new MacSequence(UnitSpec.parse("mitchw:n=16,w=6,mac"));
        int len = 1 << 16;
        long[] a = new long[len];
        long[] b = new long[len];
        byte[] flags = new byte[len];
        seq.fill(0, new SplittableRandom(9), a, b, flags);
        assertTrue((flags[0] & MacSequence.RST) != 0);
        int[] combos = new int[8];
        for (byte f : flags) {
            combos[f]++;
        }
        for (int c = 0; c < 8; c++) {
            assertTrue(combos[c] > 0, "rst/en/clr combination " + c + " occurs");
        }
        assertTrue(combos[MacSequence.EN] > len / 2, "plain enabled steps dominate");
        long[] a2 = new long[len];
        seq.fill(0, new SplittableRandom(9), a2, new long[len], new byte[len]);
        assertArrayEquals(a, a2);
        for (long v : a) {
            assertEquals(v, v & 0xffff);
        }
    }
}
