package org.approxmac.golden.error;

import java.util.SplittableRandom;
import org.approxmac.golden.Multiplier;

/**
 * Error of a floating-point multiplier (bf16 or fp32 operands, FP32 product) against the exact
 * product, which a double holds exactly (at most 24 x 24 significand bits, exponents within double's
 * range). Operands are drawn with a random sign, an unbiased exponent uniform in [-16, 15] and
 * uniform fraction bits: finite normal values whose products neither overflow nor underflow.
 */
final class FloatEvaluator implements VectorEvaluator {
    static final int MIN_EXPONENT = -16;
    static final int MAX_EXPONENT = 15;
    private final Multiplier multiplier;
    private final int fractionBits;
    private final int shiftToFp32;

    FloatEvaluator(Multiplier multiplier) {
        this.multiplier = multiplier;
        int n = multiplier.spec().n();
        this.fractionBits = n == 16 ? 7 : 23;
        this.shiftToFp32 = 32 - n;
    }

    double value(long pattern) {
        return Float.intBitsToFloat((int) (pattern << shiftToFp32));
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
        long exponent = random.nextInt(MIN_EXPONENT, MAX_EXPONENT + 1) + 127;
        long fraction = random.nextLong() & ((1L << fractionBits) - 1);
        return (sign << (8 + fractionBits)) | (exponent << fractionBits) | fraction;
    }

    @Override
    public double largestExactMagnitude() {
        return Double.NaN;
    }
}
