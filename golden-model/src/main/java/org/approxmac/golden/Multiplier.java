package org.approxmac.golden;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;

/**
 * Bit-exact model of a multiplier. Operands are raw N-bit patterns (signed operands as their
 * two's-complement patterns; bits above N are ignored); the result is the raw product pattern of
 * {@link UnitSpec#productWidth()} bits (2N for integer kinds, an FP32 bit pattern for floating kinds),
 * zero-extended.
 */
public interface Multiplier {

    UnitSpec spec();

    /**
     * The product pattern. Only for units whose product width is at most 64 bits (integer n &lt;= 32,
     * all floating kinds); this is the fast path used by error statistics and co-simulation.
     *
     * @throws UnsupportedOperationException for wider products: use {@link #multiplyWide}
     */
    long multiply(long a, long b);

    /** The product pattern for any width, as a non-negative integer below 2^productWidth. */
    BigInteger multiplyWide(long a, long b);
}
