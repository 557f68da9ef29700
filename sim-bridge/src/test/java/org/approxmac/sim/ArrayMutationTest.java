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
 * Fault detection for arrays that share their operands' conversion: mutants of every module (the row
 * and column conversions, the elements' combination, sign handling and accumulators, the array's
 * output), a sample spread evenly over all, each run with the default {@code cosim} MAC plan from one
 * build of the design's mutant schema; every one must be killed or proven equivalent by Yosys
 * ({@link MacMutationRun}).
 */
class ArrayMutationTest {
    private static final int SAMPLE = 40;

    @TempDir
    Path work;

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.YOSYS),
                "tool tests skipped on request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitchw:n=8,w=4,mac,rows=2,cols=3"})
    void defaultCosimKillsEveryNonEquivalentMutantOfASharedArray(String text) {
        MacMutationRun.assertSampleOfEveryModuleKilled(text, SAMPLE, work);
    }

    /** The shared DRUM array (its segment selection converted once per row and column). */
    @Tag("long")
    @ParameterizedTest
    @ValueSource(strings = {"drum:n=8,k=4,sign=sm,mac,rows=3,cols=2"})
    void defaultCosimKillsEveryNonEquivalentMutantOfASharedDrumArray(String text) {
        MacMutationRun.assertSampleOfEveryModuleKilled(text, SAMPLE, work);
    }
}
