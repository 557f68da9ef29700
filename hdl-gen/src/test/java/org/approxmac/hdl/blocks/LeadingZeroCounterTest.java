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

class LeadingZeroCounterTest {

    @Test
    void countsLeadingZerosExhaustively() {
        for (int w : new int[] {2, 5, 8, 11}) {
            HdlModule m = LeadingZeroCounter.build("lzc" + w, w);
            for (long x = 0; x < (1L << w); x++) {
                long expected = x == 0 ? w : w - 64 + Long.numberOfLeadingZeros(x);
                assertEquals(expected, BlockTests.eval(m, "count", Map.of("x", x)), "w=" + w + " x=" + x);
            }
        }
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, LeadingZeroCounter.build("lzc24", 24));
    }
}
