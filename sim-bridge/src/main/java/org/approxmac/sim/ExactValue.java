package org.approxmac.sim;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatValue;
import org.approxmac.fp.SubnormalMode;

/**
 * A finite value {@code significand * 2^exponent} with a signed significand of any width, so that
 * sums of floating-point values far apart in magnitude stay exact. The stimulus generators of the
 * floating MACs use it to construct operands whose exact sum has a chosen shape (leading one, bits at
 * the rounding point) and to check that it has.
 *
 * @param significand signed integer significand (0 for zero)
 * @param exponent    the weight of its least significant bit
 */
record ExactValue(BigInteger significand, int exponent) {
    static final ExactValue ZERO = new ExactValue(BigInteger.ZERO, 0);

    /** The exact value of a finite FloatValue (zero for a zero). */
    static ExactValue of(FloatValue v) {
        if (v.isZero()) {
            return ZERO;
        }
        if (!v.isFinite()) {
            throw new IllegalArgumentException(v.category() + " has no exact finite value");
        }
        BigInteger s = BigInteger.valueOf(v.significand());
        return new ExactValue(v.negative() ? s.negate() : s, v.exponent());
    }

    /** (-1)^negative * significand * 2^exponent. */
    static ExactValue of(boolean negative, long significand, int exponent) {
        BigInteger s = BigInteger.valueOf(significand);
        return new ExactValue(negative ? s.negate() : s, exponent);
    }

    /** +-2^exponent. */
    static ExactValue power(boolean negative, int exponent) {
        return of(negative, 1, exponent);
    }

    boolean isZero() {
        return significand.signum() == 0;
    }

    boolean negative() {
        return significand.signum() < 0;
    }

    ExactValue negate() {
        return new ExactValue(significand.negate(), exponent);
    }

    ExactValue abs() {
        return new ExactValue(significand.abs(), exponent);
    }

    ExactValue plus(ExactValue o) {
        if (isZero()) {
            return o;
        }
        if (o.isZero()) {
            return this;
        }
        int e = Math.min(exponent, o.exponent);
        return new ExactValue(significand.shiftLeft(exponent - e).add(o.significand.shiftLeft(o.exponent - e)), e);
    }

    ExactValue minus(ExactValue o) {
        return plus(o.negate());
    }

    /** The exponent of the leading one (the magnitude lies in [2^e, 2^(e+1))); not for zero. */
    int leading() {
        return exponent + significand.abs().bitLength() - 1;
    }

    /** The exponent of the lowest set bit; not for zero. */
    int lowest() {
        return exponent + significand.getLowestSetBit();
    }

    /** The value modulo 2^weight (of the magnitude), as a non-negative value. */
    ExactValue magnitudeBelow(int weight) {
        BigInteger m = significand.abs();
        if (weight <= exponent) {
            return ZERO;
        }
        return new ExactValue(m.and(BigInteger.ONE.shiftLeft(weight - exponent).subtract(BigInteger.ONE)), exponent);
    }

    /** Bit {@code weight} of the magnitude. */
    boolean magnitudeBit(int weight) {
        return weight >= exponent && significand.abs().testBit(weight - exponent);
    }

    /**
     * The pattern of a format that holds exactly this value (zero: +0), if there is one; under
     * {@link SubnormalMode#FTZ} subnormal patterns do not count (the unit reads them as zero).
     */
    OptionalLong pattern(FloatFormat format, SubnormalMode subnormals) {
        if (isZero()) {
            return OptionalLong.of(0);
        }
        int lead = leading();
        int low = lowest();
        int f = format.fractionBits();
        boolean neg = negative();
        if (lead > format.maxExponent()) {
            return OptionalLong.empty();
        }
        if (lead >= format.minExponent()) {
            if (lead - low > f) {
                return OptionalLong.empty();
            }
            long sig = significand.abs().shiftRight(low - exponent).longValue() << (f - (lead - low));
            return OptionalLong.of(format.pattern(neg, lead + format.bias(), sig));
        }
        int ulp = format.minExponent() - f;
        if (low < ulp || subnormals == SubnormalMode.FTZ) {
            return OptionalLong.empty();
        }
        long sig = significand.abs().shiftRight(low - exponent).longValue() << (low - ulp);
        return OptionalLong.of(format.pattern(neg, 0, sig));
    }
}
