package org.approxmac.sim;


import java.nio.file.Path;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault detection for pipelined designs, one of every integer kind: mutants of every module of a
 * pipelined MAC (the multiplier and its pipeline registers' inputs, the carry-save accumulator's
 * full-adder rows, the final adder and its stages) or multiplier (its stages), a sample spread evenly
 * over all, each run with the default {@code cosim} plan (a MAC's, or a multiplier's exhaustive {@code --vectors
 * all}) from one build of the design's mutant schema; every one must be killed or proven equivalent
 * by Yosys ({@link MacMutationRun}).
 */
class PipelinedMacMutationTest {
    private static final int SAMPLE = 40;

    @TempDir
    Path work;

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS),
                "tool tests skipped on request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=8,w=4,stages=2,mac", "fixed:n=8,stages=2,mac", "drum:n=8,k=4,sign=sm,stages=2",
            "mitchell:n=8,sign=sm,stages=2,mac", "mitchwu:n=8,w=4,sign=sm,stages=3"})
    void defaultCosimKillsEveryNonEquivalentMutantOfAPipelinedDesign(String text) {
        MacMutationRun.assertSampleOfEveryModuleKilled(text, SAMPLE, work);
    }
}
