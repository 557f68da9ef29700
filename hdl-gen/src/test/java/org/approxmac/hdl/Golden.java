package org.approxmac.hdl;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;

/** Test access to the golden model's product pattern as a non-negative integer. */
final class Golden {

    private Golden() {
    }

    /**
     * The zero-extended product pattern: the fast path read as unsigned for products up to 64 bits
     * (multiplyWide of the golden model returns a negative value for a 64-bit pattern with its top bit
     * set, reported to the lead), multiplyWide above.
     */
    static BigInteger product(Multiplier m, long a, long b) {
        return m.spec().productWidth() <= 64 ? Bits.unsigned(m.multiply(a, b)) : m.multiplyWide(a, b);
    }
}
