package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void acceptsSimpleIdentifiers() {
        assertTrue(Identifiers.legal("mitchw_n16_w6_c1"));
        assertTrue(Identifiers.legal("_x9"));
        assertEquals("top", Identifiers.require("top", "module"));
    }

    @Test
    void rejectsKeywordsPathsAndOddCharacters() {
        for (String bad : new String[] {"", "9a", "a-b", "../x", "a/b", "a b", "a$b", "module", "use", "logic",
                "x".repeat(129)}) {
            assertFalse(Identifiers.legal(bad), bad);
        }
        assertTrue(Identifiers.keyword("always_ff"));
        HdlException e = assertThrows(HdlException.class, () -> Identifiers.require("../top", "module"));
        assertEquals("module name '../top' is not a legal Verilog identifier (letter or '_', then letters,"
                + " digits or '_', at most 128 characters)", e.getMessage());
    }
}
