package org.approxmac.mitchw;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.approxmac.golden.Bits;
import org.approxmac.spec.C1ZeroRule;
import org.approxmac.golden.Multiplier;
import org.approxmac.spec.SignMode;
import org.approxmac.spec.UnitSpec;

/**
 * A Mitch-w or Mitchell multiplier (docs/units.md's truncated Mitch-w, N &lt;= 32) evaluated in the
 * floating-point form of Mitchell's logarithm, for the specs whose code sums are too many to tabulate
 * ({@link MitchwLookup}), e.g. {@code mitchell:n=32}.
 *
 * <p>The bit pattern of {@code (double) x} for an integer 0 &lt; x &lt; 2^53 is (1023 + k)·2^52 + f·2^52:
 * the characteristic k and the fraction f of x below its leading one, exactly Mitchell's log value
 * L(x) in fixed point. Keeping the top K fraction bits is a mask; adding two patterns and one exponent
 * bias less adds the log values, a carry out of the fraction landing in the exponent as in Mitchell's
 * antilog; reading the sum as a double gives 2^c·(1 + fraction), and converting it to {@code long}
 * is the antilog. That conversion drops nothing: with the fraction sum exact in 52 bits, a Mitch-w
 * product is an integer (2^(ka+kb)·(1 + fa + fb) = x'·2^kb + y'·2^ka − 2^(ka+kb) for the truncated
 * operands x', y', and twice that less 2^(ka+kb+1) after a carry), below 2^63 for the magnitudes used
 * here. A zero magnitude has pattern 0, whose sum with any other is below 1 (or negative, which is
 * cleared), so the product is 0 as the core's.
 *
 * <p>Sign handling is {@link org.approxmac.golden.SignWrapper}'s, with Mitch-w's c1 zero rule
 * ({@link C1ZeroRule#NOT_ZERO_MASK}): in c1 a complemented 0 (the operand -1) is magnitude 1, and a
 * zero operand gives 0. Applies when every magnitude is at most 2^31 (N &lt;= 32 in c1 and sm,
 * N &lt;= 31 unsigned), so every product fits a signed {@code long}.
 */
public final class MitchwFloatForm implements Multiplier {
    private static final long EXPONENT_BIAS = 1023L << 52;

    private final UnitSpec spec;
    private final SignMode mode;
    private final int n;
    private final long operandMask;
    private final long productMask;
    /** Keeps the exponent and the top K fraction bits of a double's pattern. */
    private final long logMask;

    private MitchwFloatForm(UnitSpec spec, int fractionBits) {
        this.spec = spec;
        this.mode = spec.sign();
        this.n = spec.n();
        this.operandMask = Bits.mask(spec.n());
        this.productMask = Bits.mask(2 * spec.n());
        this.logMask = -1L << (52 - fractionBits);
    }

    /**
     * The floating-point form of a truncated Mitch-w or Mitchell multiplier when N &lt;= 32 (N &lt;= 31
     * unsigned, whose products could reach 2^64); empty otherwise.
     *
     * @param core the spec's core, which must be docs/units.md's truncated Mitch-w
     */
    public static Optional<Multiplier> of(UnitSpec spec, MitchwCore core, MitchwVariant variant) {
        Objects.requireNonNull(core);
        UnitSpec m = spec.multiplier();
        int limit = m.sign() == SignMode.UNSIGNED ? 31 : 32;
        if (m.n() > limit || m.sign() == SignMode.TWOS || !variant.equals(MitchwVariant.TRUNCATED)
                || core.width() != m.n()) {
            return Optional.empty();
        }
        return Optional.of(new MitchwFloatForm(m, core.fractionBits()));
    }

    @Override
    public UnitSpec spec() {
        return spec;
    }

    @Override
    public long multiply(long a, long b) {
        a &= operandMask;
        b &= operandMask;
        if (mode == SignMode.UNSIGNED) {
            return product(a, b);
        }
        long sa = a >>> (n - 1);
        long sb = b >>> (n - 1);
        long negative = sa ^ sb;
        if (mode == SignMode.SM) {
            long p = product(Bits.negateIf(a, sa, operandMask), Bits.negateIf(b, sb, operandMask));
            return Bits.negateIf(p, negative, productMask);
        }
        // c1: a complemented 0 (operand -1) is magnitude 1; a zero operand clears the product
        long x = (a ^ -sa) & operandMask;
        long y = (b ^ -sb) & operandMask;
        long kept = ~(((a - 1) | (b - 1)) >> 63);
        return (product(x | (x - 1) >>> 63, y | (y - 1) >>> 63) ^ -negative) & productMask & kept;
    }

    /** The core product of two magnitudes below 2^32 (0 when either is 0). */
    private long product(long x, long y) {
        long logSum = (Double.doubleToRawLongBits(x) & logMask) + (Double.doubleToRawLongBits(y) & logMask)
                - EXPONENT_BIAS;
        return (long) Double.longBitsToDouble(logSum & ~(logSum >> 63));
    }

    @Override
    public BigInteger multiplyWide(long a, long b) {
        return Bits.unsigned(multiply(a, b));
    }
}
