package org.approxmac.golden.error;

import java.util.SplittableRandom;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.golden.Multiplier;

/**
 * Error of a floating-point multiplier (operands of any floating kind, its result format's product) against the exact
 * product, which a double holds exactly (at most 24 x 24 significand bits, exponents within double's
 * range). Operands are drawn with a random sign, an unbiased exponent uniform in [-16, 15] (narrowed to
 * the format's normal range, in a finite format below its top exponent, which holds the NaN, and to half
 * the result format's normal range) and uniform fraction bits: finite normal values whose products
 * neither overflow nor underflow the result format (FP32 unless {@code acc} names another).
 */
final class FloatEvaluator implements VectorEvaluator {
    static final int MIN_EXPONENT = -16;
    static final int MAX_EXPONENT = 15;
    private final Multiplier multiplier;
    private final FloatFormat format;
    private final FloatFormat product;
    private final int lowestExponent;
    private final int highestExponent;

    FloatEvaluator(Multiplier multiplier) {
        this.multiplier = multiplier;
        this.format = FloatUnit.operandFormat(multiplier.spec());
        this.product = FloatUnit.resultFormat(multiplier.spec());
        // a product of two such operands lies in [2^(2 lowest), 2^(2 highest + 2)): inside the result's normal range
        this.lowestExponent = Math.max(Math.max(MIN_EXPONENT, format.minExponent()),
                Math.floorDiv(product.minExponent() + 1, 2));
        this.highestExponent = Math.min(Math.min(MAX_EXPONENT, format.finite() ? format.bias() : format.maxExponent()),
                Math.floorDiv(product.maxExponent() - 1, 2));
    }

    double value(long pattern) {
        return value(format, pattern);
    }

    /** The value of a pattern of {@code f} as a double (exact for formats up to FP32). */
    static double value(FloatFormat f, long pattern) {
        return f.decode(pattern, SubnormalMode.IEEE).toDouble();
    }

    @Override
    public void evaluate(long a, long b, ErrorAccumulator acc) {
        double exact = value(a) * value(b);
        double approx = value(product, multiplier.multiply(a, b));
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
