package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class OperandDistributionTest {

    private static final int DRAWS = 20_000;

    @Test
    void uniformCoversTheFullPatternRangeWithHalfTheBitsSet() {
        UnitSpec spec = UnitSpec.parse("fixed:n=16");
        SplitMix64 rng = new SplitMix64(7);
        long ones = 0;
        boolean sawTop = false;
        for (int i = 0; i < DRAWS; i++) {
            long v = OperandDistribution.UNIFORM.draw(spec, rng);
            assertTrue(v >= 0 && v < 1 << 16, "pattern " + v);
            sawTop |= v >= 0xF000;
            ones += Long.bitCount(v);
        }
        assertTrue(sawTop);
        assertEquals(8.0, ones / (double) DRAWS, 0.1);
    }

    @Test
    void sparseIsHalfZerosAndSmallMagnitudesOfBothSigns() {
        UnitSpec spec = UnitSpec.parse("fixed:n=16");
        SplitMix64 rng = new SplitMix64(7);
        int zeros = 0;
        int negatives = 0;
        for (int i = 0; i < DRAWS; i++) {
            long v = OperandDistribution.SPARSE.draw(spec, rng);
            short s = (short) v;
            assertTrue(v >= 0 && v < 1 << 16);
            assertTrue(Math.abs(s) < 1 << 8, "magnitude of " + s + " exceeds the low N/2 bits");
            zeros += s == 0 ? 1 : 0;
            negatives += s < 0 ? 1 : 0;
        }
        assertEquals(0.5, zeros / (double) DRAWS, 0.02);
        assertEquals(0.25, negatives / (double) DRAWS, 0.02);
    }

    @Test
    void sparseUnsignedOperandsAreNeverNegativePatterns() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=16,sign=unsigned");
        SplitMix64 rng = new SplitMix64(3);
        for (int i = 0; i < DRAWS; i++) {
            assertTrue(OperandDistribution.SPARSE.draw(spec, rng) < 1 << 8);
        }
    }

    @Test
    void floatingUniformValuesLieInMinusOneToOne() {
        SplitMix64 rng = new SplitMix64(5);
        UnitSpec fp32 = UnitSpec.parse("fp32");
        UnitSpec bf16 = UnitSpec.parse("bf16");
        for (int i = 0; i < DRAWS; i++) {
            float f = Float.intBitsToFloat((int) OperandDistribution.UNIFORM.draw(fp32, rng));
            assertTrue(Math.abs(f) <= 1f, "fp32 " + f);
            long h = OperandDistribution.UNIFORM.draw(bf16, rng);
            assertTrue(h < 1 << 16);
            float g = Float.intBitsToFloat((int) (h << 16));
            assertTrue(Math.abs(g) <= 1f, "bf16 " + g);
        }
    }

    @Test
    void sameSeedSameOperands() {
        UnitSpec spec = UnitSpec.parse("fixed:n=32");
        SplitMix64 x = new SplitMix64(11);
        SplitMix64 y = new SplitMix64(11);
        for (int i = 0; i < 100; i++) {
            assertEquals(OperandDistribution.SPARSE.draw(spec, x), OperandDistribution.SPARSE.draw(spec, y));
        }
    }

    @Test
    void cliNames() {
        assertEquals(OperandDistribution.SPARSE, OperandDistribution.byCliName("sparse"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperandDistribution.byCliName("gauss"));
        assertTrue(e.getMessage().contains("uniform, sparse"), e.getMessage());
    }
}
