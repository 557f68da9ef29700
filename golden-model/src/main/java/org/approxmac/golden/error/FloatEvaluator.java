package org.approxmac.golden.error;

import java.util.SplittableRandom;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.FloatValue;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.golden.Multiplier;

/**
 * Error of a floating-point multiplier (operands of any floating kind, FP32 product) against the exact
 * product, which a double holds exactly (at most 24 x 24 significand bits, exponents within double's
 * range). Operands are drawn with a random sign, an unbiased exponent uniform in [-16, 15] (narrowed to
 * the format's normal range, and in a finite format below its top exponent, which holds the NaN) and
 * uniform fraction bits: finite normal values whose products neither overflow nor underflow FP32.
 */
final class FloatEvaluator implements VectorEvaluator {
    static final int MIN_EXPONENT = -16;
    static final int MAX_EXPONENT = 15;
    private final Multiplier multiplier;
    private final FloatFormat format;
    private final int lowestExponent;
    private final int highestExponent;

    FloatEvaluator(Multiplier multiplier) {
        this.multiplier = multiplier;
        this.format = FloatUnit.operandFormat(multiplier.spec());
        this.lowestExponent = Math.max(MIN_EXPONENT, format.minExponent());
        this.highestExponent = Math.min(MAX_EXPONENT, format.finite() ? format.bias() : format.maxExponent());
    }

    double value(long pattern) {
        FloatValue v = format.decode(pattern, SubnormalMode.IEEE);
        double magnitude = v.isNaN() ? Double.NaN : v.isInfinite() ? Double.POSITIVE_INFINITY
                : v.isZero() ? 0.0 : Math.scalb((double) v.significand(), v.exponent());
        return v.negative() ? -magnitude : magnitude;
    }

    @Override
    public void evaluate(long a, long b, ErrorAccumulator acc) {
        double exact = value(a) * value(b);
        float approx = Float.intBitsToFloat((int) multiplier.multiply(a, b));
        double exactMag = Math.abs(exact);
        double rel = exact == 0 ? 0 : (Math.abs((double) approx) - exactMag) / exactMag;
        acc.add(exactMag, rel, Math.abs(approx - exact));
    }

    @Override
    public long randomOperand(SplittableRandom random) {
        long sign = random.nextInt(2);
        long exponent = random.nextInt(lowestExponent, highestExponent + 1) + format.bias();
        long fraction = random.nextLong() & format.fractionMask();
        return format.pattern(sign == 1, exponent, fraction);
    }

    @Override
    public double largestExactMagnitude() {
        return Double.NaN;
    }
}
