package org.approxmac.analysis.error;

import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.error.IntegerEvaluator;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;

/**
 * The relative error r = (|Z'| - |Z|) / |Z| of one operand pair of an integer multiplier (the paper's
 * Eq. 1, as in docs/units.md, "Error metrics"), with operands given as values of the spec's sign mode
 * (two's-complement values for signed modes, plain values for {@code unsigned}). The arithmetic is
 * the golden model's {@link IntegerEvaluator}, the one the error metrics use, so a histogram or map
 * holds exactly the values the metrics summarise.
 */
public final class ProductError {
    private final Multiplier multiplier;
    private final IntegerEvaluator evaluator;
    private final int n;
    private final boolean signed;

    public ProductError(Multiplier multiplier) {
        UnitSpec spec = multiplier.spec();
        String problem = unsupported(spec);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.multiplier = multiplier;
        this.evaluator = new IntegerEvaluator(multiplier);
        this.n = spec.n();
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
        return patternRelativeError(a & Bits.mask(n), b & Bits.mask(n));
    }

    /** The relative error of the product of two raw n-bit operand patterns; NaN when it is exactly 0. */
    public double patternRelativeError(long a, long b) {
        return evaluator.relativeError(a, b);
    }
}
