package org.approxmac.sim;


import java.nio.file.Path;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault detection for dot-product units: mutants of every module of a dot-product unit or MAC (the lane
 * multipliers, the lanes' partial products and rows, the compressor tree, the final adder, the
 * accumulator), a sample spread evenly over all, each run with the default {@code cosim} plan (a
 * MAC's, or the exhaustive-per-lane {@code --vectors all}) from one build of the design's mutant
 * schema; every one must be killed or proven equivalent by Yosys ({@link MacMutationRun}).
 */
class DotProductMutationTest {
    private static final int SAMPLE = 40;

    @TempDir
    Path work;

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS),
                "tool tests skipped on request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=8,w=4,dot=3,mac", "drum:n=8,k=4,sign=sm,dot=3"})
    void defaultCosimKillsEveryNonEquivalentMutantOfADotProductUnit(String text) {
        sample(text);
    }

    /** The fused exact unit: every lane's Booth rows in one tree (80 s of building and simulating). */
    @Tag("long")
    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8,dot=3,mac"})
    void defaultCosimKillsEveryNonEquivalentMutantOfAFusedExactDotProduct(String text) {
        sample(text);
    }

    private void sample(String text) {
        MacMutationRun.assertSampleOfEveryModuleKilled(text, SAMPLE, work);
    }
}
