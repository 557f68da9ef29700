package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void matchesTheReferenceSequenceForSeedZero() {
        SplitMix64 r = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, r.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, r.nextLong());
    }

    @Test
    void boundedDrawsStayInRange() {
        SplitMix64 r = new SplitMix64(42);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(r.nextBits(5) < 32);
            int k = r.nextInt(7);
            assertTrue(k >= 0 && k < 7);
            double d = r.nextDouble();
            assertTrue(d >= 0 && d < 1);
        }
    }
}
