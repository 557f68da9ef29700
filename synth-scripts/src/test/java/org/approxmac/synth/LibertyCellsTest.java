package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LibertyCellsTest {

    private static final String LIB = """
            library ("demo_lib") {
              cell ("BUF_BIG") { area : 9.0; pin (A) { direction : input; } pin (Z) { direction : output; function : "(A)"; } }
              cell ("BUF_HUGE") { area : 19.0; pin ("A") { direction : "input"; } pin ("X") { direction : "output"; function : "(A)"; } }
              cell ("BUF_SMALL") { area : 2.5;
                pin (A) { direction : input; capacitance : 0.001; }
                pin (Z) { direction : output; function : "A"; timing () { related_pin : "A"; } } }
              cell ("BUF_TINY_NOUSE") { area : 1.0; dont_use : true;
                pin (A) { direction : input; } pin (Z) { direction : output; function : "A"; } }
              cell ("INV") { area : 1.0; pin (A) { direction : input; } pin (ZN) { direction : output; function : "!A"; } }
              cell ("LOGIC1") { area : 1.5; dont_use : true; pin (Z) { direction : output; function : "1"; } }
              cell ("LOGIC0") { area : 1.5; pin (Z) { direction : output; function : "0"; } }
              cell ("DFF") { area : 5; ff (IQ, IQN) { next_state : "D"; clocked_on : "CK"; }
                pin (D) { direction : input; } pin (CK) { direction : input; clock : true; }
                pin (Q) { direction : output; function : "IQ"; } }
              cell (DFF_X1) { area : 4.5; ff ("IQ" , "IQN") { next_state : "D"; clocked_on : "CK"; }
                pin (D) { direction : input; } pin (CK) { direction : input; clock : true; }
                pin (Q) { direction : output; function : "IQ"; } }
            }
            """;

    @Test
    void picksTheSmallestUsableBufferAndTieCells() {
        LibertyCells c = LibertyCells.scan(LIB);
        assertEquals("demo_lib", c.libraryName());
        assertEquals(9, c.cells().size());
        assertEquals(new LibertyCells.CellPins("BUF_SMALL", "A", "Z"), c.buffer().orElseThrow());
        assertEquals("LOGIC1", c.tie("1").orElseThrow().cell());
        assertEquals("Z", c.tie("0").orElseThrow().out());
        assertTrue(c.cells().stream().filter(x -> x.name().equals("DFF")).findFirst().orElseThrow().sequential());
        assertTrue(c.cells().stream().filter(x -> x.name().equals("DFF_X1")).findFirst().orElseThrow().sequential(),
                "Nangate45 writes its flip-flop state pair quoted: ff (\"IQ\" , \"IQN\")");
    }

    @Test
    void functionsLoseBlanksAndRedundantParentheses() {
        assertEquals("A", LibertyCells.bare(" ( (A) ) "));
        assertEquals("(A&B)|C", LibertyCells.bare("(A & B) | C"));
        assertEquals("!(A)", LibertyCells.bare("!(A)"));
    }

    @Test
    void sky130StyleQuotedPinsAndParenthesisedFunction() {
        LibertyCells c = LibertyCells.scan("library (\"s\") { cell (\"s__buf_1\") { area : 3.75; pg_pin (\"VPWR\") { }"
                + " pin (\"A\") { direction : \"input\"; } pin (\"X\") { direction : \"output\"; function : \"(A)\"; } } }");
        assertEquals(new LibertyCells.CellPins("s__buf_1", "A", "X"), c.buffer().orElseThrow());
    }

    @Test
    void twoOutputTieCellPreferredOverDontUseSpareCell() {
        LibertyCells c = LibertyCells.scan("library (s) {"
                + " cell (spare) { area : 1; dont_use : true; pin (LO) { direction : output; function : \"0\"; } }"
                + " cell (conb) { area : 3.7; pin (HI) { direction : output; function : \"1\"; }"
                + " pin (LO) { direction : output; function : \"0\"; } } }");
        assertEquals(new LibertyCells.CellPins("conb", "", "HI"), c.tie("1").orElseThrow());
        assertEquals(new LibertyCells.CellPins("conb", "", "LO"), c.tie("0").orElseThrow());
    }

    @Test
    void osuStyleUnquotedNamesAndNoTieCells() {
        LibertyCells c = LibertyCells.scan("library(osu) {\n cell (BUFX2) {\n area : 24;\n pin(A) {\n direction : input;\n }\n"
                + " pin(Y) {\n direction : output;\n function : \"A\";\n }\n }\n}\n");
        assertEquals(new LibertyCells.CellPins("BUFX2", "A", "Y"), c.buffer().orElseThrow());
        assertTrue(c.tie("1").isEmpty());
    }

    @Test
    void rejectsTextThatIsNoLibrary() {
        assertThrows(IllegalArgumentException.class, () -> LibertyCells.scan("module m; endmodule"));
        assertThrows(IllegalArgumentException.class, () -> LibertyCells.scan("library(x) { cell(A) { "));
    }
}
