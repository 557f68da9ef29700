package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class YosysStatTest {

    @Test
    void parsesSavedStatOfEightBitMultiplier() {
        YosysStat s = YosysStat.parse(TestFiles.text("saved/mul8_stat.txt"));
        assertEquals(16149.0, s.area(), 1e-9);
        assertEquals(405, s.cells());
        assertEquals(32, s.cellTypes().get("DFFPOSX1"));
        assertEquals(69, s.cellTypes().get("XNOR2X1"));
        assertEquals(14, s.cellTypes().size());
        assertEquals(405, s.cellTypes().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void rejectsTextWithoutFigures() {
        assertThrows(IllegalArgumentException.class, () -> YosysStat.parse("ERROR: Module `foo' not found"));
    }
}
