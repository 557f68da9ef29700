package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ActivityBenchTest {

    @Test
    void oneOperandPairPerSimulatedCycleWithinTheOperandWidth() {
        ActivityBench bench = new ActivityBench(UnitSpec.parse("fixed:n=32,mac"), OperandDistribution.UNIFORM, 1, 8, 50);
        String[] lines = bench.stimulus().split("\n");
        assertEquals(58, lines.length);
        for (String l : lines) {
            assertTrue(new BigInteger(l, 16).bitLength() <= 64, l);
        }
        assertEquals(bench.stimulus(), new ActivityBench(UnitSpec.parse("fixed:n=32,mac"),
                OperandDistribution.UNIFORM, 1, 8, 50).stimulus());
        assertNotEquals(bench.stimulus(), new ActivityBench(UnitSpec.parse("fixed:n=32,mac"),
                OperandDistribution.UNIFORM, 2, 8, 50).stimulus());
    }

    @Test
    void packsAInTheHighHalf() {
        ActivityBench bench = new ActivityBench(UnitSpec.parse("fixed:n=8"), OperandDistribution.UNIFORM, 9, 4, 1);
        SplitMix64 rng = new SplitMix64(9);
        long a = OperandDistribution.UNIFORM.draw(UnitSpec.parse("fixed:n=8"), rng);
        long b = OperandDistribution.UNIFORM.draw(UnitSpec.parse("fixed:n=8"), rng);
        assertEquals(Long.toHexString(a << 8 | b), bench.stimulus().split("\n")[0]);
    }

    @Test
    void macBenchResetsThenAccumulatesAndDumpsAfterWarmup() {
        String tb = new ActivityBench(UnitSpec.parse("fixed:n=16,mac"), OperandDistribution.SPARSE, 1, 8, 100).testbench();
        assertTrue(tb.contains("reg [31:0] stimulus [0:107];"), tb);
        assertTrue(tb.contains("if (cycle == 8) begin"), tb);
        assertTrue(tb.contains("$dumpvars(1, dut);"), tb);
        assertTrue(tb.contains("wire [39:0] acc;"), tb);
        assertTrue(tb.contains("en = 1'b1;"), tb);
        assertTrue(!tb.contains("${"), tb);
    }

    @Test
    void multiplierBenchHasNoControlInputs() {
        String tb = new ActivityBench(UnitSpec.parse("bf16"), OperandDistribution.UNIFORM, 1, 4, 10).testbench();
        assertTrue(tb.contains("wire [31:0] z;"), tb);
        assertTrue(!tb.contains("rst"), tb);
    }

    @Test
    void rejectsTooShortRuns() {
        UnitSpec s = UnitSpec.parse("fixed:n=8");
        assertThrows(IllegalArgumentException.class, () -> new ActivityBench(s, OperandDistribution.UNIFORM, 1, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> new ActivityBench(s, OperandDistribution.UNIFORM, 1, 8, 0));
    }
}
