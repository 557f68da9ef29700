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

class AdderTest {

    @Test
    void addsWithCarryExhaustively() {
        HdlModule m = Adder.build("add5", 5);
        assertEquals(6, m.port("sum").width());
        for (long a = 0; a < 32; a++) {
            for (long b = 0; b < 32; b++) {
                assertEquals(a + b, BlockTests.eval(m, "sum", Map.of("a", a, "b", b)));
            }
        }
    }

    @Test
    void addsOneMoreExhaustively() {
        HdlModule m = Adder.buildPlusOne("add5p1", 5);
        assertEquals(6, m.port("sum").width());
        for (long a = 0; a < 32; a++) {
            for (long b = 0; b < 32; b++) {
                assertEquals(a + b + 1, BlockTests.eval(m, "sum", Map.of("a", a, "b", b)));
            }
        }
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, Adder.build("add9", 9));
        BlockTests.lint(dir, Adder.buildPlusOne("add9p1", 9));
    }
}
