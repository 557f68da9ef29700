package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DirectedCyclesTest {

    @Test
    void everyChunkStartsWithAResetAndNoCaseStraddlesTwoChunks() {
        List<MacCycles> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            MacCycles c = new MacCycles().add(MacSequence.EN | MacSequence.CLR, i, 1);
            for (int k = 0; k < i % 5; k++) {
                c.add(MacSequence.EN, i, 2);
            }
            cases.add(c);
        }
        int chunk = 8;
        DirectedCycles d = new DirectedCycles(cases, chunk);
        long[] a = new long[(int) d.count()];
        long[] b = new long[a.length];
        byte[] flags = new byte[a.length];
        d.fill(0, new SplittableRandom(1), a, b, flags);
        for (int start = 0; start < a.length; start += chunk) {
            assertEquals(MacSequence.RST, flags[start], "chunk at " + start);
        }
        // every case appears whole, in order, inside one chunk
        int at = 0;
        for (int i = 0; i < cases.size(); i++) {
            while (!(flags[at] == (MacSequence.EN | MacSequence.CLR) && a[at] == i)) {
                assertTrue(flags[at] == 0 || flags[at] == MacSequence.RST, "only resets and idle cycles between cases");
                at++;
            }
            assertEquals(at / chunk, (at + cases.get(i).size() - 1) / chunk, "case " + i + " straddles a chunk");
            at += cases.get(i).size();
        }
    }
}
