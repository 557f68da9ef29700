package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/**
 * The floating kinds beyond bf16 and fp32 (fp16, tf32, fp8e5m2, fp8e4m3, float:e=E,m=M) against an
 * independent reference: each operand decoded by its format's rules into a double (exact for these
 * widths), the product in double (exact: at most 2 x 24 significant bits) and Java's own
 * round-to-nearest-even conversion to float.
 */
class FloatKindsTest {
    private static final int CANONICAL_NAN = 0x7FC0_0000;

    /** The value of a pattern, read straight from the format's definition (finite: the OCP E4M3 rules). */
    static double reference(long bits, int e, int m, boolean finite, boolean ftz) {
        int bias = (1 << (e - 1)) - 1;
        boolean negative = (bits >>> (e + m) & 1) == 1;
        int exponent = (int) (bits >>> m) & ((1 << e) - 1);
        long fraction = bits & ((1L << m) - 1);
        double magnitude;
        if (exponent == (1 << e) - 1 && (!finite || fraction == (1L << m) - 1)) {
            magnitude = fraction == 0 && !finite ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exponent == 0) {
            magnitude = ftz ? 0.0 : Math.scalb((double) fraction, 1 - bias - m);
        } else {
            magnitude = Math.scalb((double) ((1L << m) | fraction), exponent - bias - m);
        }
        return negative ? -magnitude : magnitude;
    }

    /** The FP32 pattern of the product by the reference (NaN canonical; under ftz a tiny product is a signed zero). */
    static int referenceProduct(long a, long b, int e, int m, boolean finite, boolean ftz) {
        double p = reference(a, e, m, finite, ftz) * reference(b, e, m, finite, ftz);
        if (Double.isNaN(p)) {
            return CANONICAL_NAN;
        }
        if (ftz && p != 0 && Math.abs(p) < Math.scalb(1.0, -126)) {
            return Float.floatToRawIntBits(p < 0 ? -0.0f : 0.0f);
        }
        return Float.floatToRawIntBits((float) p);
    }

    private static void everyPair(String spec, int e, int m, boolean finite) {
        for (boolean ftz : new boolean[] {false, true}) {
            Multiplier mul = Units.multiplier(UnitSpec.parse(spec + (ftz ? ",subnormals=ftz" : "")));
            int width = 1 + e + m;
            for (long a = 0; a < 1L << width; a++) {
                for (long b = 0; b < 1L << width; b++) {
                    assertEquals(Integer.toUnsignedLong(referenceProduct(a, b, e, m, finite, ftz)), mul.multiply(a, b),
                            spec + (ftz ? " ftz " : " ") + Long.toHexString(a) + " * " + Long.toHexString(b));
                }
            }
        }
    }

    @Test
    void everyFp8PairMatchesTheReference() {
        everyPair("fp8e4m3", 4, 3, true);
        everyPair("fp8e5m2", 5, 2, false);
        everyPair("float:e=3,m=4", 3, 4, false);
        everyPair("float:e=2,m=1", 2, 1, false);
    }

    @Test
    void widerFormatsMatchTheReferenceOnRandomAndSpecialPairs() {
        SplittableRandom r = new SplittableRandom(4);
        String[] specs = {"fp16", "tf32", "float:e=8,m=11", "float:e=6,m=9", "float:e=5,m=11"};
        int[][] shapes = {{5, 10}, {8, 10}, {8, 11}, {6, 9}, {5, 11}};
        for (int s = 0; s < specs.length; s++) {
            int e = shapes[s][0];
            int m = shapes[s][1];
            for (boolean ftz : new boolean[] {false, true}) {
                Multiplier mul = Units.multiplier(UnitSpec.parse(specs[s] + (ftz ? ",subnormals=ftz" : "")));
                long mask = (1L << (1 + e + m)) - 1;
                for (int i = 0; i < 200_000; i++) {
                    long a = r.nextLong() & mask;
                    long b = r.nextLong() & mask;
                    long exponentField = ((1L << e) - 1) << m;
                    if (i % 4 == 0) { // a zero or subnormal operand, or an infinity or NaN
                        a = r.nextBoolean() ? a & ~exponentField : a | exponentField;
                    }
                    assertEquals(Integer.toUnsignedLong(referenceProduct(a, b, e, m, false, ftz)), mul.multiply(a, b),
                            specs[s] + " " + Long.toHexString(a) + " * " + Long.toHexString(b));
                }
            }
        }
    }

    /** Products wider than FP32's significand (float:e=8,m=16) round once, like fp32's multiplier. */
    @Test
    void wideSignificandProductsRoundToNearestEven() {
        SplittableRandom r = new SplittableRandom(6);
        Multiplier mul = Units.multiplier(UnitSpec.parse("float:e=8,m=16"));
        for (int i = 0; i < 200_000; i++) {
            long a = r.nextLong() & 0x1FFFFFFL;
            long b = r.nextLong() & 0x1FFFFFFL;
            assertEquals(Integer.toUnsignedLong(referenceProduct(a, b, 8, 16, false, false)), mul.multiply(a, b));
        }
    }

    @Test
    void ocpE4m3HasNoInfinityAndOneNanPerSign() {
        FloatFormat f = FloatFormat.OCP_E4M3;
        assertEquals(448.0, reference(0x7E, 4, 3, true, false));
        assertEquals(256.0, reference(0x78, 4, 3, true, false));
        assertTrue(f.isNaN(0x7F) && f.isNaN(0xFF) && !f.isNaN(0x7E) && !f.isNaN(0x78));
        assertEquals(0x7E, f.largestFinite(false));
        assertEquals(FloatValue.Category.FINITE, f.decode(0x7C, SubnormalMode.IEEE).category());
        assertEquals(Math.scalb(1.0, -9), reference(0x01, 4, 3, true, false));
        assertThrows(UnsupportedOperationException.class, () -> f.infinity(false));
        assertThrows(IllegalArgumentException.class, () -> new FloatRounder(f, SubnormalMode.IEEE));
        // E5M2 keeps IEEE's rules: 0x7C is infinity, 0x7B the largest finite 57344
        assertEquals(Double.POSITIVE_INFINITY, reference(0x7C, 5, 2, false, false));
        assertEquals(0x7B, FloatFormat.OCP_E5M2.largestFinite(false));
    }

    @Test
    void specsNameTheirFormats() {
        assertEquals(16, UnitSpec.parse("fp16").n());
        assertEquals(19, UnitSpec.parse("tf32").n());
        assertEquals(8, UnitSpec.parse("fp8e4m3").n());
        assertEquals(13, UnitSpec.parse("float:e=4,m=8").n());
        assertEquals("fp16:subnormals=ieee", UnitSpec.parse("fp16").canonical());
        assertEquals(32, UnitSpec.parse("fp8e5m2,mac").outputWidth());
        SpecException e = assertThrows(SpecException.class, () -> UnitSpec.parse("float:e=9"));
        assertTrue(e.getMessage().contains("2..8"), e.getMessage());
        e = assertThrows(SpecException.class, () -> UnitSpec.parse("fp8e4m3:m=4"));
        assertTrue(e.getMessage().contains("m=4"), e.getMessage());
        assertTrue(FloatUnit.of(UnitSpec.parse("fp16")).fused());
        assertTrue(!FloatUnit.of(UnitSpec.parse("float:fused=false")).fused());
    }
}
