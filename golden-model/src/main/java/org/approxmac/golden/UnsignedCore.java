package org.approxmac.golden;

import java.math.BigInteger;

/**
 * The unsigned core product P(x, y) of two N-bit magnitudes (docs/units.md): the part of an approximate
 * multiplier that knows nothing of signs. {@link SignWrapper} adds unsigned / sm / c1 handling.
 * Every core returns P(0, y) = P(x, 0) = 0.
 */
public interface UnsignedCore {

    /** Operand width N. */
    int width();

    /** P(x, y) for N &lt;= 32 (the product then fits in 64 bits, read as unsigned). */
    long product(long x, long y);

    /** P(x, y) for any N up to 64 (x, y read as unsigned 64-bit patterns). */
    BigInteger productWide(long x, long y);
}
