package org.approxmac.fp;

/**
 * An exact floating-point value, independent of any format: a NaN, a signed infinity, a signed zero,
 * or a nonzero finite number (-1)^negative * significand * 2^exponent with an unbounded exponent.
 * Decoding a pattern ({@link FloatFormat#decode}) and multiplying two values ({@link #times}) are
 * exact; only {@link FloatRounder} rounds.
 *
 * @param category    which of the four classes the value belongs to
 * @param negative    the sign (false for NaN)
 * @param significand the integer significand, positive for {@link Category#FINITE}, else 0
 * @param exponent    the weight of the significand's least significant bit ({@link Category#FINITE}
 *                    only, else 0)
 */
public record FloatValue(Category category, boolean negative, long significand, int exponent) {

    /** The classes of floating-point values. */
    public enum Category { ZERO, FINITE, INFINITY, NAN }

    private static final FloatValue NAN = new FloatValue(Category.NAN, false, 0, 0);

    public FloatValue {
        if (category == Category.FINITE ? significand <= 0 : significand != 0 || exponent != 0) {
            throw new IllegalArgumentException("significand " + significand + " and exponent " + exponent
                    + " invalid for a " + category + " value");
        }
        if (category == Category.NAN && negative) {
            throw new IllegalArgumentException("NaN values carry no sign");
        }
    }

    public static FloatValue nan() {
        return NAN;
    }

    public static FloatValue infinity(boolean negative) {
        return new FloatValue(Category.INFINITY, negative, 0, 0);
    }

    public static FloatValue zero(boolean negative) {
        return new FloatValue(Category.ZERO, negative, 0, 0);
    }

    /** (-1)^negative * significand * 2^exponent, significand &gt; 0. */
    public static FloatValue finite(boolean negative, long significand, int exponent) {
        return new FloatValue(Category.FINITE, negative, significand, exponent);
    }

    public boolean isNaN() {
        return category == Category.NAN;
    }

    public boolean isInfinite() {
        return category == Category.INFINITY;
    }

    public boolean isZero() {
        return category == Category.ZERO;
    }

    public boolean isFinite() {
        return category == Category.FINITE;
    }

    /**
     * The exponent of the leading one: the value's magnitude lies in [2^e, 2^(e+1)). Only for
     * {@link Category#FINITE} values.
     */
    public int leadingExponent() {
        if (!isFinite()) {
            throw new IllegalStateException(category + " has no leading one");
        }
        return exponent + 63 - Long.numberOfLeadingZeros(significand);
    }

    /**
     * The exact product. NaN if either factor is NaN or it is infinity times zero; otherwise the sign
     * is the XOR of the signs, infinite if a factor is infinite, zero if a factor is zero.
     *
     * @throws ArithmeticException if the significand product does not fit 63 bits
     */
    public FloatValue times(FloatValue other) {
        if (isNaN() || other.isNaN()
                || isInfinite() && other.isZero() || isZero() && other.isInfinite()) {
            return NAN;
        }
        boolean sign = negative ^ other.negative;
        if (isInfinite() || other.isInfinite()) {
            return infinity(sign);
        }
        if (isZero() || other.isZero()) {
            return zero(sign);
        }
        return finite(sign, Math.multiplyExact(significand, other.significand), exponent + other.exponent);
    }

    /** The value as a double: exact for every value of a format up to FP32's width. */
    public double toDouble() {
        double magnitude = switch (category) {
            case NAN -> Double.NaN;
            case INFINITY -> Double.POSITIVE_INFINITY;
            case ZERO -> 0.0;
            case FINITE -> Math.scalb((double) significand, exponent);
        };
        return negative ? -magnitude : magnitude;
    }

    /** The same magnitude with the opposite sign (NaN stays NaN). */
    public FloatValue negate() {
        return isNaN() ? this : new FloatValue(category, !negative, significand, exponent);
    }
}
