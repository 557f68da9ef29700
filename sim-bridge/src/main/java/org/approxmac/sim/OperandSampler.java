package org.approxmac.sim;

import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.IntegerOperands;
import org.approxmac.fp.FloatUnit;
import org.approxmac.spec.UnitSpec;

/**
 * Stratified random operands. Integer kinds: the golden model's {@link IntegerOperands#stratified}
 * (one operand in four a uniform N-bit pattern, the others with a uniform leading-one position and
 * sign). Floating kinds, likewise one in four uniform: a sign and an exponent uniform over all its
 * values (so zeros, subnormals, infinities and NaNs all occur) with a uniform fraction.
 */
final class OperandSampler {
    private final int n;
    private final int fractionBits; // 0 for integer kinds
    private final IntegerOperands integer; // null for floating kinds

    OperandSampler(UnitSpec spec) {
        this.n = spec.n();
        this.fractionBits = spec.kind().floating() ? FloatUnit.operandFormat(spec).fractionBits() : 0;
        this.integer = fractionBits == 0 ? IntegerOperands.of(spec) : null;
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
        if (integer != null) {
            return integer.stratified(r);
        }
        if (r.nextInt(4) == 0) {
            return r.nextLong() & Bits.mask(n);
        }
        long sign = r.nextLong() & 1;
        int exponentBits = n - 1 - fractionBits;
        long exponent = r.nextLong() & ((1L << exponentBits) - 1);
        long fraction = r.nextLong() & ((1L << fractionBits) - 1);
        return (sign << (n - 1)) | (exponent << fractionBits) | fraction;
    }
}
