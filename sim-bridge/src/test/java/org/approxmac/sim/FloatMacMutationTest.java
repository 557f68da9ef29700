package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.approxmac.sim.RtlMutants.Mutant;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault detection for the floating-point MACs: mutants of the accumulator adder's aligner, normaliser
 * (leading-one detector, shifter) and rounder, regenerated from the RTL the generator emits now
 * ({@link RtlMutants} on the modules whose names contain {@code align} or {@code round}), each run
 * with the default {@code cosim SPEC,mac} cycles (corner pairs, the constructive classes, 200,000
 * random cycles), all from one Verilator build of the spec's mutant schema ({@link RtlMutants#schema}:
 * every mutant in one design, selected at run time by {@code +mutant=I}). Every mutant must be killed, unless
 * Yosys proves it equivalent to the original: both designs are flattened, the accumulator register
 * is cut open ({@code expose -evert-dff} on the flip-flops only: its output becomes a shared input,
 * its next value an output), the two are joined in a miter ({@code miter -equiv}, identical logic merged by
 * {@code opt_merge}) and {@code sat -prove trigger 0} shows that no input and no accumulator value
 * gives a different next accumulator (or a different acc). That is combinational equivalence of the
 * next-state logic, which implies equivalence from reset (the induction step holds for every state).
 * A survivor that is not proven equivalent fails the test with the solver's counterexample.
 *
 * <p>The default run takes the two mutants of issue 19 (bf16) and a sample spread evenly over all
 * mutants ({@code -Dapproxmac.mutants=N}: a sample of N); the long test (JUnit tag {@code long},
 * {@code mvn -Plong-tests}, as every long test of the project) runs every mutant (3,294 of the two
 * specs), two Yosys proofs at a time.
 */
class FloatMacMutationTest {
    /** Mutants sampled per spec in the default run (besides the named ones). */
    private static final int SAMPLE = 22;
    private static final Pattern ADDER_PARTS = Pattern.compile(".*(align|round).*");

    /** The two mutants of issue 19: they survived 20 M random cycles before the constructive classes. */
    private static final List<String> NAMED_BF16 = List.of(
            "_round_lzc_lod: assign found_l1_6 = x[13] | x[12]  =>  x[13] | x[11]  (move a bit select)",
            "_round_lzc_lod: assign position_l2_0 = found_l1_1 ? {1'd1, position_l1_1} : {1'd0, position_l1_0}  =>"
                    + "  found_l1_1 ? {1'd0, position_l1_1} : {1'd0, position_l1_0}  (flip bit 0 of a constant)");

    @TempDir
    Path work;

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "fp32,mac"})
    void defaultCosimKillsEveryNonEquivalentMutantOfAlignerNormaliserAndRounder(String text) {
        run(text, System.getProperty("approxmac.mutants", "sample"));
    }

    /** Every mutant, not a sample: a long test ({@code mvn -Plong-tests}), not run by CI. */
    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "fp32,mac"})
    @Tag("long")
    void defaultCosimKillsEveryNonEquivalentMutantOfTheFullSet(String text) {
        run(text, "all");
    }

    private void run(String text, String wanted) {
        UnitSpec spec = UnitSpec.parse(text);
        MacMutationRun run = new MacMutationRun(spec, n -> ADDER_PARTS.matcher(n).matches(), work);
        List<Mutant> all = run.all();
        assertTrue(all.size() >= 200, text + ": only " + all.size() + " mutants of the aligner, normaliser and rounder");
        List<String> descriptions = all.stream().map(Mutant::description).toList();
        Set<Integer> chosen = new LinkedHashSet<>();
        if (spec.kind().specName().equals("bf16")) {
            for (String named : NAMED_BF16) {
                int i = descriptions.indexOf(named);
                assertTrue(i >= 0, "the mutant of issue 19 is no longer generated: " + named);
                chosen.add(i);
            }
        }
        int sample = wanted.equals("all") ? all.size() : wanted.matches("\\d+") ? Integer.parseInt(wanted) : SAMPLE;
        chosen.addAll(run.sample(sample));
        run.assertEveryNonEquivalentMutantKilled(new ArrayList<>(chosen), true);
    }
}
