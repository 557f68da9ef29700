package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.sim.RtlMutants.Mutant;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.ToolGate;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault detection: mutants of the generated n = 8 RTL (see {@link RtlMutants}) are co-simulated
 * with the vectors of {@code cosim --vectors all} (corners + all 2^16 pairs), all mutants of one
 * kind in one Verilator build (DRUM with k = 4 and exact sign handling: with k = 6 and c1 most of its
 * leading-one detector is dead logic at n = 8, which would make a weak mutant set). Every mutant must
 * be reported, except the survivors listed in
 * {@link #EQUIVALENT} with the reason each one is equivalent. Because the run is exhaustive over the
 * inputs of a combinational unit, a survivor IS equivalent; the list pins down which ones, so a
 * weaker check or a generator change that creates new survivors fails here.
 */
class MutationTest {
    private static final int MUTANTS = 40;

    /** Equivalent survivors by kind: the mutant's description and why it cannot change the product. */
    private static final String UNUSED_FOUND = "the leading-one detector's 'found' output is not used by the core"
            + " (zero operands are handled by the sign wrapper / the segment logic), so logic feeding only it is dead";
    private static final String DEAD_LINES = "DRUM-4 selects its segment only by the one-hot lines onehot[7:4] and"
            + " large = above[3] (a smaller operand is its own segment, shift 0): onehot[3:0] and the other 'above' bits"
            + " are dead logic";
    private static final String ONEHOT = "assign onehot = {x[7], x[6] & (~above_6), x[5] & (~above_5), x[4] & (~above_4),"
            + " x[3] & (~above_3), x[2] & (~above_2), x[1] & (~above_1), x[0] & (~above_0)}";

    /** Equivalent survivors by kind: the mutant's description and why it cannot change the product. */
    private static final Map<String, Map<String, String>> EQUIVALENT = Map.of(
            // fixed: the generator names the sign-extended operands (a_extended, b_extended), so shortening
            // a replication now changes a wire's width and is caught; no equivalent survivor remains
            "fixed:n=8", Map.of(),
            // w = 4 (K = 3 fraction bits): the fraction is selected from one-hot leading-one lines
            "mitchw:n=8,w=4", Map.of(),
            "mitchw:n=8,w=6", Map.of(
                    "assign align_shift_x = 3'd7 - characteristic_x  =>  3'd7 ^ characteristic_x  ('-' -> '^')",
                    "for 3-bit c, 7 - c = 7 XOR c: subtracting from all ones never borrows",
                    "assign align_shift_y = 3'd7 - characteristic_y  =>  3'd7 ^ characteristic_y  ('-' -> '^')",
                    "as for x: 7 - c = 7 XOR c",
                    "assign found = found_l2_1 | found_l2_0  =>  (~found_l2_1) | found_l2_0  (invert a signal)",
                    UNUSED_FOUND,
                    "assign found_l1_0 = x[1] | x[0]  =>  1'b0 | x[0]  (bit stuck at 0)",
                    "found_l1_0 feeds only found_l2_0, which feeds only 'found': " + UNUSED_FOUND,
                    "assign found_l2_0 = found_l1_1 | found_l1_0  =>  found_l1_1 ^ found_l1_0  ('|' -> '^')",
                    "found_l2_0 feeds only 'found': " + UNUSED_FOUND),
            "drum:n=8,k=4,sign=sm", Map.ofEntries(
                    Map.entry("assign above = {1'd0, above_6, above_5, above_4, above_3, above_2, above_1, above_0}  =>"
                            + "  {1'd0, above_6, above_5, (~above_4), above_3, above_2, above_1, above_0}  (invert a signal)",
                            DEAD_LINES),
                    Map.entry("assign above_0 = above_1 | x[1]  =>  above_1 & x[1]  ('|' -> '&')",
                            "above_0 feeds only onehot[0] and above[0]: " + DEAD_LINES),
                    Map.entry("assign above_1 = above_2 | x[2]  =>  above_2 & x[2]  ('|' -> '&')",
                            "above_1 feeds only onehot[1:0], above[1:0] and above_0: " + DEAD_LINES),
                    Map.entry(ONEHOT + "  =>  {x[7], x[6] & (~above_6), x[5] & (~above_5), x[4] & (~above_4),"
                            + " x[3] & (~above_2), x[2] & (~above_2), x[1] & (~above_1), x[0] & (~above_0)}  (use another signal)",
                            "changes onehot[3]: " + DEAD_LINES),
                    Map.entry(ONEHOT + "  =>  {x[7], x[6] & (~above_6), x[5] & (~above_5), x[4] & (~above_4),"
                            + " x[3] & (~above_3), x[2] | (~above_2), x[1] & (~above_1), x[0] & (~above_0)}  ('&' -> '|')",
                            "changes onehot[2]: " + DEAD_LINES)));

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8", "mitchw:n=8,w=6", "mitchw:n=8,w=4", "drum:n=8,k=4,sign=sm"})
    void cosimReportsEveryNonEquivalentMutant(String text) {
        UnitSpec spec = UnitSpec.parse(text);
        List<Mutant> mutants = new ArrayList<>();
        List<RtlSource> rtls = new ArrayList<>();
        int count = RtlMutants.spread(Rtl.generate(spec).verilog(), MUTANTS).size();
        assertTrue(count >= 20, text + " has only " + count + " mutants");
        for (int i = 0; i < count; i++) {
            String name = String.format("m%02d_%s", i, spec.identifier());
            Mutant m = RtlMutants.spread(Rtl.generate(spec, name).verilog(), MUTANTS).get(i);
            mutants.add(m);
            rtls.add(new RtlSource(name, m.verilog(), "mutant " + i));
        }
        DutShape shape = DutShape.of(spec);
        SimModel model = Fixtures.builder().build(BatchRtl.of(rtls, shape), shape.batch(count));
        Multiplier golden = Units.multiplier(spec);
        List<CosimResult> results = Fixtures.cosim().multipliers(model, Collections.nCopies(count, golden),
                Collections.nCopies(count, ErrorBound.of(spec)), VectorPlan.parse("all", spec, 1), Cosim.Progress.NONE);
        List<String> survivors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertEquals(65536 + VectorPlan.parse("corners", spec, 1).total(), results.get(i).vectors());
            if (results.get(i).passed()) {
                survivors.add(mutants.get(i).description());
            }
        }
        assertEquals(EQUIVALENT.get(text).keySet().stream().sorted().toList(), survivors.stream().sorted().toList(),
                text + ": surviving mutants (equivalent ones must be listed with a reason)");
    }
}
