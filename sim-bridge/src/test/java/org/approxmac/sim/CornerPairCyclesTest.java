package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CornerPairCyclesTest {

    @Test
    void walksEveryCornerPairAcrossChunksUnderTheSequencesControlBits() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4,sign=c1,mac");
        CornerPairCycles cycles = new CornerPairCycles(spec);
        int chunk = 1000;
        var pairs = new HashSet<Long>();
        long walked = 0;
        for (long first = 0; first < cycles.pairs() + 2 * chunk; first += chunk) {
            long[] a = new long[chunk];
            long[] b = new long[chunk];
            byte[] flags = new byte[chunk];
            cycles.fill(first, new SplittableRandom(first), a, b, flags);
            byte[] sequenceFlags = new byte[chunk];
            new MacSequence(spec).fill(first, new SplittableRandom(first), new long[chunk], new long[chunk],
                    sequenceFlags);
            assertArrayEquals(sequenceFlags, flags, "rst/en/clr are the MacSequence's");
            for (int i = 0; i < chunk && first + i < cycles.pairs(); i++, walked++) {
                pairs.add(a[i] << 32 | b[i]);
            }
            if (first > cycles.pairs()) {
                assertNotEquals(0, a[chunk - 1] | b[chunk - 1] | a[chunk - 2], "random operands after the walk");
            }
        }
        assertEquals(cycles.pairs(), walked);
        assertEquals(cycles.pairs(), pairs.size(), "every ordered pair once");
    }
}
