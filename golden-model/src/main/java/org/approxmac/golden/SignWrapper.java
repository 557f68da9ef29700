package org.approxmac.golden;

import java.math.BigInteger;
import java.util.Objects;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * The one sign wrapper of UNITS.md around an {@link UnsignedCore}:
 * <pre>
 *   unsigned:  z = P(a, b)
 *   sm:        z = (a[N-1] ^ b[N-1]) ? -P(|a|, |b|) : P(|a|, |b|)      (2N-bit two's complement)
 *   c1:        a' = a[N-1] ? ~a : a,  b' likewise,  p = P(a', b')
 *              z = (a[N-1] ^ b[N-1]) ? ~p : p                             (2N-bit NOT = -p-1)
 *              + the kind's {@link C1ZeroRule}
 * </pre>
 */
public final class SignWrapper implements Multiplier {
    private final UnitSpec spec;
    private final UnsignedCore core;
    private final SignMode mode;
    private final C1ZeroRule zeroRule;
    private final int n;
    private final long operandMask;
    private final long productMask;

    public SignWrapper(UnitSpec spec, UnsignedCore core, C1ZeroRule zeroRule) {
        this.spec = Objects.requireNonNull(spec);
        this.core = Objects.requireNonNull(core);
        this.mode = spec.sign();
        if (mode == SignMode.TWOS) {
            throw new IllegalArgumentException("the sign wrapper takes unsigned, sm or c1, not twos");
        }
        this.zeroRule = Objects.requireNonNull(zeroRule);
        this.n = spec.n();
        this.operandMask = Bits.mask(n);
        this.productMask = Bits.mask(2 * n);
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        if (n > 32) {
            throw new UnsupportedOperationException(spec + ": product is wider than 64 bits, use multiplyWide");
        }
        a &= operandMask;
        b &= operandMask;
        switch (mode) {
            case UNSIGNED:
                return core.product(a, b);
            case SM: {
                boolean negative = Bits.bit(a, n - 1) ^ Bits.bit(b, n - 1);
                long p = core.product(magnitude(a), magnitude(b));
                return (negative ? -p : p) & productMask;
            }
            default: { // C1
                boolean sa = Bits.bit(a, n - 1);
                boolean sb = Bits.bit(b, n - 1);
                if (zeroRule == C1ZeroRule.NOT_ZERO_MASK && (a == 0 || b == 0)) {
                    return 0;
                }
                long x = onesComplementMagnitude(a, sa);
                long y = onesComplementMagnitude(b, sb);
                long p = core.product(x, y);
                return ((sa ^ sb) ? ~p : p) & productMask;
            }
        }
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        if (n <= 32) {
            return BigInteger.valueOf(multiply(a, b));
        }
        a &= operandMask;
        b &= operandMask;
        int pw = 2 * n;
        switch (mode) {
            case UNSIGNED:
                return core.productWide(a, b);
            case SM: {
                boolean negative = Bits.bit(a, n - 1) ^ Bits.bit(b, n - 1);
                BigInteger p = core.productWide(magnitude(a), magnitude(b));
                return negative ? Bits.pattern(p.negate(), pw) : p;
            }
            default: {
                boolean sa = Bits.bit(a, n - 1);
                boolean sb = Bits.bit(b, n - 1);
                if (zeroRule == C1ZeroRule.NOT_ZERO_MASK && (a == 0 || b == 0)) {
                    return BigInteger.ZERO;
                }
                BigInteger p = core.productWide(onesComplementMagnitude(a, sa), onesComplementMagnitude(b, sb));
                return (sa ^ sb) ? p.xor(Bits.maskWide(pw)) : p;
            }
        }
    }

    /** |a| as the two's-complement absolute value; the most negative value gives 2^(N-1). */
    private long magnitude(long a) {
        return Bits.bit(a, n - 1) ? (-a) & operandMask : a;
    }

    /** a' = a[N-1] ? ~a : a, with the notZero rule's "0 counts as magnitude 1". */
    private long onesComplementMagnitude(long a, boolean negative) {
        long x = negative ? ~a & operandMask : a;
        if (x == 0 && zeroRule == C1ZeroRule.NOT_ZERO_MASK) {
            return 1;
        }
        return x;
    }
}
