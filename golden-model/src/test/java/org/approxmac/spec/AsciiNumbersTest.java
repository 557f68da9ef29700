package org.approxmac.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AsciiNumbersTest {

    @Test
    void readsAsciiDigits() {
        assertEquals(-42, AsciiNumbers.parseInt("-42"));
        assertEquals(1L << 40, AsciiNumbers.parseLong("1099511627776"));
        assertEquals(BigInteger.valueOf(0xBEEF), AsciiNumbers.parseBigInteger("bEeF", 16));
    }

    @Test
    void refusesWhatTheJdkParsersAccept() {
        // each of these is read as a number by Integer.parseInt / new BigInteger
        for (String lookalike : new String[] {"\uFF18", "1\u0660", "\u0663\u0663", "\u096A", "+5"}) {
            assertFalse(AsciiNumbers.isWhole(lookalike, 10), lookalike);
            assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseInt(lookalike));
            assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseLong(lookalike));
        }
        assertEquals(8, Integer.parseInt("\uFF18"), "the JDK's own parser, which this class guards against");
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseBigInteger("\uFF21", 16));
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseBigInteger("", 10));
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseBigInteger("-", 10));
    }

    @Test
    void radixLimitsTheDigits() {
        assertTrue(AsciiNumbers.isWhole("ff", 16));
        assertFalse(AsciiNumbers.isWhole("ff", 10));
        assertFalse(AsciiNumbers.isWhole("12", 2));
    }

    @Test
    void overflowStaysANumberFormatException() {
        assertTrue(AsciiNumbers.isWhole("99999999999", 10));
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseInt("99999999999"));
    }
}
