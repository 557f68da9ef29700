package org.approxmac.golden.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ErrorAnalysisTest {

    private static ErrorMetrics analyze(String spec, Sampling s) {
        return ErrorAnalysis.analyze(Units.multiplier(UnitSpec.parse(spec)), s);
    }

    @Test
    void paperMeanErrorsAt32Bits() {
        Sampling s = Sampling.random(300_000, 1);
        ErrorMetrics w6 = analyze("mitchw:n=32,w=6", s);
        assertEquals(-0.059, w6.meanRelError(), 0.001);
        assertEquals(0.941, w6.bnMeanScale(), 0.001);
        assertEquals(0.885, w6.bnVarScale(), 0.002);
        ErrorMetrics mitchell = analyze("mitchell:n=32", s);
        assertEquals(-0.0385, mitchell.meanRelError(), 0.001);
        assertEquals(-0.111, mitchell.minRelError(), 0.002);
        assertTrue(mitchell.maxRelError() <= 0, "Mitchell never over-estimates with exact sign handling");
        ErrorMetrics drum = analyze("drum:n=32,k=6", s);
        assertEquals(0.0, drum.meanRelError(), 0.005);
    }

    @Test
    void fixedHasNoError() {
        ErrorMetrics m = analyze("fixed:n=16", Sampling.random(100_000, 3));
        assertEquals(0, m.mae());
        assertEquals(0, m.wce());
        assertEquals(0, m.ep());
        assertEquals(0, m.meanRelError());
        assertEquals(100_000, m.samples());
    }

    @Test
    void fixedUnsigned32BitProductsAboveTwoToThe63AreExact() {
        ErrorMetrics m = analyze("fixed:n=32,sign=unsigned", Sampling.random(100_000, 3));
        assertEquals(0, m.wce());
    }

    @Test
    void exhaustiveCoversEveryPairAndMatchesHandCount() {
        ErrorMetrics m = analyze("mitchw:n=4,w=2,sign=unsigned", Sampling.exhaustiveAll());
        assertEquals(256, m.samples());
        assertEquals(225, m.relSamples());
        // hand count: every pair whose product the w=2 core gets wrong
        int differing = 0;
        var core = new org.approxmac.mitchw.MitchwCore(4, 2);
        for (long x = 0; x < 16; x++) {
            for (long y = 0; y < 16; y++) {
                if (core.product(x, y) != x * y) {
                    differing++;
                }
            }
        }
        assertEquals(differing / 256.0, m.ep(), 1e-12);
        assertEquals(15.0 * 15.0, m.nmedNormaliser());
        assertEquals(m.mae() / 225.0, m.nmed(), 1e-15);
        assertEquals(m.mae() / 256.0 * 100, m.maePercentEvo(), 1e-12);
    }

    @Test
    void sameSeedSameFiguresDifferentSeedDifferentFigures() {
        ErrorMetrics a = analyze("drum:n=16,k=4", Sampling.random(200_000, 42));
        ErrorMetrics b = analyze("drum:n=16,k=4", Sampling.random(200_000, 42));
        ErrorMetrics c = analyze("drum:n=16,k=4", Sampling.random(200_000, 43));
        assertEquals(a, b);
        assertTrue(a.meanRelError() != c.meanRelError());
    }

    @Test
    void exhaustiveIsLimitedToTwelveBits() {
        SpecException e = assertThrows(SpecException.class,
                () -> analyze("mitchw:n=16,w=6", Sampling.exhaustiveAll()));
        assertTrue(e.getMessage().contains("n <= 12"));
    }

    @Test
    void wideUnitsUseExactBigIntegerPath() {
        ErrorMetrics m = analyze("mitchw:n=40,w=6", Sampling.random(50_000, 5));
        assertEquals(-0.059, m.meanRelError(), 0.002);
        ErrorMetrics f = analyze("fixed:n=64", Sampling.random(10_000, 5));
        assertEquals(0, f.wce());
    }
}
