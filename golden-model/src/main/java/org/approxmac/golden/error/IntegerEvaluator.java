package org.approxmac.golden.error;

import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;

/**
 * Error of an integer multiplier with N &lt;= 32, in exact 64-bit arithmetic: the exact product and
 * the approximate one are 64-bit values, so their differences are exact (wrapping arithmetic on values
 * whose true difference fits in 64 bits); only the final ratios are rounded to double.
 */
final class IntegerEvaluator implements VectorEvaluator {
    private final Multiplier multiplier;
    private final int n;
    private final int productWidth;
    private final boolean signed;
    private final long operandMask;

    IntegerEvaluator(Multiplier multiplier) {
        this.multiplier = multiplier;
        this.n = multiplier.spec().n();
        this.productWidth = multiplier.spec().productWidth();
        this.signed = multiplier.spec().signedOperands();
        this.operandMask = Bits.mask(n);
    }

    @Override
    public void evaluate(long a, long b, ErrorAccumulator acc) {
        long pattern = multiplier.multiply(a, b);
        long approx;
        long exact;
        long exactMagnitude;
        long approxMagnitude;
        if (signed) {
            approx = Bits.signExtend(pattern, productWidth);
            exact = Bits.signExtend(a, n) * Bits.signExtend(b, n);
            exactMagnitude = Math.abs(exact);
            approxMagnitude = Math.abs(approx);
        } else {
            approx = pattern;
            exact = (a & operandMask) * (b & operandMask); // below 2^64: exact as unsigned
            exactMagnitude = exact;
            approxMagnitude = approx;
        }
        double distance = magnitudeOf(approx - exact);
        double exactMag = unsignedToDouble(exactMagnitude);
        double rel = exactMagnitude == 0 ? 0 : (double) (approxMagnitude - exactMagnitude) / exactMag;
        acc.add(exactMag, rel, distance);
    }

    @Override
    public long randomOperand(SplittableRandom random) {
        return random.nextLong() & operandMask;
    }

    @Override
    public double largestExactMagnitude() {
        return signed ? Math.pow(2, 2 * n - 2) : Math.pow(Math.pow(2, n) - 1, 2);
    }

    private static double magnitudeOf(long difference) {
        return difference == Long.MIN_VALUE ? 0x1p63 : Math.abs(difference);
    }

    static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }
}
