package org.approxmac.analysis.error;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;

/**
 * The relative error r = (|Z'| - |Z|) / |Z| of one operand pair of an integer multiplier (the paper's
 * Eq. 1, as in UNITS.md "Error metrics"), with operands given as values of the spec's sign mode
 * (two's-complement values for signed modes, plain values for {@code unsigned}). Exact in 64-bit
 * arithmetic for n &lt;= 32, in BigInteger above.
 */
public final class ProductError {
    private final Multiplier multiplier;
    private final int n;
    private final int productWidth;
    private final boolean signed;

    public ProductError(Multiplier multiplier) {
        UnitSpec spec = multiplier.spec();
        String problem = unsupported(spec);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.multiplier = multiplier;
        this.n = spec.n();
        this.productWidth = spec.productWidth();
        this.signed = spec.signedOperands();
    }

    /**
     * Why the integer error analyses (this class, error maps and histograms, the accumulation
     * experiment) cannot take {@code spec}, starting with "needs"; null when they can.
     */
    public static String unsupported(UnitSpec spec) {
        if (spec.kind().floating()) {
            return "needs an integer kind (" + Kind.integerNamesText() + "), got " + spec.canonical();
        }
        if (!spec.signedOperands() && spec.n() == 64) {
            return "needs n <= 63 for sign=unsigned (64-bit unsigned operands do not fit), got " + spec.canonical();
        }
        return null;
    }

    /** The multiplier whose errors this computes. */
    public Multiplier multiplier() {
        return multiplier;
    }

    public UnitSpec spec() {
        return multiplier.spec();
    }

    /** Smallest operand value: -2^(n-1) for signed operands, 0 for unsigned. */
    public long minOperand() {
        return signed ? -(1L << (n - 1)) : 0;
    }

    /** Largest operand value: 2^(n-1) - 1 for signed operands, 2^n - 1 for unsigned (n &lt;= 63). */
    public long maxOperand() {
        return signed ? (1L << (n - 1)) - 1 : Bits.mask(n);
    }

    /** The operand value of a raw n-bit pattern. */
    public long value(long pattern) {
        return signed ? Bits.signExtend(pattern, n) : pattern & Bits.mask(n);
    }

    /** The relative error of the product of two operand values; NaN when the exact product is 0. */
    public double relativeError(long a, long b) {
        if (a == 0 || b == 0) {
            return Double.NaN;
        }
        long pa = a & Bits.mask(n);
        long pb = b & Bits.mask(n);
        if (n <= 32) {
            long z = multiplier.multiply(pa, pb);
            long approx = signed ? Math.abs(Bits.signExtend(z, productWidth)) : z;
            long exact = signed ? Math.abs(a * b) : a * b; // unsigned below 2^64, signed below 2^62
            double exactD = exact >= 0 ? exact : 0x1p64 + exact;
            return (double) (approx - exact) / exactD;
        }
        BigInteger z = multiplier.multiplyWide(pa, pb);
        BigInteger approx = signed ? Bits.signedValue(z, productWidth).abs() : z;
        BigInteger exact = signed ? BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).abs()
                : Bits.unsigned(a).multiply(Bits.unsigned(b));
        return approx.subtract(exact).doubleValue() / exact.doubleValue();
    }
}
