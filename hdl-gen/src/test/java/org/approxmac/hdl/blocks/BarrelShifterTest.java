package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void wideningShifterPlacesANarrowValueIntoAWideWordForEveryAmount() {
        // (input, output, amount bits): DRUM's 12 into 32 by 5, one whose amount overshoots, one exactly wide enough
        for (int[] w : new int[][] {{4, 12, 3}, {3, 7, 3}, {2, 5, 2}, {5, 5, 3}, {1, 9, 4}}) {
            HdlModule shl = BarrelShifter.widening("wshl", w[0], w[1], w[2]);
            assertEquals(w[0], shl.port("value").width());
            assertEquals(w[1], shl.port("result").width());
            long mask = (1L << w[1]) - 1;
            for (long v = 0; v < 1L << w[0]; v++) {
                for (long s = 0; s < 1L << w[2]; s++) {
                    long expected = s >= w[1] ? 0 : (v << s) & mask;
                    assertEquals(expected, BlockTests.eval(shl, "result", Map.of("value", v, "amount", s)),
                            w[0] + " into " + w[1] + ": " + v + " << " + s);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BarrelShifter.widening("x", 8, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> BarrelShifter.widening("x", 4, 8, 0));
    }

    @Test
    void nearFarShifterMovesTheValueDownFromTheTopForEveryAmount() {
        // (input, output, amount bits, near stages): DRUM's shape small (4 into 12 by 4, near 2), amounts past
        // the word, a near path of one stage, a plain shifter (near stages >= amount bits), a word the value fills
        for (int[] w : new int[][] {{4, 12, 4, 2}, {3, 7, 4, 2}, {2, 9, 3, 1}, {3, 8, 2, 2}, {3, 8, 2, 5}, {5, 5, 3, 1}}) {
            HdlModule shr = BarrelShifter.nearFar("nfshr", w[0], w[1], w[2], w[3]);
            assertEquals(w[1], shr.port("result").width());
            assertEquals(w[3] < w[2], shr.internals().stream().anyMatch(s -> s.name().equals("far_value")));
            for (long v = 0; v < 1L << w[0]; v++) {
                for (long s = 0; s < 1L << w[2]; s++) {
                    long expected = (v << (w[1] - w[0])) >>> s;
                    assertEquals(expected, BlockTests.eval(shr, "result", Map.of("value", v, "amount", s)),
                            w[0] + " into " + w[1] + ", near " + w[3] + ": " + v + " from the top >> " + s);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BarrelShifter.nearFar("x", 8, 4, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> BarrelShifter.nearFar("x", 4, 8, 3, 0));
    }

    @Test
    void thermometerSetsTheBitsFromTheAmountUpForEveryAmount() {
        // (width, amount bits): RoBA's n = 4 (8 bits by 4), amounts beyond the width, a width beyond the amounts
        for (int[] w : new int[][] {{8, 4}, {5, 3}, {12, 3}, {1, 1}, {32, 6}}) {
            HdlModule code = BarrelShifter.thermometer("therm", w[0], w[1]);
            assertEquals(1, code.inputs().size(), "the amount only: the constant stays inside");
            long mask = (1L << w[0]) - 1;
            for (long s = 0; s < 1L << w[1]; s++) {
                long expected = s >= w[0] ? 0 : (mask << s) & mask;
                assertEquals(expected, BlockTests.eval(code, "result", Map.of("amount", s)), w[0] + " bits, amount " + s);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BarrelShifter.thermometer("x", 0, 3));
        assertThrows(IllegalArgumentException.class, () -> BarrelShifter.thermometer("x", 8, 0));
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, BarrelShifter.build("shl12", 12, 5, Direction.LEFT));
        BlockTests.lint(dir, BarrelShifter.build("shr7", 7, 2, Direction.RIGHT));
        BlockTests.lint(dir, BarrelShifter.widening("wshl12", 12, 64, 6));
        BlockTests.lint(dir, BarrelShifter.thermometer("therm32", 32, 6));
    }
}
