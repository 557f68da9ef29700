package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class LaneStimulusTest {
    private static final UnitSpec DOT = UnitSpec.parse("mitchw:n=8,w=4,dot=9");

    @Test
    void everyLaneSeesEveryCornerPairAndNoTwoLanesAreAlike() {
        Stimulus corners = CornerOperands.pairs(DOT.lane());
        int pairs = (int) CornerOperands.pairCount(DOT.lane());
        long[] a = new long[pairs * 9];
        long[] b = new long[pairs * 9];
        LaneStimulus.of(corners, 9).fill(0, new SplittableRandom(1), a, b, null);
        long[] oneA = new long[pairs];
        long[] oneB = new long[pairs];
        corners.fill(0, new SplittableRandom(1), oneA, oneB, null);
        Set<Long> all = new HashSet<>();
        for (int i = 0; i < pairs; i++) {
            all.add(oneA[i] << 8 | oneB[i]);
        }
        for (int lane = 0; lane < 9; lane++) {
            Set<Long> seen = new HashSet<>();
            int same = 0;
            for (int i = 0; i < pairs; i++) {
                seen.add(a[i * 9 + lane] << 8 | b[i * 9 + lane]);
                same += lane > 0 && a[i * 9 + lane] == a[i * 9] && b[i * 9 + lane] == b[i * 9] ? 1 : 0;
            }
            assertEquals(all, seen, "lane " + lane);
            assertEquals(0, same, "lane " + lane + " repeats lane 0");
        }
        assertEquals(oneA[0], a[0], "lane 0 is the one-lane class itself");
    }

    @Test
    void aChunkDependsOnlyOnItsRandomStreamAndAMacKeepsLaneZerosControls() {
        UnitSpec mac = UnitSpec.parse("drum:n=8,dot=4,mac");
        Stimulus one = new MacSequence(mac.lane());
        Stimulus four = LaneStimulus.of(one, 4);
        long[][] a = new long[2][4000];
        long[][] b = new long[2][4000];
        byte[][] flags = new byte[2][1000];
        for (int t = 0; t < 2; t++) {
            four.fill(5000, new SplittableRandom(77), a[t], b[t], flags[t]);
        }
        assertArrayEquals(a[0], a[1]);
        assertArrayEquals(flags[0], flags[1]);
        long[] oneA = new long[1000];
        byte[] oneFlags = new byte[1000];
        one.fill(5000, new SplittableRandom(77), oneA, new long[1000], oneFlags);
        assertArrayEquals(oneFlags, flags[0]);
        for (int i = 0; i < 1000; i++) {
            assertEquals(oneA[i], a[0][i * 4]);
        }
        assertNotEquals(a[0][1], a[0][2]);
        assertSame(one, LaneStimulus.of(one, 1));
    }
}
