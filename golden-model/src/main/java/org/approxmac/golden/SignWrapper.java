package org.approxmac.golden;

import org.approxmac.spec.C1ZeroRule;
import java.math.BigInteger;
import java.util.Objects;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * The one sign wrapper of docs/units.md around an {@link UnsignedCore}:
 * <pre>
 *   unsigned:  z = P(a, b)
 *   sm:        z = (a[N-1] ^ b[N-1]) ? -P(|a|, |b|) : P(|a|, |b|)      (2N-bit two's complement)
 *   c1:        a' = a[N-1] ? ~a : a,  b' likewise,  p = P(a', b')
 *              z = (a[N-1] ^ b[N-1]) ? ~p : p                             (2N-bit NOT = -p-1)
 *              + the kind's {@link C1ZeroRule}
 * </pre>
 * The fast path is branch-free apart from the zero rule: with s = a[N-1] (0 or 1), {@code a ^ -s} is
 * a or ~a, and {@code (a ^ -s) + s} is a or -a.
 */
public final class SignWrapper implements Multiplier {
    private final UnitSpec spec;
    private final UnsignedCore core;
    private final SignMode mode;
    private final boolean notZeroMask;
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
        this.notZeroMask = Objects.requireNonNull(zeroRule) == C1ZeroRule.NOT_ZERO_MASK;
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
        if (mode == SignMode.UNSIGNED) {
            return core.product(a, b);
        }
        long sa = a >>> (n - 1);
        long sb = b >>> (n - 1);
        long negative = sa ^ sb;
        if (mode == SignMode.SM) {
            long p = core.product(Bits.negateIf(a, sa, operandMask), Bits.negateIf(b, sb, operandMask));
            return Bits.negateIf(p, negative, productMask);
        }
        // c1
        long x = (a ^ -sa) & operandMask;
        long y = (b ^ -sb) & operandMask;
        if (notZeroMask) {
            // notZero rule, branch-free: nonZero = 1 unless an original operand is all zeros, which
            // forces a non-negative 0; a complemented 0 (the operand -1) counts as magnitude 1
            long nonZeroA = (a | -a) >>> 63;
            long nonZeroB = (b | -b) >>> 63;
            long nonZero = nonZeroA & nonZeroB;
            x = (x | ((x - 1) >>> 63)) & -nonZero;
            y = (y | ((y - 1) >>> 63)) & -nonZero;
            negative &= nonZero;
        }
        return (core.product(x, y) ^ -negative) & productMask;
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        if (n <= 32) {
            return Bits.unsigned(multiply(a, b));
        }
        a &= operandMask;
        b &= operandMask;
        int pw = 2 * n;
        if (mode == SignMode.UNSIGNED) {
            return core.productWide(a, b);
        }
        boolean sa = Bits.bit(a, n - 1);
        boolean sb = Bits.bit(b, n - 1);
        if (mode == SignMode.SM) {
            BigInteger p = core.productWide(sa ? -a & operandMask : a, sb ? -b & operandMask : b);
            return sa ^ sb ? Bits.pattern(p.negate(), pw) : p;
        }
        if (notZeroMask && (a == 0 || b == 0)) {
            return BigInteger.ZERO;
        }
        BigInteger p = core.productWide(onesComplement(a, sa), onesComplement(b, sb));
        return sa ^ sb ? p.xor(Bits.maskWide(pw)) : p;
    }

    /** a' = a[N-1] ? ~a : a, with the notZero rule's "0 counts as magnitude 1". */
    private long onesComplement(long a, boolean negative) {
        long x = negative ? ~a & operandMask : a;
        return x == 0 && notZeroMask ? 1 : x;
    }
}
