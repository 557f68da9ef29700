package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadingOneDetectorTest {

    @Test
    void findsTheLeadingOneExhaustivelyForWidths2To10() {
        for (int w = 2; w <= 10; w++) {
            HdlModule m = LeadingOneDetector.build("lod" + w, w);
            assertEquals(LeadingOneDetector.positionWidth(w), m.port("position").width());
            for (long x = 0; x < (1L << w); x++) {
                long expected = x == 0 ? 0 : 63 - Long.numberOfLeadingZeros(x);
                assertEquals(expected, BlockTests.eval(m, "position", Map.of("x", x)), "w=" + w + " x=" + x);
                assertEquals(x == 0 ? 0 : 1, BlockTests.eval(m, "found", Map.of("x", x)), "w=" + w + " x=" + x);
            }
        }
    }

    @Test
    void everyPositionOfA64BitInput() {
        HdlModule m = LeadingOneDetector.build("lod64", 64);
        for (int p = 0; p < 63; p++) {
            long x = (1L << p) | ((1L << p) - 1) / 3;
            assertEquals(p, BlockTests.eval(m, "position", Map.of("x", x)));
        }
    }

    @Test
    void positionWidths() {
        assertEquals(1, LeadingOneDetector.positionWidth(2));
        assertEquals(2, LeadingOneDetector.positionWidth(3));
        assertEquals(4, LeadingOneDetector.positionWidth(12));
        assertEquals(4, LeadingOneDetector.positionWidth(16));
        assertEquals(5, LeadingOneDetector.positionWidth(17));
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, LeadingOneDetector.build("lod13", 13));
        BlockTests.lint(dir, LeadingOneDetector.build("lod2", 2));
    }
}
