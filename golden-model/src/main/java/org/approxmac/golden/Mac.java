package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;

/**
 * Bit-exact model of one enabled MAC step (docs/units.md, "The MAC contract"): the next accumulator value from
 * the current one and the operands. Integer kinds: {@code acc + product} mod 2^A, the product
 * sign-extended (zero-extended for unsigned) to A bits; floating kinds: the FP32 accumulation rule.
 * Patterns are raw, zero-extended. The clocked behaviour (rst, en, clr) is {@link MacState}.
 */
public interface Mac {

    UnitSpec spec();

    /** The multiplier inside this MAC. */
    Multiplier multiplier();

    /** The next accumulator pattern (A bits). */
    BigInteger accumulate(BigInteger acc, long a, long b);

    /**
     * Fast path of {@link #accumulate(BigInteger, long, long)} for accumulators of at most 64 bits.
     *
     * @throws UnsupportedOperationException for wider accumulators
     */
    long accumulate(long acc, long a, long b);

    /**
     * The next accumulator pattern of a MAC of K lanes ({@link UnitSpec#lanes()}): the exact sum of the
     * lane products of {@code a[at .. at+K-1]}, {@code b[at .. at+K-1]} added to {@code acc}. For one
     * lane the same as {@link #accumulate(BigInteger, long, long)}, which is all this default does: a
     * kind with a {@code dot} key overrides it ({@link IntegerMac}); the others have one lane.
     */
    default BigInteger accumulate(BigInteger acc, long[] a, long[] b, int at) {
        return accumulate(acc, a[at], b[at]);
    }

    /** Fast path of {@link #accumulate(BigInteger, long[], long[], int)} for accumulators of at most 64 bits. */
    default long accumulate(long acc, long[] a, long[] b, int at) {
        return accumulate(acc, a[at], b[at]);
    }
}
