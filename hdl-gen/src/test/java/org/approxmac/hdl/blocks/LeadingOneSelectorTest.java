package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadingOneSelectorTest {

    @Test
    void oneHotLineAndOnesAboveExhaustivelyForWidths2To10() {
        for (int w = 2; w <= 10; w++) {
            HdlModule m = LeadingOneSelector.build("sel" + w, w);
            for (long x = 0; x < (1L << w); x++) {
                long lead = x == 0 ? 0 : Long.highestOneBit(x);
                long above = 0;
                for (int i = 0; i < w; i++) {
                    if ((x >>> (i + 1)) != 0) {
                        above |= 1L << i;
                    }
                }
                assertEquals(lead, BlockTests.eval(m, "onehot", Map.of("x", x)), "w=" + w + " x=" + x);
                assertEquals(above, BlockTests.eval(m, "above", Map.of("x", x)), "w=" + w + " x=" + x);
            }
        }
    }

    @Test
    void everyLeadingOneOfA64BitInput() {
        HdlModule m = LeadingOneSelector.build("sel64", 64);
        for (int p = 0; p < 63; p++) {
            long x = (1L << p) | ((1L << p) - 1) / 3;
            assertEquals(1L << p, BlockTests.eval(m, "onehot", Map.of("x", x)), "p=" + p);
        }
    }

    /** select and index on every one-hot (and the all-zero) 7-bit line vector. */
    @Test
    void selectAndIndexOfOneHotLines() {
        ModuleBuilder b = new ModuleBuilder("pick");
        Signal lines = b.input("lines", 7);
        Signal data = b.input("data", 7);
        Signal chosen = b.output("chosen", 1);
        Signal index = b.output("index", 4);
        b.assign(chosen, LeadingOneSelector.select(lines, data));
        b.assign(index, LeadingOneSelector.index(lines, 3, 4));
        HdlModule m = b.build();
        for (int line = -1; line < 7; line++) {
            long l = line < 0 ? 0 : 1L << line;
            for (long d = 0; d < 128; d++) {
                long expectedBit = line < 0 ? 0 : d >>> line & 1;
                assertEquals(expectedBit, BlockTests.eval(m, "chosen", Map.of("lines", l, "data", d)), "line " + line);
            }
            assertEquals(line < 0 ? 0 : line + 3, BlockTests.eval(m, "index", Map.of("lines", l, "data", 0L)));
        }
    }

    @Test
    void rejectsWidthBelowTwo() {
        assertThrows(IllegalArgumentException.class, () -> LeadingOneSelector.build("s", 1));
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, LeadingOneSelector.build("sel13", 13));
        BlockTests.lint(dir, LeadingOneSelector.build("sel2", 2));
    }
}
