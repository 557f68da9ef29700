package org.approxmac.hdl;

import java.math.BigInteger;
import org.approxmac.golden.Bits;
import org.approxmac.golden.IntegerMac;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

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

    /**
     * The golden MAC register of a MAC spec; for integer kinds its multiplier's wide product is read
     * through {@link #product} (same workaround as above).
     */
    static MacState mac(UnitSpec spec) {
        if (spec.kind().floating()) {
            return new MacState(Units.mac(spec));
        }
        Multiplier m = Units.multiplier(spec);
        Multiplier unsignedWide = new Multiplier() {
            @Override
            public UnitSpec spec() {
                return m.spec();
            }

            @Override
            public long multiply(long a, long b) {
                return m.multiply(a, b);
            }

            @Override
            public BigInteger multiplyWide(long a, long b) {
                return product(m, a, b);
            }
        };
        return new MacState(new IntegerMac(spec, unsignedWide));
    }
}
