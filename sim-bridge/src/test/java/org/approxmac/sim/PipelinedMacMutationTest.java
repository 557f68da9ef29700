package org.approxmac.sim;


import java.nio.file.Path;
import java.util.Map;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault detection for pipelined designs, one of every integer kind (and the fixed kind's radix-4 rows, whose
 * hard multiple is a ripple-carry block in a pipelined unit): mutants of every module of a
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
    @ValueSource(strings = {"mitchw:n=8,w=4,stages=2,mac", "fixed:n=8,stages=2,mac", "fixed:n=8,arch=radix4,stages=2,mac",
        "drum:n=8,k=4,sign=sm,stages=2", "mitchell:n=8,sign=sm,stages=2,mac", "mitchwu:n=8,w=4,sign=sm,stages=3"})
    void defaultCosimKillsEveryNonEquivalentMutantOfAPipelinedDesign(String text) {
        MacMutationRun.assertSampleOfEveryModuleKilled(text, SAMPLE, work, REACHABLE.getOrDefault(text, Map.of()));
    }

    /** The pipelined c1 wrapper's output choices: the kept and filled bit, delayed into stage 1. */
    private static final String DELAYED = "keep_one_s1 : fill_one_s1";

    /**
     * Survivors equivalent on every state reachable from reset that the prover, which takes any register
     * state as possible, cannot show: by spec, the mutant's description and the reason.
     */
    private static final Map<String, Map<String, String>> REACHABLE = Map.of(
            "mitchw:n=8,w=4,stages=2,mac", Map.of(
                    "_mul: assign z = " + MutationTest.c1Output(16, -1, null, DELAYED) + "  =>  "
                            + MutationTest.c1Output(16, 15, "1'b0 ? " + DELAYED, DELAYED) + "  (bit stuck at 0)",
                    "in c1 the core's operands are one's-complement magnitudes below 2^7, so the log sum held by the"
                            + " stage-1 registers has a characteristic of at most 13 and the product stays below 2^14:"
                            + " core_product[15] is always 0 from reset on (the prover's free register states reach 15)"));
}
