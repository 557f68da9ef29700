package org.approxmac.fp;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Independent references for the floating-point tests: Java's float arithmetic and Math.fma (correctly
 * rounded, IEEE gradual underflow), exact BigDecimal arithmetic for flush-to-zero decisions, and a
 * brute-force nearest-even search over all values of a small format.
 */
final class FpReference {
    static final long CANONICAL_NAN = 0x7FC0_0000L;
    static final BigDecimal MIN_NORMAL = new BigDecimal(Float.MIN_NORMAL);

    private FpReference() {
    }

    static long bits(float x) {
        return Float.floatToRawIntBits(x) & 0xFFFF_FFFFL;
    }

    /** The pattern the unit must produce for a Java float result: NaNs canonical. */
    static long result(float x) {
        return Float.isNaN(x) ? CANONICAL_NAN : bits(x);
    }

    static float fp32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    static float bf16(long bits) {
        return fp32((bits & 0xFFFF) << 16);
    }

    static float flushed(float x) {
        return Math.abs(x) < Float.MIN_NORMAL ? Math.copySign(0f, x) : x;
    }

    /**
     * The flush-to-zero result given the IEEE result {@code ieee} of an exact value (which has the
     * same sign) and that exact value: zero of its sign when it is nonzero and tiny before rounding.
     */
    static long ftz(float ieee, BigDecimalSupplier exact) {
        float magnitude = Math.abs(ieee);
        if (Float.isNaN(ieee) || magnitude > Float.MIN_NORMAL) {
            return result(ieee);
        }
        boolean tiny = magnitude < Float.MIN_NORMAL || exact.get().abs().compareTo(MIN_NORMAL) < 0;
        return tiny ? bits(Math.copySign(0f, ieee)) : bits(ieee);
    }

    /** RNE(a*b + c), IEEE. */
    static long fma(float a, float b, float c) {
        return result(Math.fma(a, b, c));
    }

    /** RNE(a*b + c) with subnormal inputs and tiny results flushed. */
    static long fmaFtz(float a, float b, float c) {
        float fa = flushed(a);
        float fb = flushed(b);
        float fc = flushed(c);
        return ftz(Math.fma(fa, fb, fc), () -> exact(fa).multiply(exact(fb)).add(exact(fc)));
    }

    /** RNE(a*b) with subnormal inputs and tiny results flushed. */
    static long multiplyFtz(float a, float b) {
        float fa = flushed(a);
        float fb = flushed(b);
        return ftz(fa * fb, () -> exact(fa).multiply(exact(fb)));
    }

    /** RNE(RNE(a*b) + c) with subnormal inputs and tiny results flushed. */
    static long unfusedFtz(float a, float b, float c) {
        float p = fp32(multiplyFtz(a, b));
        float fc = flushed(c);
        return ftz(p + fc, () -> exact(p).add(exact(fc)));
    }

    static BigDecimal exact(float x) {
        return Float.isFinite(x) ? new BigDecimal(x) : BigDecimal.ZERO;
    }

    /** A lazily computed exact value. */
    interface BigDecimalSupplier {
        BigDecimal get();
    }

    /**
     * RNE of a double into a small format by searching all its positive finite values: the nearest,
     * the even pattern on a tie, infinity from the largest finite plus half an ulp on.
     */
    static long nearestEven(FloatFormat format, double x, SubnormalMode subnormals) {
        boolean negative = Math.copySign(1.0, x) < 0;
        double m = Math.abs(x);
        double[] values = positiveValues(format);
        if (subnormals == SubnormalMode.FTZ && m < values[1 + (int) format.fractionMask()]) {
            return format.zero(negative);
        }
        double largest = values[values.length - 1];
        double halfUlp = Math.scalb(1.0, format.maxExponent() - format.fractionBits() - 1);
        if (m >= largest + halfUlp) {
            return format.infinity(negative);
        }
        int i = Arrays.binarySearch(values, m);
        if (i >= 0) {
            return format.pattern(negative, 0, 0) | i;
        }
        int above = -i - 1;
        int below = above - 1;
        if (above == values.length) {
            return format.largestFinite(negative);
        }
        double dBelow = m - values[below];
        double dAbove = values[above] - m;
        int chosen = dBelow < dAbove ? below : dAbove < dBelow ? above : (below % 2 == 0 ? below : above);
        return format.pattern(negative, 0, 0) | chosen;
    }

    /** The value of every positive finite pattern, indexed by pattern (ascending). */
    static double[] positiveValues(FloatFormat format) {
        return POSITIVE_VALUES.computeIfAbsent(format, FpReference::enumerate);
    }

    private static final Map<FloatFormat, double[]> POSITIVE_VALUES = new ConcurrentHashMap<>();

    private static double[] enumerate(FloatFormat format) {
        int count = (format.maxBiasedExponent()) << format.fractionBits();
        double[] values = new double[count];
        for (int p = 0; p < count; p++) {
            values[p] = toDouble(format.decode(p, SubnormalMode.IEEE));
        }
        return values;
    }

    /** The exact value of a zero or finite FloatValue with a significand below 2^53, as a double. */
    static double toDouble(FloatValue v) {
        if (v.isZero()) {
            return v.negative() ? -0.0 : 0.0;
        }
        double magnitude = Math.scalb((double) v.significand(), v.exponent());
        return v.negative() ? -magnitude : magnitude;
    }

    /** The exact value of a normal double. */
    static FloatValue exactValue(double d) {
        if (d == 0) {
            return FloatValue.zero(Math.copySign(1.0, d) < 0);
        }
        long bits = Double.doubleToRawLongBits(d);
        long significand = (bits & ((1L << 52) - 1)) | 1L << 52;
        return FloatValue.finite(d < 0, significand, Math.getExponent(d) - 52);
    }
}
