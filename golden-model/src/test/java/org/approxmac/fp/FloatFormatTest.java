package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.toDouble;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    @Test
    void fp32ConstantsAreJavaFloats() {
        FloatFormat f = FloatFormat.FP32;
        assertEquals(32, f.width());
        assertEquals(127, f.bias());
        assertEquals(-126, f.minExponent());
        assertEquals(24, f.precision());
        assertEquals(0x7FC0_0000L, f.canonicalNaN());
        assertEquals(bits(Float.MAX_VALUE), f.largestFinite(false));
        assertEquals(bits(-Float.MAX_VALUE), f.largestFinite(true));
        assertEquals(bits(Float.MIN_NORMAL), f.smallestNormal(false));
        assertEquals(bits(Float.MIN_VALUE), f.smallestSubnormal(false));
        assertEquals(bits(Math.nextDown(Float.MIN_NORMAL)), f.largestSubnormal(false));
        assertEquals(bits(Float.NEGATIVE_INFINITY), f.infinity(true));
        assertEquals(bits(-0f), f.zero(true));
        assertEquals(bits(0.25f), f.powerOfTwo(false, -2));
        assertTrue(f.isNaN(bits(Float.NaN)));
        assertTrue(f.isSubnormal(bits(Float.MIN_VALUE)));
    }

    @Test
    void bf16IsTheTopHalfOfFp32() {
        FloatFormat b = FloatFormat.BF16;
        assertEquals(16, b.width());
        assertEquals(0x7FC0L, b.canonicalNaN());
        assertEquals(0x7F7FL, b.largestFinite(false));
        assertEquals(0x0080L, b.smallestNormal(false));
        assertEquals(0xBF80L, b.powerOfTwo(true, 0));
    }

    @Test
    void smallFormatsHaveTheirDocumentedRanges() {
        assertEquals(65504.0, toDouble(FloatFormat.FP16.decode(FloatFormat.FP16.largestFinite(false),
                SubnormalMode.IEEE)));
        assertEquals(Math.scalb(1.0, -24), toDouble(FloatFormat.FP16.decode(1, SubnormalMode.IEEE)));
        assertEquals(57344.0, toDouble(FloatFormat.E5M2.decode(FloatFormat.E5M2.largestFinite(false),
                SubnormalMode.IEEE)));
        assertEquals(240.0, toDouble(FloatFormat.E4M3.decode(FloatFormat.E4M3.largestFinite(false),
                SubnormalMode.IEEE)));
    }

    @Test
    void decodeAgreesWithJavaFloatOnEveryClass() {
        var random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long pattern = random.nextLong() & 0xFFFF_FFFFL;
            if (i < 4096) {
                pattern = (pattern & 0x807F_FFFFL) | (i % 2 == 0 ? 0 : 0x7F80_0000L); // subnormal / inf / NaN
            }
            float x = Float.intBitsToFloat((int) pattern);
            FloatValue v = FloatFormat.FP32.decode(pattern, SubnormalMode.IEEE);
            if (Float.isNaN(x)) {
                assertTrue(v.isNaN(), Long.toHexString(pattern));
            } else if (Float.isInfinite(x)) {
                assertEquals(FloatValue.infinity(x < 0), v);
            } else {
                assertEquals(bits(x), bits((float) toDouble(v)), Long.toHexString(pattern));
            }
        }
    }

    @Test
    void ftzDecodeReadsSubnormalsAsSignedZero() {
        FloatFormat f = FloatFormat.FP32;
        assertEquals(FloatValue.zero(false), f.decode(f.smallestSubnormal(false), SubnormalMode.FTZ));
        assertEquals(FloatValue.zero(true), f.decode(f.largestSubnormal(true), SubnormalMode.FTZ));
        assertEquals(FloatValue.finite(false, 1L << 23, -149),
                f.decode(f.smallestNormal(false), SubnormalMode.FTZ));
        assertEquals(FloatValue.finite(true, 1, -133), FloatFormat.BF16.decode(0x8001, SubnormalMode.IEEE));
    }

    @Test
    void decodeIgnoresBitsAboveTheWidth() {
        assertEquals(FloatFormat.BF16.decode(0x3F80, SubnormalMode.IEEE),
                FloatFormat.BF16.decode(0xABCD_0000_3F80L, SubnormalMode.IEEE));
    }

    @Test
    void fieldsRoundTrip() {
        FloatFormat f = FloatFormat.FP16;
        long p = f.pattern(true, 17, 0x155);
        assertTrue(f.negative(p));
        assertEquals(17, f.biasedExponent(p));
        assertEquals(0x155, f.fraction(p));
        assertEquals(0xC555L, p);
    }

    @Test
    void rejectsUnsupportedWidths() {
        var e = assertThrows(IllegalArgumentException.class, () -> new FloatFormat("x", 12, 3));
        assertEquals("exponent width 12 outside 2..11", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FloatFormat("x", 8, 30));
        assertEquals("fraction width 30 outside 1..29", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FloatFormat.FP32.powerOfTwo(false, 128));
    }
}
