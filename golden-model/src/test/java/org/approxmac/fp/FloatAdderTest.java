package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.fp32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatAdderTest {
    private static final FloatAdder IEEE = new FloatAdder(new FloatRounder(FloatFormat.FP32, SubnormalMode.IEEE));
    private static final FloatAdder FTZ = new FloatAdder(new FloatRounder(FloatFormat.FP32, SubnormalMode.FTZ));

    private static FloatValue fp32Value(float x) {
        return FloatFormat.FP32.decode(bits(x), SubnormalMode.IEEE);
    }

    private static long add(FloatAdder adder, float x, float y) {
        return adder.add(fp32Value(x), fp32Value(y));
    }

    @Test
    void ieeeSumsAgreeWithFloatAddition() {
        var sampler = new FloatSampler(FloatFormat.FP32, 21);
        for (int i = 0; i < 500_000; i++) {
            float x = fp32(sampler.next());
            float y = fp32(sampler.addendFor(bits(x)));
            long expected = FpReference.result(x + y);
            if (expected != add(IEEE, x, y)) {
                assertEquals(expected, add(IEEE, x, y), x + " + " + y);
            }
        }
    }

    @Test
    void ftzSumsFlushTinyInputsAndResults() {
        var sampler = new FloatSampler(FloatFormat.FP32, 22);
        for (int i = 0; i < 100_000; i++) {
            float x = fp32(sampler.next());
            float y = fp32(sampler.addendFor(bits(x)));
            float fx = FpReference.flushed(x);
            float fy = FpReference.flushed(y);
            long expected = FpReference.ftz(fx + fy, () -> FpReference.exact(fx).add(FpReference.exact(fy)));
            assertEquals(expected, FTZ.add(FloatFormat.FP32.decode(bits(x), SubnormalMode.FTZ),
                    FloatFormat.FP32.decode(bits(y), SubnormalMode.FTZ)), x + " + " + y);
        }
        // the difference of two normals can be subnormal: flushed to zero of its sign
        assertEquals(bits(-0f), add(FTZ, Float.MIN_NORMAL, -Math.nextUp(Float.MIN_NORMAL)));
        assertEquals(bits(-Float.MIN_VALUE), add(IEEE, Float.MIN_NORMAL, -Math.nextUp(Float.MIN_NORMAL)));
    }

    @Test
    void zeroSumsArePositiveUnlessBothAddendsAreNegativeZero() {
        for (FloatAdder adder : List.of(IEEE, FTZ)) {
            assertEquals(bits(0f), add(adder, 0f, -0f));
            assertEquals(bits(0f), add(adder, -0f, 0f));
            assertEquals(bits(-0f), add(adder, -0f, -0f));
            assertEquals(bits(0f), add(adder, 1.5f, -1.5f));
            assertEquals(bits(0f), add(adder, -Float.MAX_VALUE, Float.MAX_VALUE));
            assertEquals(bits(-2f), add(adder, -0f, -2f));
        }
        assertEquals(bits(0f), add(IEEE, -Float.MIN_VALUE, Float.MIN_VALUE));
    }

    @Test
    void infinitiesAndNaNs() {
        float inf = Float.POSITIVE_INFINITY;
        assertEquals(FpReference.CANONICAL_NAN, add(IEEE, inf, -inf));
        assertEquals(FpReference.CANONICAL_NAN, add(IEEE, Float.intBitsToFloat(0xFF80_0001), 1f));
        assertEquals(FpReference.CANONICAL_NAN, add(IEEE, 1f, Float.NaN));
        assertEquals(bits(-inf), add(IEEE, -inf, -inf));
        assertEquals(bits(inf), add(IEEE, Float.MAX_VALUE, inf));
        assertEquals(bits(-inf), add(IEEE, -inf, 0f));
        assertEquals(bits(inf), add(IEEE, Float.MAX_VALUE, Float.MAX_VALUE));
        assertEquals(bits(Float.MAX_VALUE), add(IEEE, Float.MAX_VALUE, Math.ulp(Float.MAX_VALUE) / 4));
    }

    @Test
    void aFarSmallerSubtrahendBorrowsFromTheHalfWayBit() {
        // 1 - 2^-25 lies half-way between 1 - 2^-24 and 1; a far smaller addend decides the direction
        FloatValue halfway = FloatValue.finite(false, (1L << 25) - 1, -25);
        assertEquals(bits(1f), IEEE.add(halfway, FloatValue.zero(true)));
        assertEquals(bits(Math.nextDown(1f)), IEEE.add(halfway, FloatValue.finite(true, 1, -100)));
        assertEquals(bits(1f), IEEE.add(halfway, FloatValue.finite(false, 1, -100)));
        assertEquals(bits(Math.nextDown(1f)), IEEE.add(FloatValue.finite(false, 1, 0),
                FloatValue.finite(true, 3, -26)));
    }

    @Test
    void smallFormatsAgreeWithExactSumsRoundedBySearch() {
        var random = new SplittableRandom(23);
        for (FloatFormat format : List.of(FloatFormat.FP16, FloatFormat.E5M2, FloatFormat.E4M3)) {
            for (SubnormalMode mode : SubnormalMode.values()) {
                var adder = new FloatAdder(new FloatRounder(format, mode));
                for (int i = 0; i < 20_000; i++) {
                    FloatValue x = format.decode(random.nextLong(), mode);
                    FloatValue y = format.decode(random.nextLong(), mode);
                    if (!x.isFinite() || !y.isFinite()) {
                        continue;
                    }
                    double sum = FpReference.toDouble(x) + FpReference.toDouble(y); // exact for these formats
                    long expected = sum == 0 ? format.zero(false) : FpReference.nearestEven(format, sum, mode);
                    assertEquals(expected, adder.add(x, y), format + " " + x + " + " + y);
                }
            }
        }
    }

    @Test
    void rejectsSignificandsWiderThanTheWindow() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IEEE.add(FloatValue.finite(false, 1L << 60, 0), FloatValue.finite(false, 1, 0)));
        assertEquals("significand 1152921504606846976 wider than 60 bits", e.getMessage());
    }
}
