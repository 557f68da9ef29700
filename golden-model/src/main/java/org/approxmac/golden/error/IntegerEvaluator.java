package org.approxmac.golden.error;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.UnitSpec;

/**
 * The error of one operand pair of an integer multiplier against the exact product (docs/units.md, "Error
 * metrics"): |Z|, r = (|Z'| - |Z|) / |Z| and |Z' - Z|, from raw N-bit operand patterns read in the
 * spec's sign mode. The one place of this arithmetic: {@link ErrorAnalysis} accumulates it, the
 * error maps and histograms of the analysis module read {@link #relativeError}.
 *
 * <p>For N &lt;= 32 it works in exact 64-bit arithmetic: both products are 64-bit values, so their
 * differences are exact (wrapping arithmetic on values whose true difference fits in 64 bits) and
 * only the final ratios are rounded to double. Above, the same formulas run in BigInteger (slow but
 * exact); both round every quantity to double once, so they agree bit for bit where both apply.
 */
public final class IntegerEvaluator implements VectorEvaluator {
    /** Largest N of the 64-bit path (2N-bit products). */
    static final int LONG_PATH_WIDTH = 32;
    private final Multiplier multiplier;
    private final int n;
    private final int productWidth;
    private final boolean signed;
    private final long operandMask;
    private final boolean wide;

    /** The evaluator of an integer multiplier (any N up to 64). */
    public IntegerEvaluator(Multiplier multiplier) {
        this(multiplier, multiplier.spec().n() > LONG_PATH_WIDTH);
    }

    /** {@code wide}: use the BigInteger path even where the 64-bit one applies (tests compare them). */
    IntegerEvaluator(Multiplier multiplier, boolean wide) {
        UnitSpec spec = multiplier.spec();
        if (spec.kind().floating()) {
            throw new IllegalArgumentException("an integer evaluator needs an integer kind, got " + spec.canonical());
        }
        this.multiplier = multiplier;
        this.n = spec.n();
        this.productWidth = spec.productWidth();
        this.signed = spec.signedOperands();
        this.operandMask = Bits.mask(n);
        this.wide = wide;
    }

    @Override
    public void evaluate(long a, long b, ErrorAccumulator acc) {
        if (wide) {
            BigInteger exact = exactWide(a, b);
            BigInteger approx = approxWide(a, b);
            double exactMag = exact.abs().doubleValue();
            acc.add(exactMag, exact.signum() == 0 ? 0 : relative(approx, exact),
                    approx.subtract(exact).abs().doubleValue());
            return;
        }
        long exact = exact(a, b);
        long approx = approx(a, b);
        long exactMagnitude = magnitude(exact);
        acc.add(unsignedToDouble(exactMagnitude), exactMagnitude == 0 ? 0 : relative(approx, exact),
                distance(approx - exact));
    }

    /**
     * The relative error r = (|Z'| - |Z|) / |Z| of the operand patterns {@code a} and {@code b} (bits
     * above N ignored); NaN when the exact product is 0.
     */
    public double relativeError(long a, long b) {
        if (wide) {
            BigInteger exact = exactWide(a, b);
            return exact.signum() == 0 ? Double.NaN : relative(approxWide(a, b), exact);
        }
        long exact = exact(a, b);
        return exact == 0 ? Double.NaN : relative(approx(a, b), exact);
    }

    @Override
    public long randomOperand(SplittableRandom random) {
        return random.nextLong() & operandMask;
    }

    @Override
    public long randomOperand(SplittableRandom random, int magnitudeBits) {
        if (magnitudeBits == 0) {
            return randomOperand(random);
        }
        if (magnitudeBits < 1 || magnitudeBits > n) {
            throw new IllegalArgumentException("operand magnitude bits must be 1.." + n + ", got " + magnitudeBits);
        }
        long magnitude = random.nextLong() & Bits.mask(Math.min(magnitudeBits, signed ? n - 1 : n));
        return signed && random.nextBoolean() ? -magnitude & operandMask : magnitude;
    }

    @Override
    public double largestExactMagnitude() {
        return signed ? Math.pow(2, 2 * n - 2) : Math.pow(Math.pow(2, n) - 1, 2);
    }

    // 64-bit path (N <= 32)

    /** Z: signed below 2^62 in magnitude; unsigned below 2^64, exact as an unsigned pattern. */
    private long exact(long a, long b) {
        return signed ? Bits.signExtend(a, n) * Bits.signExtend(b, n) : (a & operandMask) * (b & operandMask);
    }

    /** Z', as a two's-complement value (signed) or an unsigned pattern. */
    private long approx(long a, long b) {
        long pattern = multiplier.multiply(a, b);
        return signed ? Bits.signExtend(pattern, productWidth) : pattern;
    }

    private long magnitude(long value) {
        return signed ? Math.abs(value) : value;
    }

    private double relative(long approx, long exact) {
        long exactMagnitude = magnitude(exact);
        return (double) (magnitude(approx) - exactMagnitude) / unsignedToDouble(exactMagnitude);
    }

    private static double distance(long difference) {
        return difference == Long.MIN_VALUE ? 0x1p63 : Math.abs(difference);
    }

    /** The unsigned 64-bit value of {@code v}, correctly rounded to double. */
    static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    // BigInteger path

    private BigInteger operandWide(long a) {
        BigInteger p = Bits.unsigned(a).and(Bits.maskWide(n));
        return signed ? Bits.signedValue(p, n) : p;
    }

    private BigInteger exactWide(long a, long b) {
        return operandWide(a).multiply(operandWide(b));
    }

    private BigInteger approxWide(long a, long b) {
        BigInteger pattern = multiplier.multiplyWide(a, b);
        return signed ? Bits.signedValue(pattern, productWidth) : pattern;
    }

    private static double relative(BigInteger approx, BigInteger exact) {
        return approx.abs().subtract(exact.abs()).doubleValue() / exact.abs().doubleValue();
    }
}
