package org.approxmac.fp;

import static org.approxmac.fp.FpReference.toDouble;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatValueTest {
    private static final FloatValue ONE = FloatValue.finite(false, 1, 0);
    private static final FloatValue MINUS_THREE = FloatValue.finite(true, 3, 0);

    @Test
    void specialProductsFollowIeee() {
        FloatValue inf = FloatValue.infinity(false);
        FloatValue zero = FloatValue.zero(false);
        assertTrue(inf.times(zero).isNaN());
        assertTrue(FloatValue.zero(true).times(FloatValue.infinity(true)).isNaN());
        assertTrue(FloatValue.nan().times(ONE).isNaN());
        assertTrue(ONE.times(FloatValue.nan()).isNaN());
        assertEquals(FloatValue.infinity(true), inf.times(MINUS_THREE));
        assertEquals(FloatValue.infinity(false), FloatValue.infinity(true).times(FloatValue.infinity(true)));
        assertEquals(FloatValue.zero(true), zero.times(MINUS_THREE));
        assertEquals(FloatValue.zero(false), FloatValue.zero(true).times(FloatValue.zero(true)));
        assertEquals(FloatValue.finite(false, 9, 0), MINUS_THREE.times(MINUS_THREE));
    }

    @Test
    void finiteProductsAreExact() {
        var random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            float a = Float.intBitsToFloat(random.nextInt());
            float b = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(a) || !Float.isFinite(b)) {
                continue;
            }
            FloatValue p = FloatFormat.FP32.decode(FpReference.bits(a), SubnormalMode.IEEE)
                    .times(FloatFormat.FP32.decode(FpReference.bits(b), SubnormalMode.IEEE));
            double expected = (double) a * (double) b; // exact: 48-bit significand, exponent in range
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(toDouble(p)));
        }
    }

    @Test
    void leadingExponentLocatesTheLeadingOne() {
        assertEquals(0, ONE.leadingExponent());
        assertEquals(1, MINUS_THREE.leadingExponent());
        assertEquals(-126, FloatValue.finite(false, (1L << 24) - 1, -149).leadingExponent());
        assertThrows(IllegalStateException.class, () -> FloatValue.zero(false).leadingExponent());
    }

    @Test
    void negateFlipsTheSignOnly() {
        assertEquals(FloatValue.finite(false, 3, 0), MINUS_THREE.negate());
        assertEquals(FloatValue.zero(true), FloatValue.zero(false).negate());
        assertTrue(FloatValue.nan().negate().isNaN());
    }

    @Test
    void rejectsInconsistentFields() {
        assertThrows(IllegalArgumentException.class, () -> FloatValue.finite(false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> FloatValue.finite(false, -1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FloatValue(FloatValue.Category.ZERO, false, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FloatValue(FloatValue.Category.NAN, true, 0, 0));
        assertThrows(ArithmeticException.class,
                () -> FloatValue.finite(false, 1L << 40, 0).times(FloatValue.finite(false, 1L << 30, 0)));
    }
}
