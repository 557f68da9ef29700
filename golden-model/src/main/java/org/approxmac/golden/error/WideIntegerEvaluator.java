package org.approxmac.golden.error;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;

/** Error of an integer multiplier with N &gt; 32, in BigInteger arithmetic (slow but exact). */
final class WideIntegerEvaluator implements VectorEvaluator {
    private final Multiplier multiplier;
    private final int n;
    private final int productWidth;
    private final boolean signed;

    WideIntegerEvaluator(Multiplier multiplier) {
        this.multiplier = multiplier;
        this.n = multiplier.spec().n();
        this.productWidth = multiplier.spec().productWidth();
        this.signed = multiplier.spec().signedOperands();
    }

    private BigInteger operand(long a) {
        BigInteger p = Bits.unsigned(a).and(Bits.maskWide(n));
        return signed ? Bits.signedValue(p, n) : p;
    }

    @Override
    public void evaluate(long a, long b, ErrorAccumulator acc) {
        BigInteger pattern = multiplier.multiplyWide(a, b);
        BigInteger approx = signed ? Bits.signedValue(pattern, productWidth) : pattern;
        BigInteger exact = operand(a).multiply(operand(b));
        double exactMag = exact.abs().doubleValue();
        double rel = exact.signum() == 0 ? 0
                : approx.abs().subtract(exact.abs()).doubleValue() / exactMag;
        acc.add(exactMag, rel, approx.subtract(exact).abs().doubleValue());
    }

    @Override
    public long randomOperand(SplittableRandom random) {
        return random.nextLong() & Bits.mask(n);
    }

    @Override
    public double largestExactMagnitude() {
        return signed ? Math.pow(2, 2 * n - 2) : Math.pow(Math.pow(2, n) - 1, 2);
    }
}
