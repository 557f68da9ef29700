package org.approxmac.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbers in specs are ASCII digits only, and invisible or look-alike characters show in messages. */
class SpecDigitsTest {

    @Test
    void fullWidthAndArabicIndicDigitsAreRejectedAndShown() {
        for (String digits : new String[] {"\uFF18", "\u0668", "1\uFF16", "\u0661\u0666"}) {
            SpecException e = assertThrows(SpecException.class, () -> SpecParser.parse("fixed:n=" + digits));
            assertTrue(e.getMessage().contains("is not a whole number (accepted: 2..64; digits 0-9 only)"), e.getMessage());
            assertTrue(e.getMessage().contains("<U+"), "the character is visible: " + e.getMessage());
        }
        assertEquals(16, SpecParser.parse("fixed:n=16").n());
    }

    @Test
    void aNumberTooLargeForAnIntIsOutOfRangeNotNotANumber() {
        SpecException e = assertThrows(SpecException.class, () -> SpecParser.parse("fixed:n=99999999999"));
        assertEquals("fixed: n=99999999999 is out of range (accepted: 2..64)", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsShownNotInvisible() {
        SpecException e = assertThrows(SpecException.class, () -> SpecParser.parse("\uFEFFfixed:n=8"));
        assertTrue(e.getMessage().startsWith("unknown kind '<U+FEFF>fixed'"), e.getMessage());
        assertEquals("a<U+00E9><U+0009>", SpecParser.visible("a\u00e9\t"));
    }
}
