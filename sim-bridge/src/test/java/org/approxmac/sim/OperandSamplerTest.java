package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class OperandSamplerTest {

    @Test
    void everyLeadingOnePositionAndSignIsDrawnOften() {
        int n = 32;
        OperandSampler s = new OperandSampler(UnitSpec.parse("mitchw:n=32,w=6"));
        SplittableRandom r = new SplittableRandom(3);
        int[] perLead = new int[n];
        int negatives = 0;
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            long v = s.next(r);
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
    void floatingOperandsReachEveryExponent() {
        OperandSampler s = new OperandSampler(UnitSpec.parse("bf16"));
        SplittableRandom r = new SplittableRandom(4);
        boolean[] seen = new boolean[256];
        for (int i = 0; i < 50_000; i++) {
            seen[(int) (s.next(r) >>> 7 & 0xff)] = true;
        }
        for (int e = 0; e < 256; e++) {
            assertTrue(seen[e], "exponent " + e);
        }
    }
}
