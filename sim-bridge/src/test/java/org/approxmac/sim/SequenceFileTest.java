package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SequenceFileTest {
    private static final UnitSpec BF16 = UnitSpec.parse("bf16,mac");
    private static final UnitSpec FIXED = UnitSpec.parse("fixed:n=8,mac");

    @Test
    void parsesFlagsOperandsCommentsAndBlankLines() {
        MacCycles c = SequenceFile.parse("""
                # issue 19
                rst

                en clr a=0xC4EA b=0x38c0   # acc <- a*b
                  EN  a=0x44b3 b=0x38fb
                hold
                b=0x1 rst en clr
                """, BF16, "t.seq");
        assertEquals(5, c.size());
        assertEquals(List.of(MacSequence.RST, MacSequence.EN | MacSequence.CLR, MacSequence.EN, 0,
                MacSequence.RST | MacSequence.EN | MacSequence.CLR),
                List.of(c.flags(0), c.flags(1), c.flags(2), c.flags(3), c.flags(4)));
        assertEquals(0xC4EAL, c.a(1));
        assertEquals(0x38C0L, c.b(1));
        assertEquals(0L, c.a(4));
        assertEquals(1L, c.b(4));
    }

    @Test
    void signedDecimalOperandsForIntegerKinds() {
        MacCycles c = SequenceFile.parse("en a=-1 b=127\n", FIXED, "t.seq");
        assertEquals(0xFFL, c.a(0));
        assertEquals(127L, c.b(0));
    }

    @Test
    void writtenTextParsesBackToTheSameCycles() {
        MacCycles c = new MacCycles().add(MacSequence.RST, 0, 0).add(MacSequence.EN | MacSequence.CLR, 0xc4ea, 0x38c0)
                .add(0, 0xffff, 1).add(MacSequence.EN, 0x44b3, 0x38fb);
        String text = SequenceFile.write(c, BF16, "a comment");
        assertTrue(text.startsWith("# a comment\nrst a=0x0000 b=0x0000\nen clr a=0xc4ea b=0x38c0\nhold a=0xffff"), text);
        MacCycles back = SequenceFile.parse(text, BF16, "t.seq");
        assertEquals(c.size(), back.size());
        for (int i = 0; i < c.size(); i++) {
            assertEquals(List.of((long) c.flags(i), c.a(i), c.b(i)), List.of((long) back.flags(i), back.a(i), back.b(i)));
        }
    }

    @Test
    void aDotProductMacTakesOneOperandPerLaneAndWritesThemBack() {
        UnitSpec dot = UnitSpec.parse("drum:n=8,k=4,dot=3,mac");
        MacCycles c = SequenceFile.parse("rst\nen clr a=0x12,-3,0x7f b=1,2,3\n", dot, "t.seq");
        assertEquals(3, c.lanes());
        assertEquals(List.of(0x12L, 0xFDL, 0x7FL, 1L, 2L, 3L),
                List.of(c.a(1, 0), c.a(1, 1), c.a(1, 2), c.b(1, 0), c.b(1, 1), c.b(1, 2)));
        assertEquals(0L, c.a(0, 2));
        String text = SequenceFile.write(c, dot);
        assertEquals("rst a=0x00,0x00,0x00 b=0x00,0x00,0x00\nen clr a=0x12,0xfd,0x7f b=0x01,0x02,0x03\n", text);
        assertEquals("t.seq line 1: 'a=1,2' has 2 operands for 3 lanes (accepted: 3 comma-separated values)",
                assertThrows(SpecException.class, () -> SequenceFile.parse("en a=1,2\n", dot, "t.seq")).getMessage());
    }

    @Test
    void badLinesAreOneLineErrorsNamingFileAndLine() {
        for (String[] bad : new String[][] {
            {"rst\nen x=1\n", "t.seq line 2: 'x=1' is not one of rst, en, clr, hold, a=V, b=V"},
            {"en a=0x10000\n", "t.seq line 1: operand '0x10000' is outside -32768..65535 for N = 16"},
            {"en en\n", "t.seq line 1: 'en' given twice"},
            {"hold en\n", "t.seq line 1: 'hold' means no rst, en or clr; it cannot go with them"},
            {"# nothing\n\n", "t.seq: no cycles"},
            {"en a=zz\n", "t.seq line 1: operand 'zz' is not a decimal or 0x hex number"}}) {
            SpecException e = assertThrows(SpecException.class, () -> SequenceFile.parse(bad[0], BF16, "t.seq"), bad[0]);
            assertTrue(e.getMessage().startsWith(bad[1]), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }
}
