package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/**
 * Floating units whose products and accumulator are rounded into a format other than FP32
 * ({@code acc=tf32|bf16|fp16}) against an independent reference: operands decoded into doubles by
 * their format's definition ({@link FloatKindsTest#reference}), the exact product or multiply-add in
 * BigDecimal, rounded to the result format by scaling to its unit in the last place and
 * {@link RoundingMode#HALF_EVEN}, overflow to infinity, subnormals by the format's fixed last unit.
 */
class ResultFormatTest {

    /** A result format: exponent and fraction bits, IEEE-style. */
    private record Result(int e, int m) {
        int bias() {
            return (1 << (e - 1)) - 1;
        }

        /** The pattern of RNE(x) (x exact; NaN handled by the caller). */
        long round(BigDecimal x, boolean negativeZero) {
            long sign = (long) (x.signum() < 0 || x.signum() == 0 && negativeZero ? 1 : 0) << (e + m);
            BigDecimal magnitude = x.abs();
            if (magnitude.signum() == 0) {
                return sign;
            }
            int lead = leadingExponent(magnitude);
            int minExponent = 1 - bias();
            int ulp = Math.max(lead, minExponent) - m;
            BigDecimal units = scale(magnitude, -ulp).setScale(0, RoundingMode.HALF_EVEN);
            long significand = units.longValueExact();
            int exponent = ulp + m; // of a significand with its leading one at bit m
            if (significand == 0) {
                return sign;
            }
            if (significand >= 1L << (m + 1)) { // rounding carried into a new binade
                significand >>= 1;
                exponent++;
            }
            if (significand < 1L << m) { // subnormal
                return sign | significand;
            }
            if (exponent > bias()) {
                return sign | ((long) ((1 << e) - 1) << m); // infinity
            }
            return sign | ((long) (exponent + bias()) << m) | (significand & ((1L << m) - 1));
        }

        long nan() {
            return ((long) ((1 << e) - 1) << m) | (1L << (m - 1));
        }

        /** The value of a pattern of this format. */
        double value(long bits) {
            return FloatKindsTest.reference(bits, e, m, false, false);
        }
    }

    private static BigDecimal scale(BigDecimal x, int powerOfTwo) {
        return powerOfTwo >= 0 ? x.multiply(BigDecimal.valueOf(2).pow(powerOfTwo))
                : x.divide(BigDecimal.valueOf(2).pow(-powerOfTwo));
    }

    private static int leadingExponent(BigDecimal magnitude) {
        int e = Math.getExponent(magnitude.doubleValue());
        while (scale(BigDecimal.ONE, e).compareTo(magnitude) > 0) {
            e--;
        }
        while (scale(BigDecimal.ONE, e + 1).compareTo(magnitude) <= 0) {
            e++;
        }
        return e;
    }

    private static final Result FP16 = new Result(5, 10);
    private static final Result BF16 = new Result(8, 7);

    /** The reference's product pattern in {@code r} of two operand patterns (e, m; ieee subnormals). */
    private static long product(Result r, long a, long b, int e, int m, boolean finite) {
        double x = FloatKindsTest.reference(a, e, m, finite, false);
        double y = FloatKindsTest.reference(b, e, m, finite, false);
        double p = x * y; // exact: at most 2 x 11 significant bits here
        if (Double.isNaN(p)) {
            return r.nan();
        }
        if (Double.isInfinite(p)) {
            return (p < 0 ? 1L << (r.e() + r.m()) : 0) | ((long) ((1 << r.e()) - 1) << r.m());
        }
        return r.round(new BigDecimal(p), p == 0 && (Double.doubleToRawLongBits(p) < 0));
    }

    @Test
    void everyFp8PairRoundsIntoFp16AsTheReferenceDoes() {
        Multiplier e4m3 = Units.multiplier(UnitSpec.parse("fp8e4m3:acc=fp16"));
        Multiplier e5m2 = Units.multiplier(UnitSpec.parse("fp8e5m2:acc=fp16"));
        for (long a = 0; a < 256; a++) {
            for (long b = 0; b < 256; b++) {
                assertEquals(product(FP16, a, b, 4, 3, true), e4m3.multiply(a, b), "e4m3 " + a + " * " + b);
                assertEquals(product(FP16, a, b, 5, 2, false), e5m2.multiply(a, b), "e5m2 " + a + " * " + b);
            }
        }
    }

    @Test
    void fp16AndBf16ProductsRoundIntoTheirOwnFormat() {
        Multiplier fp16 = Units.multiplier(UnitSpec.parse("fp16:acc=fp16"));
        Multiplier bf16 = Units.multiplier(UnitSpec.parse("bf16:acc=bf16"));
        SplittableRandom random = new SplittableRandom(16);
        int rounded = 0;
        for (int i = 0; i < 300_000; i++) {
            long a = random.nextLong() & 0xFFFF;
            long b = random.nextLong() & 0xFFFF;
            long expected = product(FP16, a, b, 5, 10, false);
            assertEquals(expected, fp16.multiply(a, b), "fp16 " + Long.toHexString(a) + " * " + Long.toHexString(b));
            assertEquals(product(BF16, a, b, 8, 7, false), bf16.multiply(a, b),
                    "bf16 " + Long.toHexString(a) + " * " + Long.toHexString(b));
            double exact = FloatKindsTest.reference(a, 5, 10, false, false) * FloatKindsTest.reference(b, 5, 10, false,
                    false);
            rounded += FP16.value(expected) != exact ? 1 : 0;
        }
        assertTrue(rounded > 100_000, "most fp16 products are rounded in fp16: " + rounded);
    }

    @Test
    void anFp16MacRoundsEverySumIntoFp16() {
        Mac mac = Units.mac(UnitSpec.parse("fp16:acc=fp16,mac"));
        SplittableRandom random = new SplittableRandom(7);
        long acc = 0;
        for (int i = 0; i < 200_000; i++) {
            // operands of moderate exponents, so that sums stay finite for long runs and cancel often
            long a = random.nextLong() & 0x83FF | (long) (8 + random.nextInt(16)) << 10;
            long b = random.nextLong() & 0x83FF | (long) (8 + random.nextInt(16)) << 10;
            double c = FP16.value(acc);
            double x = FloatKindsTest.reference(a, 5, 10, false, false);
            double y = FloatKindsTest.reference(b, 5, 10, false, false);
            long expected = Double.isNaN(c) || Double.isInfinite(c) ? acc
                    : FP16.round(new BigDecimal(c).add(new BigDecimal(x).multiply(new BigDecimal(y))),
                    c == 0 && (acc >> 15) == 1 && x * y == 0 && Math.copySign(1, x * y) < 0);
            assertEquals(Long.toHexString(expected), Long.toHexString(mac.accumulate(acc, a, b)),
                    Long.toHexString(acc) + " + " + Long.toHexString(a) + " * " + Long.toHexString(b));
            acc = random.nextInt(50) == 0 ? 0 : expected;
        }
    }

    @Test
    void specsNameTheFormatAndRefuseANarrowerOne() {
        assertEquals("fp16:subnormals=ieee,acc=fp16,mac", UnitSpec.parse("fp16:acc=fp16,mac").canonical());
        assertEquals("fp16_ieee_accfp16_mac", UnitSpec.parse("fp16:acc=fp16,mac").identifier());
        assertEquals("bf16:subnormals=ieee,mac", UnitSpec.parse("bf16:acc=fp32,mac").canonical());
        assertEquals(16, UnitSpec.parse("fp16:acc=fp16,mac").accumulatorWidth());
        assertEquals(19, UnitSpec.parse("bf16:acc=tf32").productWidth());
        assertEquals(FloatFormat.BF16, FloatUnit.of(UnitSpec.parse("bf16:acc=bf16,mac")).resultFormat());
        SpecException narrow = assertThrows(SpecException.class, () -> UnitSpec.parse("bf16:acc=fp16,mac"));
        assertEquals("bf16: acc=fp16 is narrower than the operands (5 exponent and 10 fraction bits against 8 and 7;"
                + " accepted: fp32|tf32|bf16)", narrow.getMessage());
        SpecException word = assertThrows(SpecException.class, () -> UnitSpec.parse("fp16:acc=20,mac"));
        assertEquals("fp16: acc=20 is not accepted (accepted: fp32|tf32|bf16|fp16)", word.getMessage());
        assertThrows(SpecException.class, () -> UnitSpec.parse("fp32:acc=tf32"));
    }
}
