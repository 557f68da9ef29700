package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BitsTest {
    @Test
    void masksAndExtension() {
        assertEquals(0xFF, Bits.mask(8));
        assertEquals(-1L, Bits.mask(64));
        assertEquals(0, Bits.mask(0));
        assertEquals(-1, Bits.signExtend(0xFF, 8));
        assertEquals(127, Bits.signExtend(0x7F, 8));
        assertEquals(Long.MIN_VALUE, Bits.signExtend(Long.MIN_VALUE, 64));
        assertEquals(7, Bits.lead(0x80));
        assertTrue(Bits.bit(0x80, 7));
        assertFalse(Bits.bit(0x80, 6));
    }

    @Test
    void bigIntegerConversions() {
        assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), Bits.unsigned(-1L));
        assertEquals(BigInteger.valueOf(-1), Bits.signedValue(BigInteger.valueOf(0xFF), 8));
        assertEquals(BigInteger.valueOf(0xFF), Bits.pattern(BigInteger.valueOf(-1), 8));
        assertEquals(BigInteger.valueOf(0xFFF), Bits.maskWide(12));
    }
}
