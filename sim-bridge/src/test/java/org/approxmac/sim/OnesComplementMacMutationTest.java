package org.approxmac.sim;

import java.nio.file.Path;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault detection for the c1 MACs, which accumulate the product's one's complement as its negation and a
 * borrow from the accumulator (docs/arithmetic.md): mutants of every module (sign wrapper, core, the
 * prefix-OR negation and borrow, the accumulate adder), a sample spread evenly over all, each run with the
 * default {@code cosim} MAC plan from one build of the design's mutant schema; every one must be killed or
 * proven equivalent by Yosys ({@link MacMutationRun}).
 */
class OnesComplementMacMutationTest {
    private static final int SAMPLE = 40;

    @TempDir
    Path work;

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS),
                "tool tests skipped on request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=8,w=4,mac", "drum:n=8,k=4,adder=bk,mac"})
    void defaultCosimKillsEveryNonEquivalentMutantOfAC1Mac(String text) {
        MacMutationRun.assertSampleOfEveryModuleKilled(text, SAMPLE, work);
    }
}
