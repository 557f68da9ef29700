package org.approxmac.hdl;

import java.math.BigInteger;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

/** Test access to the golden model: product patterns as non-negative integers, and MAC registers. */
final class Golden {

    private Golden() {
    }

    /** The zero-extended product pattern of any width. */
    static BigInteger product(Multiplier m, long a, long b) {
        return m.multiplyWide(a, b);
    }

    /** The golden MAC register of a MAC spec (integer or floating). */
    static MacState mac(UnitSpec spec) {
        return new MacState(Units.mac(spec));
    }
}
