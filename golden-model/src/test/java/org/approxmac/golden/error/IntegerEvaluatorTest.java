package org.approxmac.golden.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegerEvaluatorTest {

    private static IntegerEvaluator of(String spec) {
        return new IntegerEvaluator(Units.multiplier(UnitSpec.parse(spec)));
    }

    @Test
    void relativeErrorFollowsTheSignModesOfUnitsMd() {
        IntegerEvaluator c1 = of("mitchw:n=16,w=6,sign=c1");
        // (-1)*5 -> ~5 = -6 (docs/units.md): |Z'| = 6, |Z| = 5
        assertEquals(0.2, c1.relativeError(0xffff, 5), 1e-15);
        assertTrue(Double.isNaN(c1.relativeError(0, 7)));
        assertTrue(Double.isNaN(c1.relativeError(7, 0x1_0000)), "bits above N are ignored: 7 * 0");
        assertEquals(0.0, of("fixed:n=16").relativeError(-300 & 0xffff, 77));
        // Mitchell at 8 bits: 3 * 3 -> 1.1b + 1.1b = 11.0b -> 2^3 * 1.0 = 8, r = -1/9
        assertEquals(-1.0 / 9, of("mitchell:n=8,sign=unsigned").relativeError(3, 3), 1e-15);
    }

    /** The 64-bit path and the BigInteger path compute the same doubles, bit for bit. */
    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=32,w=6,sign=c1", "mitchw:n=32,w=6,sign=sm", "mitchw:n=32,w=6,sign=unsigned",
        "drum:n=32,k=6,sign=unsigned", "fixed:n=32,sign=unsigned", "mitchell:n=16,sign=c1"})
    void longAndBigIntegerPathsAgree(String text) {
        Multiplier m = Units.multiplier(UnitSpec.parse(text));
        IntegerEvaluator fast = new IntegerEvaluator(m);
        IntegerEvaluator wide = new IntegerEvaluator(m, true);
        ErrorAccumulator fastSums = new ErrorAccumulator();
        ErrorAccumulator wideSums = new ErrorAccumulator();
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            long a = fast.randomOperand(r);
            long b = i % 7 == 0 ? 0 : fast.randomOperand(r);
            fast.evaluate(a, b, fastSums);
            wide.evaluate(a, b, wideSums);
            assertEquals(Double.doubleToLongBits(wide.relativeError(a, b)),
                    Double.doubleToLongBits(fast.relativeError(a, b)), text + " " + a + "*" + b);
        }
        assertEquals(wideSums.samples(), fastSums.samples());
        assertEquals(wideSums.relSamples(), fastSums.relSamples());
        assertEquals(wideSums.differing(), fastSums.differing());
        assertEquals(wideSums.meanRelError(), fastSums.meanRelError());
        assertEquals(wideSums.varRelError(), fastSums.varRelError());
        assertEquals(wideSums.minRelError(), fastSums.minRelError());
        assertEquals(wideSums.maxRelError(), fastSums.maxRelError());
        assertEquals(wideSums.mred(), fastSums.mred());
        assertEquals(wideSums.wcre(), fastSums.wcre());
        assertEquals(wideSums.mae(), fastSums.mae());
        assertEquals(wideSums.wce(), fastSums.wce());
        assertEquals(wideSums.maxExactMagnitude(), fastSums.maxExactMagnitude());
    }

    @Test
    void unsignedProductsAboveTwoToThe63AreExact() {
        IntegerEvaluator fixed = of("fixed:n=32,sign=unsigned");
        ErrorAccumulator acc = new ErrorAccumulator();
        fixed.evaluate(0xffff_ffffL, 0xffff_ffffL, acc);
        assertEquals(0, acc.wce());
        assertEquals(0.0, fixed.relativeError(0xffff_ffffL, 0xffff_ffffL));
        assertEquals(Math.pow(2, 64), acc.maxExactMagnitude(), Math.pow(2, 33));
    }

    @Test
    void refusesFloatingKinds() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> new IntegerEvaluator(Units.multiplier(UnitSpec.parse("bf16"))));
        assertTrue(ex.getMessage().contains("integer kind"), ex.getMessage());
    }
}
