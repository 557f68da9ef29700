package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.sim.RtlMutants.Mutant;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;
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
 * random cycles; all mutants of a spec in one batched build). Every mutant must be killed, unless
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
 * {@code mvn -Plong-tests}, as every long test of the project) runs every mutant, in batches.
 */
class FloatMacMutationTest {
    /** Mutants sampled per spec in the default run (besides the named ones). */
    private static final int SAMPLE = 22;
    /** Mutants per Verilator build in the full run. */
    private static final int BATCH = 48;
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

    private static List<Mutant> mutants(UnitSpec spec, String top) {
        return RtlMutants.all(Rtl.generate(spec, top).verilog(), top, n -> ADDER_PARTS.matcher(n).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "fp32,mac"})
    void defaultCosimKillsEveryNonEquivalentMutantOfAlignerNormaliserAndRounder(String text) throws IOException {
        run(text, System.getProperty("approxmac.mutants", "sample"));
    }

    /** Every mutant, not a sample: a long test ({@code mvn -Plong-tests}), not run by CI. */
    @ParameterizedTest
    @ValueSource(strings = {"bf16,mac", "fp32,mac"})
    @Tag("long")
    void defaultCosimKillsEveryNonEquivalentMutantOfTheFullSet(String text) throws IOException {
        run(text, "all");
    }

    private void run(String text, String wanted) throws IOException {
        UnitSpec spec = UnitSpec.parse(text);
        List<Mutant> all = mutants(spec, "mx");
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
        for (int k = 0; k < sample; k++) {
            chosen.add((int) ((long) k * all.size() / sample));
        }
        List<Integer> order = new ArrayList<>(chosen);
        List<String> problems = new ArrayList<>();
        int killed = 0;
        int equivalent = 0;
        int firstKilled = -1;
        for (int from = 0; from < order.size(); from += BATCH) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
            List<CosimResult> results = cosimulate(spec, batch);
            for (int m = 0; m < batch.size(); m++) {
                if (!results.get(m).passed()) {
                    killed++;
                    firstKilled = firstKilled < 0 ? batch.get(m) : firstKilled;
                    continue;
                }
                String verdict = equivalence(spec, batch.get(m));
                if (verdict == null) {
                    equivalent++;
                } else {
                    problems.add(descriptions.get(batch.get(m)) + "\n    survived and is not proven equivalent: "
                            + verdict);
                }
            }
        }
        System.out.printf("%s: %d of %d mutants run: %d killed, %d proven equivalent, %d problems%n", text,
                order.size(), all.size(), killed, equivalent, problems.size());
        assertEquals(List.of(), problems, text + ": surviving non-equivalent mutants");
        // the checker is not vacuous: a mutant that co-simulation killed is not proven equivalent
        assertTrue(firstKilled >= 0);
        String killedVerdict = equivalence(spec, firstKilled);
        assertTrue(killedVerdict != null && killedVerdict.contains("model found: FAIL"), String.valueOf(killedVerdict));
    }

    /** Runs the default MAC plan on a batch of mutants (indices into {@link #mutants}). */
    private static List<CosimResult> cosimulate(UnitSpec spec, List<Integer> indices) {
        List<RtlSource> rtls = new ArrayList<>();
        for (int i : indices) {
            String name = String.format("m%04d_%s", i, spec.identifier());
            rtls.add(new RtlSource(name, mutants(spec, name).get(i).verilog(), "mutant " + i));
        }
        DutShape shape = DutShape.of(spec);
        SimModel model = Fixtures.builder().build(BatchRtl.of(rtls, shape), shape.batch(rtls.size()));
        Mac golden = Units.mac(spec);
        MacPlan plan = MacPlan.parse("all", spec, CosimRequest.DEFAULT_CYCLES, CosimRequest.DEFAULT_SEED);
        List<CosimResult> results = Fixtures.cosim().macs(model, Collections.nCopies(rtls.size(), golden), plan,
                Cosim.Progress.NONE);
        for (CosimResult r : results) {
            assertEquals(plan.total(), r.vectors());
        }
        return results;
    }

    /**
     * Null when Yosys proves mutant {@code i} equivalent to the original design (miter, sat
     * induction), else the solver's verdict.
     */
    private String equivalence(UnitSpec spec, int i) throws IOException {
        Path dir = Files.createTempDirectory(work, "equiv");
        Files.writeString(dir.resolve("gold.v"), Rtl.generate(spec, "gold").verilog());
        Files.writeString(dir.resolve("gate.v"), mutants(spec, "gate").get(i).verilog());
        Files.writeString(dir.resolve("equiv.ys"), String.join("\n",
                "read_verilog gold.v",
                "read_verilog gate.v",
                "proc",
                "flatten",
                "expose -evert-dff gold/t:$dff gate/t:$dff",
                "miter -equiv -flatten -make_outputs gold gate miter",
                "hierarchy -top miter",
                "opt_clean",
                "opt_merge -share_all",
                "opt_clean",
                "sat -prove trigger 0 -show-inputs -show-outputs miter",
                ""));
        ToolResult r = Toolchain.system().run(Tool.YOSYS, List.of("-s", "equiv.ys"), dir, Duration.ofMinutes(10));
        String out = (r.stdout() + "\n" + r.stderr()).strip();
        if (r.exitCode() == 0 && out.contains("SAT proof finished - no model found: SUCCESS!")) {
            return null;
        }
        // the counterexample: inputs, the accumulator, and both next accumulators
        return out.lines().filter(l -> l.contains("ERROR") || l.contains("model found")
                || l.matches("\\s+\\\\(in_.*|gold_acc\\.d|gate_acc\\.d)\\s.*")).limit(14)
                .reduce((x, y) -> x + "\n      " + y).orElse(out);
    }
}
