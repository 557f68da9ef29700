package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class MacStateTest {

    @Test
    void resetEnableAndClearFollowUnitsMd() {
        MacState s = new MacState(Units.mac(UnitSpec.parse("fixed:n=8,mac")));
        assertEquals(BigInteger.ZERO, s.accumulator());
        s.clock(false, true, false, 3, 4);
        assertEquals(BigInteger.valueOf(12), s.accumulator());
        s.clock(false, false, false, 5, 5); // en = 0 holds
        assertEquals(BigInteger.valueOf(12), s.accumulator());
        s.clock(false, true, false, 2, 2);
        assertEquals(BigInteger.valueOf(16), s.accumulator());
        s.clock(false, true, true, 2, 3); // clr: start from 0
        assertEquals(BigInteger.valueOf(6), s.accumulator());
        s.clock(false, false, true, 2, 3); // clr without en does nothing
        assertEquals(BigInteger.valueOf(6), s.accumulator());
        s.clock(true, true, false, 2, 3); // rst wins
        assertEquals(BigInteger.ZERO, s.accumulator());
    }
}
