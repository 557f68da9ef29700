package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A single MAC's cases spread over a dot product's lanes (one lane at a time) or an array's (every lane). */
class CaseLanesTest {

    /** Cycle i of the one-lane source: a = 100 + i, b = 200 + i, flags = i. */
    private static final Stimulus SOURCE = (first, r, a, b, flags) -> {
        for (int i = 0; i < a.length; i++) {
            a[i] = 100 + first + i;
            b[i] = 200 + first + i;
            flags[i] = (byte) (first + i);
        }
    };

    @Test
    void oneLaneAtATimeRotatingWithTheCycleAndZerosElsewhere() {
        CaseLanes lanes = new CaseLanes(SOURCE, 3, CaseLanes.Spread.ONE_LANE);
        long[] a = new long[4 * 3];
        long[] b = new long[4 * 3];
        byte[] flags = new byte[4];
        lanes.fill(5, new SplittableRandom(1), a, b, flags);
        // cycles 5..8 go to lanes 5 mod 3 = 2, 0, 1, 2
        assertArrayEquals(new long[] {0, 0, 105, 106, 0, 0, 0, 107, 0, 0, 0, 108}, a);
        assertArrayEquals(new long[] {0, 0, 205, 206, 0, 0, 0, 207, 0, 0, 0, 208}, b);
        assertArrayEquals(new byte[] {5, 6, 7, 8}, flags, "the case's controls");
        assertEquals(3, lanes.lanes());
    }

    @Test
    void broadcastGivesEveryRowAndColumnTheCase() {
        CaseLanes lanes = new CaseLanes(SOURCE, 2, CaseLanes.Spread.BROADCAST);
        long[] a = new long[2 * 2];
        long[] b = new long[2 * 2];
        lanes.fill(0, new SplittableRandom(1), a, b, new byte[2]);
        assertArrayEquals(new long[] {100, 100, 101, 101}, a);
        assertArrayEquals(new long[] {200, 200, 201, 201}, b);
    }

    @Test
    void onlyAOneLaneSourceIsSpread() {
        Stimulus twoLanes = new LaneStimulus(SOURCE, 2);
        assertThrows(IllegalArgumentException.class, () -> new CaseLanes(twoLanes, 4, CaseLanes.Spread.BROADCAST));
    }
}
