package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.approxmac.golden.IntegerOperands;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class OperandSamplerTest {

    /** Integer operands are the golden model's stratified ones (IntegerOperandsTest checks the strata). */
    @Test
    void integerOperandsAreTheGoldenModelsStratifiedOnes() {
        for (String text : new String[] {"mitchw:n=32,w=6", "drum:n=16,k=6,sign=unsigned", "fixed:n=64"}) {
            UnitSpec spec = UnitSpec.parse(text);
            OperandSampler s = new OperandSampler(spec);
            IntegerOperands golden = IntegerOperands.of(spec);
            SplittableRandom r = new SplittableRandom(3);
            SplittableRandom g = new SplittableRandom(3);
            for (int i = 0; i < 10_000; i++) {
                assertEquals(golden.stratified(g), s.next(r), text + " draw " + i);
            }
        }
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
