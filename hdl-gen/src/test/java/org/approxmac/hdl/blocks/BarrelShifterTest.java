package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.approxmac.hdl.blocks.BarrelShifter.Direction;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarrelShifterTest {

    @Test
    void shiftsLeftAndRightForEveryAmount() {
        for (int width : new int[] {5, 8}) {
            for (int amountWidth : new int[] {2, 3, 4}) {
                HdlModule left = BarrelShifter.build("shl", width, amountWidth, Direction.LEFT);
                HdlModule right = BarrelShifter.build("shr", width, amountWidth, Direction.RIGHT);
                long mask = (1L << width) - 1;
                for (long v = 0; v <= mask; v += 3) {
                    for (long s = 0; s < (1L << amountWidth); s++) {
                        Map<String, Long> in = Map.of("value", v, "amount", s);
                        long l = s >= width ? 0 : (v << s) & mask;
                        long r = s >= width ? 0 : v >>> s;
                        assertEquals(l, BlockTests.eval(left, "result", in), "shl " + v + " " + s);
                        assertEquals(r, BlockTests.eval(right, "result", in), "shr " + v + " " + s);
                    }
                }
            }
        }
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, BarrelShifter.build("shl12", 12, 5, Direction.LEFT));
        BlockTests.lint(dir, BarrelShifter.build("shr7", 7, 2, Direction.RIGHT));
    }
}
