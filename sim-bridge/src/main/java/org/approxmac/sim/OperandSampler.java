package org.approxmac.sim;

import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;

/**
 * Stratified random operands. Uniform N-bit operands almost never have a small leading-one position
 * (characteristic), which is where log-multiplier bugs hide, so three out of four operands are drawn
 * per stratum: a sign (signed kinds: + or - with equal odds) and a leading-one position uniform over
 * 0..N-1 (the magnitude's bits below it uniform; for signed kinds position N-1 is the most negative
 * value), and for floating kinds a sign and an exponent uniform over all its values (so zeros,
 * subnormals, infinities and NaNs all occur) with a uniform fraction. The fourth operand is a
 * uniform N-bit pattern.
 */
final class OperandSampler {
    private final int n;
    private final boolean signed;
    private final int fractionBits; // 0 for integer kinds

    OperandSampler(UnitSpec spec) {
        this.n = spec.n();
        this.signed = spec.signedOperands();
        this.fractionBits = spec.kind() == Kind.BF16 ? 7 : spec.kind() == Kind.FP32 ? 23 : 0;
    }

    /** Vectors of two independent operands, a then b, from the chunk's random stream. */
    Stimulus pairs() {
        return (first, r, a, b, flags) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] = next(r);
                b[i] = next(r);
            }
        };
    }

    /** One operand pattern (N bits, zero-extended). */
    long next(SplittableRandom r) {
        long mask = Bits.mask(n);
        int stratum = r.nextInt(4);
        if (stratum == 0) {
            return r.nextLong() & mask;
        }
        if (fractionBits > 0) {
            long sign = r.nextLong() & 1;
            int exponentBits = n - 1 - fractionBits;
            long exponent = r.nextLong() & ((1L << exponentBits) - 1);
            long fraction = r.nextLong() & ((1L << fractionBits) - 1);
            return (sign << (n - 1)) | (exponent << fractionBits) | fraction;
        }
        int lead = r.nextInt(n);
        if (signed && lead == n - 1) {
            return 1L << (n - 1); // the most negative value
        }
        long below = lead == 0 ? 0 : r.nextLong() & ((1L << lead) - 1);
        long magnitude = (1L << lead) | below;
        boolean negative = signed && r.nextBoolean();
        return (negative ? -magnitude : magnitude) & mask;
    }
}
