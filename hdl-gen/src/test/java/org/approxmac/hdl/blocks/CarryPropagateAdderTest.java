package org.approxmac.hdl.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CarryPropagateAdderTest {

    @ParameterizedTest
    @EnumSource(CarryPropagateAdder.class)
    void addsExhaustivelyAtSmallWidths(CarryPropagateAdder adder) {
        for (int w = 1; w <= 7; w++) {
            HdlModule m = adder.build("add" + w, w);
            long mod = 1L << w;
            for (long a = 0; a < mod; a++) {
                for (long b = 0; b < mod; b++) {
                    assertEquals((a + b) % mod, BlockTests.eval(m, "sum", Map.of("a", a, "b", b)),
                            adder + " w=" + w + " " + a + "+" + b);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CarryPropagateAdder.class)
    void addsWideOperandsWithLongCarryChains(CarryPropagateAdder adder) {
        for (int w : new int[] {13, 33, 62}) {
            HdlModule m = adder.build("add" + w, w);
            long mod = 1L << w;
            SplittableRandom r = new SplittableRandom(w);
            for (int t = 0; t < 300; t++) {
                long a = r.nextLong(mod);
                long b = t % 3 == 0 ? mod - 1 - a + (t % 2) : r.nextLong(mod); // carries through every bit
                assertEquals((a + b) & (mod - 1), BlockTests.eval(m, "sum", Map.of("a", a, "b", b)),
                        adder + " w=" + w);
            }
        }
    }

    @Test
    void prefixNetworksHaveTheirTextbookSizeAndDepth() {
        // 16 bits: ripple 15 nodes / 15 levels; Sklansky 32 / 4; Kogge-Stone 49 / 4; Brent-Kung 26 / 7
        assertShape(CarryPropagateAdder.RIPPLE, 16, 15, 15);
        assertShape(CarryPropagateAdder.SKLANSKY, 16, 32, 4);
        assertShape(CarryPropagateAdder.KOGGE_STONE, 16, 49, 4);
        assertShape(CarryPropagateAdder.BRENT_KUNG, 16, 26, 7);
    }

    private static void assertShape(CarryPropagateAdder adder, int bits, int nodes, int levels) {
        var network = adder.nodes(bits);
        assertEquals(nodes, network.size(), adder + " nodes");
        assertEquals(levels, network.stream().mapToInt(CarryPropagateAdder.Node::level).max().orElse(0),
                adder + " levels");
    }

    @Test
    void specNamesRoundTrip() {
        for (CarryPropagateAdder adder : CarryPropagateAdder.values()) {
            assertEquals(adder, CarryPropagateAdder.bySpecName(adder.specName()).orElseThrow());
        }
        assertTrue(CarryPropagateAdder.bySpecName("carry-select").isEmpty());
    }

    @Test
    void lintClean(@TempDir Path dir) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS));
        for (CarryPropagateAdder adder : CarryPropagateAdder.values()) {
            HdlModule m = adder.build("cpa_" + adder.specName() + "_20", 20);
            BlockTests.lint(dir, m);
        }
    }
}
