package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.sim.RtlMutants.Mutant;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/**
 * A mutation run over a MAC or a pipelined multiplier (any design with registers): the chosen mutants ({@link RtlMutants} of the assign statements of the
 * modules {@code modules} accepts) each co-simulated with the default {@code cosim SPEC,mac} plan
 * (corner pairs, the constructive classes, 200,000 random cycles, seed 1; a multiplier's
 * {@code --vectors all}), {@value #BATCH} per
 * Verilator build. Every mutant must be killed unless Yosys proves it equivalent: both designs
 * flattened, every register cut open ({@code expose -evert-dff}: its output a shared input, its next
 * value an output), a miter of the two ({@code miter -equiv}, identical logic merged by
 * {@code opt_merge}) and {@code sat -prove trigger 0}: no input and no register state gives a
 * different next state or output, which implies equivalence from reset. A pipelined multiplier has
 * no feedback, so its registers are not cut (a mutant may change a register whose value never
 * reaches z): a bounded proof from zero over L + 2 cycles, checked from cycle L + 1 on, when every
 * register holds a value its inputs gave, is complete for it. Used by the floating-MAC and
 * the pipelined-MAC mutation tests.
 */
final class MacMutationRun {
    /** Mutants per Verilator build. */
    static final int BATCH = 48;
    /** Yosys proofs run at once. */
    static final int PROVERS = 2;

    private final UnitSpec spec;
    private final Predicate<String> modules;
    private final Path work;
    private final List<Mutant> all;
    private SimModel schemaModel;

    /**
     * Runs {@code size} mutants spread evenly over every module of {@code spec}'s design (at least 100
     * in all) from one build of its mutant schema: each must be killed or proven equivalent.
     */
    static void assertSampleOfEveryModuleKilled(String spec, int size, Path work) {
        assertSampleOfEveryModuleKilled(spec, size, work, Map.of());
    }

    /**
     * As {@link #assertSampleOfEveryModuleKilled(String, int, Path)}, except for the survivors
     * {@code reachable} lists: mutants (by description) that change the design only in register states
     * no input sequence from reset reaches, which the prover, taking every register state as possible,
     * cannot show equivalent; each with the reason. Every one listed must be sampled and survive.
     */
    static void assertSampleOfEveryModuleKilled(String spec, int size, Path work, Map<String, String> reachable) {
        MacMutationRun run = new MacMutationRun(UnitSpec.parse(spec), module -> true, work);
        assertTrue(run.all().size() >= 100, spec + ": only " + run.all().size() + " mutants");
        run.assertEveryNonEquivalentMutantKilled(run.sample(size), true, reachable.keySet());
    }

    MacMutationRun(UnitSpec spec, Predicate<String> modules, Path work) {
        this.spec = spec;
        this.modules = modules;
        this.work = work;
        this.all = mutants("mx");
    }

    /** Every mutant, in a fixed order. */
    List<Mutant> all() {
        return all;
    }

    private List<Mutant> mutants(String top) {
        return RtlMutants.all(Rtl.generate(spec, top).verilog(), top, modules);
    }

    /** Mutant {@code i}'s text under the top name {@code top}: its one edit, not every mutant's text. */
    private String mutant(String top, int i) {
        String verilog = Rtl.generate(spec, top).verilog();
        return RtlMutants.edits(verilog, top, modules).get(i).apply(verilog);
    }

    /** A multiplier's default plan: {@code --vectors all}. */
    private VectorPlan vectors() {
        return VectorPlan.parse("all", spec, CosimRequest.DEFAULT_SEED);
    }

    /** A MAC's default plan: corner pairs, the constructive classes, the default random cycles. */
    private MacPlan plan() {
        return MacPlan.parse("all", spec, CosimRequest.DEFAULT_CYCLES, CosimRequest.DEFAULT_SEED);
    }

    /** Mutants spread evenly over all of them. */
    List<Integer> sample(int count) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int i = (int) ((long) k * all.size() / count);
            if (!out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Runs {@code chosen} (indices into {@link #all}) and fails listing every survivor Yosys does not
     * prove equivalent; also checks that the prover is not vacuous (a killed mutant is not proven).
     */
    void assertEveryNonEquivalentMutantKilled(List<Integer> chosen) {
        assertEveryNonEquivalentMutantKilled(chosen, false);
    }

    /**
     * As {@link #assertEveryNonEquivalentMutantKilled(List)}; with {@code schema}, every mutant is
     * simulated from one build of the mutant schema ({@link RtlMutants#schema}, the mutant chosen by a
     * plusarg), one simulator run each, instead of a build per {@value #BATCH} mutants: the full
     * floating-point sets (thousands of mutants) take minutes of simulation instead of hours of builds.
     */
    void assertEveryNonEquivalentMutantKilled(List<Integer> chosen, boolean schema) {
        assertEveryNonEquivalentMutantKilled(chosen, schema, Set.of());
    }

    private void assertEveryNonEquivalentMutantKilled(List<Integer> chosen, boolean schema, Set<String> reachable) {
        int firstKilled = -1;
        List<Integer> survivors = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int from = 0; from < chosen.size(); from += BATCH) {
            List<Integer> batch = chosen.subList(from, Math.min(chosen.size(), from + BATCH));
            List<CosimResult> results = schema ? cosimulateBySchema(batch) : cosimulate(batch);
            for (int m = 0; m < batch.size(); m++) {
                if (results.get(m).passed()) {
                    survivors.add(batch.get(m));
                } else if (firstKilled < 0 || spec.array() && inTop(firstKilled) && !inTop(batch.get(m))) {
                    // for an array the prover's own check takes a killed mutant inside a submodule: the prover pairs
                    // registers by name, and a mutant of an array top's output concatenation changes which names
                    // alias the registers (simulation kills such mutants; a survivor there would fail as unproven)
                    firstKilled = batch.get(m);
                }
            }
        }
        long t1 = System.nanoTime();
        // the proofs are independent Yosys runs: two at a time (one per core of the CI machine)
        ForkJoinPool pool = new ForkJoinPool(PROVERS);
        List<String> verdicts;
        try {
            verdicts = pool.submit(() -> survivors.parallelStream().map(this::equivalence).toList()).join();
        } finally {
            pool.shutdown();
        }
        List<String> problems = new ArrayList<>();
        Set<String> unproven = new TreeSet<>();
        for (int k = 0; k < survivors.size(); k++) {
            if (verdicts.get(k) != null && reachable.contains(all.get(survivors.get(k)).description())) {
                unproven.add(all.get(survivors.get(k)).description());
            } else if (verdicts.get(k) != null) {
                problems.add(all.get(survivors.get(k)).description() + "\n    survived and is not proven equivalent: "
                        + verdicts.get(k));
            }
        }
        System.out.printf("%s: %d of %d mutants run: %d killed, %d proven equivalent, %d listed as equivalent on"
                + " reachable states, %d problems (%s: %.0f s building and simulating, %.0f s proving)%n",
                spec.canonical(), chosen.size(), all.size(), chosen.size() - survivors.size(),
                survivors.size() - problems.size() - unproven.size(), unproven.size(), problems.size(),
                schema ? "one schema build" : "builds of " + BATCH, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        assertEquals(List.of(), problems, spec.canonical() + ": surviving non-equivalent mutants");
        assertEquals(new TreeSet<>(reachable), unproven, spec.canonical()
                + ": the listed mutants, equivalent only on reachable states, must be sampled, survive and stay unproven");
        assertTrue(firstKilled >= 0);
        String killedVerdict = equivalence(firstKilled);
        int checked = firstKilled;
        assertTrue(killedVerdict != null && killedVerdict.contains("model found: FAIL"),
                () -> all.get(checked).description() + ": " + killedVerdict);
    }

    /** Whether mutant {@code i} edits the top module (its description names the module by its suffix, empty for the top). */
    private boolean inTop(int i) {
        return all.get(i).description().startsWith(": ");
    }

    /**
     * Runs the default plan on a batch of mutants (indices into {@link #all}): a MAC's, or for a
     * (pipelined) multiplier {@code --vectors all}.
     */
    private List<CosimResult> cosimulate(List<Integer> indices) {
        List<RtlSource> rtls = new ArrayList<>();
        for (int i : indices) {
            String name = String.format("m%04d_%s", i, spec.identifier());
            rtls.add(new RtlSource(name, mutant(name, i), "mutant " + i));
        }
        DutShape shape = DutShape.of(spec);
        SimModel model = Fixtures.builder().build(BatchRtl.of(rtls, shape), shape.batch(rtls.size()));
        if (!spec.mac()) {
            VectorPlan vectors = vectors();
            List<CosimResult> results = spec.dot()
                    ? Fixtures.cosim().dots(model, Collections.nCopies(rtls.size(), Units.dot(spec)), vectors,
                            Cosim.Progress.NONE)
                    : Fixtures.cosim().multipliers(model, Collections.nCopies(rtls.size(), Units.multiplier(spec)),
                            Collections.nCopies(rtls.size(), ErrorBound.of(spec)), vectors, Cosim.Progress.NONE);
            results.forEach(r -> assertEquals(vectors.total(), r.vectors()));
            return results;
        }
        Mac golden = Units.mac(spec);
        MacPlan plan = plan();
        List<CosimResult> results = Fixtures.cosim().macs(model, Collections.nCopies(rtls.size(), golden), plan,
                Cosim.Progress.NONE);
        for (CosimResult r : results) {
            assertEquals(plan.total(), r.vectors());
        }
        return results;
    }

    /**
     * Runs the default plan on each mutant of {@code indices} through the schema model, built once
     * (and checked first: unmutated, it must pass).
     */
    private List<CosimResult> cosimulateBySchema(List<Integer> indices) {
        if (schemaModel == null) {
            String top = "mx";
            RtlSource rtl = new RtlSource(top, RtlMutants.schema(Rtl.generate(spec, top).verilog(), top, modules),
                    "mutant schema");
            schemaModel = Fixtures.builder().build(rtl, DutShape.of(spec));
            CosimResult original = cosimulateOne(-1);
            assertTrue(original.passed(), "the schema with no mutant selected fails: " + original);
        }
        List<CosimResult> results = new ArrayList<>();
        for (int i : indices) {
            results.add(cosimulateOne(i));
        }
        return results;
    }

    /** The default plan on the schema model with mutant {@code i} selected (-1: none). */
    private CosimResult cosimulateOne(int i) {
        try {
            Path script = work.resolve("mutant" + i + ".sh");
            Files.writeString(script, "#!/bin/sh\nexec '" + schemaModel.executable().toAbsolutePath() + "' +"
                    + RtlMutants.SELECTOR + "=" + i + "\n");
            if (!script.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + script + " executable");
            }
            SimModel model = new SimModel(script, schemaModel.rtl(), schemaModel.shape(), schemaModel.ports(), true);
            CosimResult result;
            if (!spec.mac()) {
                VectorPlan vectors = vectors();
                result = spec.dot() ? Fixtures.cosim().dot(model, Units.dot(spec), vectors, Cosim.Progress.NONE)
                        : Fixtures.cosim().multipliers(model, List.of(Units.multiplier(spec)),
                                List.of(ErrorBound.of(spec)), vectors, Cosim.Progress.NONE).get(0);
                assertEquals(vectors.total(), result.vectors());
            } else {
                MacPlan plan = plan();
                // a screen first: the classes of one chunk each, the same cycles as in the full plan (a
                // chunk's cycles depend only on the seed and the chunk's index, and every chunk starts from
                // a reset), so a mutant it kills, the full plan kills; a mutant it passes runs the full plan
                MacPlan screen = new MacPlan(plan.parts().stream().filter(p -> p.count() <= Cosim.CHUNK).toList(),
                        plan.seed());
                result = Fixtures.cosim().mac(model, Units.mac(spec), screen, Cosim.Progress.NONE);
                assertEquals(screen.total(), result.vectors());
                if (result.passed()) {
                    result = Fixtures.cosim().mac(model, Units.mac(spec), plan, Cosim.Progress.NONE);
                    assertEquals(plan.total(), result.vectors());
                }
            }
            Files.delete(script);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Null when Yosys proves mutant {@code i} equivalent to the original design, else the solver's
     * verdict. The solver first runs on the miter as built, for at most {@value #QUICK_PROOF_SECONDS} s
     * (a counterexample or a small proof comes in a second or two); a proof it cannot finish in that time
     * (an equivalence that rests on arithmetic, e.g. the range of an exponent difference) is run again
     * after ABC has resynthesised the miter into AND gates, whose functional reduction merges the
     * equivalent internal nodes of the two designs, so the solver sees a miter that is mostly (or
     * wholly) constant: seconds instead of the ten minutes plain SAT was measured to need for such a
     * mutant. Both are sound: ABC's resynthesis keeps the function of every output.
     */
    String equivalence(int i) {
        String quick = prove(i, false);
        return quick != null && quick.contains("TIMEOUT") ? prove(i, true) : quick;
    }

    /** Seconds the solver gets on the miter as built before the proof is retried on its ABC resynthesis. */
    static final int QUICK_PROOF_SECONDS = 20;

    private String prove(int i, boolean resynthesise) {
        try {
            Path dir = Files.createTempDirectory(work, "equiv");
            Files.writeString(dir.resolve("gold.v"), Rtl.generate(spec, "gold").verilog());
            Files.writeString(dir.resolve("gate.v"), mutant("gate", i));
            int latency = spec.latency();
            String limit = resynthesise ? "" : "-timeout " + QUICK_PROOF_SECONDS + " ";
            Files.writeString(dir.resolve("equiv.ys"), String.join("\n",
                    "read_verilog gold.v",
                    "read_verilog gate.v",
                    "proc",
                    "flatten",
                    spec.mac() ? "expose -evert-dff gold/t:$dff gate/t:$dff" : "",
                    "miter -equiv -flatten -make_outputs gold gate miter",
                    "hierarchy -top miter",
                    "opt_clean",
                    "opt_merge -share_all",
                    "opt_clean",
                    resynthesise ? "techmap; opt -fast; abc -g AND; opt_clean" : "",
                    spec.mac() ? "sat " + limit + "-prove trigger 0 -show-inputs -show-outputs miter"
                            // a pipelined multiplier has no feedback: after L edges its registers hold any
                            // state its inputs can give, so a proof at steps L+1, L+2 from zero is complete
                            : "sat " + limit + "-seq " + (latency + 2) + " -prove-skip " + latency
                            + " -set-init-zero -prove trigger 0 -show-inputs -show-outputs miter",
                    ""));
            ToolResult r = Toolchain.system().run(Tool.YOSYS, List.of("-s", "equiv.ys"), dir, Duration.ofMinutes(10));
            String out = (r.stdout() + "\n" + r.stderr()).strip();
            if (r.exitCode() == 0 && out.contains("SAT proof finished - no model found: SUCCESS!")) {
                return null;
            }
            // the counterexample: inputs, the registers, and both next states (or the solver's timeout)
            return out.lines().filter(l -> l.contains("ERROR") || l.contains("model found") || l.contains("TIMEOUT")
                    || l.matches("\\s+\\\\(in_.*|gold_.*\\.d|gate_.*\\.d)\\s.*")).limit(14)
                    .reduce((x, y) -> x + "\n      " + y).orElse(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
