package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefixOrTest {

    @Test
    void negatesAndDecrementsExhaustively() {
        for (int w : new int[] {1, 2, 3, 5, 8, 11}) {
            HdlModule negation = PrefixOr.negation("neg" + w, w);
            HdlModule decrement = PrefixOr.decrement("dec" + w, w);
            long mask = (1L << w) - 1;
            for (long x = 0; x <= mask; x++) {
                for (long c = 0; c <= 1; c++) {
                    assertEquals(c == 1 ? -x & mask : x,
                            BlockTests.eval(negation, "result", Map.of("value", x, "negate", c)), "w=" + w + " x=" + x);
                    assertEquals(x - c & mask,
                            BlockTests.eval(decrement, "result", Map.of("value", x, "decrement", c)), "w=" + w + " x=" + x);
                }
            }
        }
    }

    @Test
    void negatesAndDecrementsWideValues() {
        int w = 40;
        HdlModule negation = PrefixOr.negation("neg", w);
        HdlModule decrement = PrefixOr.decrement("dec", w);
        long mask = (1L << w) - 1;
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            // sparse values (a few bits at a random place) and dense ones, the corners included
            long x = switch (i % 4) {
                case 0 -> (random.nextLong() & 63) << random.nextInt(w - 6);
                case 1 -> random.nextLong() & mask;
                case 2 -> i / 4 < w ? 1L << (i / 4) : 0;
                default -> mask >>> (i / 4 % w);
            };
            assertEquals(-x & mask, BlockTests.eval(negation, "result", Map.of("value", x, "negate", 1L)), "x=" + x);
            assertEquals(x, BlockTests.eval(negation, "result", Map.of("value", x, "negate", 0L)), "x=" + x);
            assertEquals(x - 1 & mask, BlockTests.eval(decrement, "result", Map.of("value", x, "decrement", 1L)), "x=" + x);
        }
    }

    @Test
    void prefixIsLogarithmicDepth() {
        // a Sklansky network: ceil(log2(w - 1)) levels of OR wires, no deeper
        HdlModule m = PrefixOr.negation("neg64", 64);
        long deepest = m.internals().stream().map(s -> s.name()).filter(n -> n.startsWith("or_l"))
                .mapToLong(n -> Long.parseLong(n.substring(4, n.indexOf('_', 4)))).max().orElseThrow();
        assertEquals(6, deepest);
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        BlockTests.lint(dir, PrefixOr.negation("negation40", 40));
        BlockTests.lint(dir, PrefixOr.decrement("decrement40", 40));
    }
}
