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
    private static final String LOW_HALF = "DRUM-4 needs the leading-one position only when x[7:4] != 0 (else the"
            + " segment is x itself, shift 0); the low-half position and its select are then never used";

    /** Equivalent survivors by kind: the mutant's description and why it cannot change the product. */
    private static final Map<String, Map<String, String>> EQUIVALENT = Map.of(
            // fixed: the generator names the sign-extended operands (a_extended, b_extended), so shortening
            // a replication now changes a wire's width and is caught; no equivalent survivor remains
            "fixed:n=8,arch=star", Map.of(),
            "fixed:n=8,arch=booth,adder=ripple", Map.of(
                    "assign booth_two = {(b[7] & (~b[6]) & (~b[5])) | ((~b[7]) & b[6] & b[5]), (b[5] & (~b[4]) & (~b[3])) | ((~b[5]) & b[4] & b[3]), (b[3] & (~b[2]) & (~b[1])) | ((~b[3]) & b[2] & b[1]), (b[1] & (~b[0]) & (~1'd0)) | ((~b[1]) & b[0] & 1'd0)}  =>  {(b[7] & (~b[6]) & (~b[5])) | ((~b[7]) & b[6] & b[5]), (b[5] & (~b[4]) & (~b[3])) | ((~b[5]) & b[4] & b[3]), (b[3] & (~b[2]) & (~b[1])) | ((~b[3]) & b[2] & b[1]), (b[1] & (~b[0]) & (~1'd0)) | ((~b[0]) & b[0] & 1'd0)}  (move a bit select)",
                    "the moved select is inside a product with the constant 1'd0 (bit -1 of the multiplier), so the term is 0 either way",
                    "assign g_l13_13 = generate_bits[13] | (propagate_bits[13] & g_l12_12)  =>  generate_bits[13] ^ (propagate_bits[13] & g_l12_12)  ('|' -> '^')",
                    "generate_bits[i] = a & b and propagate_bits[i] = a ^ b are never both 1, so g | (p & G) = g ^ (p & G)",
                    "assign g_l3_3 = generate_bits[3] | (propagate_bits[3] & g_l2_2)  =>  generate_bits[3] ^ (propagate_bits[3] & g_l2_2)  ('|' -> '^')",
                    "generate_bits[i] = a & b and propagate_bits[i] = a ^ b are never both 1, so g | (p & G) = g ^ (p & G)",
                    "assign g_l8_8 = generate_bits[8] | (propagate_bits[8] & g_l7_7)  =>  generate_bits[8] ^ (propagate_bits[8] & g_l7_7)  ('|' -> '^')",
                    "generate_bits[i] = a & b and propagate_bits[i] = a ^ b are never both 1, so g | (p & G) = g ^ (p & G)"),
            "fixed:n=8,arch=dadda,adder=sklansky", Map.of(
                    "assign fa_l2_c9_0 = {(fa_l1_c8_0[1] & fa_l1_c8_1[1]) | (fa_l1_c9_0[0] & (fa_l1_c8_0[1] ^ fa_l1_c8_1[1])), fa_l1_c8_0[1] ^ fa_l1_c8_1[1] ^ fa_l1_c9_0[0]}  =>  {(fa_l1_c8_0[1] & fa_l1_c8_1[1]) | (fa_l1_c9_0[0] & (fa_l1_c8_0[1] | fa_l1_c8_1[1])), fa_l1_c8_0[1] ^ fa_l1_c8_1[1] ^ fa_l1_c9_0[0]}  ('^' -> '|')",
                    "the carry x & y | z & (x ^ y) equals x & y | z & (x | y): where x ^ y and x | y differ, x & y is 1"),
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
            "drum:n=8,k=4,sign=sm", Map.of(
                    "assign found = found_l2_1 | found_l2_0  =>  (~found_l2_1) | found_l2_0  (invert a signal)",
                    UNUSED_FOUND,
                    "assign found_l1_0 = x[1] | x[0]  =>  x[1] | 1'b0  (bit stuck at 0)",
                    "found_l1_0 feeds only found_l2_0 and the low-half position: " + UNUSED_FOUND + "; " + LOW_HALF,
                    "assign found_l1_1 = x[3] | x[2]  =>  x[3] & x[2]  ('|' -> '&')",
                    "found_l1_1 selects within the low-half position and feeds found_l2_0: " + LOW_HALF,
                    "assign found_l1_1 = x[3] | x[2]  =>  x[3] | 1'b0  (bit stuck at 0)",
                    "as above: " + LOW_HALF,
                    "assign found_l2_0 = found_l1_1 | found_l1_0  =>  found_l1_0 | found_l1_0  (use another signal)",
                    "found_l2_0 feeds only 'found': " + UNUSED_FOUND,
                    "assign position = found_l2_1 ? {1'd1, position_l2_1} : {1'd0, position_l2_0}  =>  found_l2_1 ?"
                            + " {1'd1, position_l2_1} : {1'd0, found_l2_1}  (use another signal)",
                    "the changed arm is selected only when x[7:4] = 0: " + LOW_HALF,
                    "assign position_l2_0 = found_l1_1 ? {1'd1, position_l1_1} : {1'd0, position_l1_0}  =>  found_l1_1"
                            + " ? {1'd1, (~position_l1_1)} : {1'd0, position_l1_0}  (invert a signal)",
                    LOW_HALF));

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    /**
     * The fixed kind's generated datapaths: a radix-4 Booth design (Booth encoder, partial-product
     * selectors, Dadda tree, ripple adder) and an AND-array Dadda tree with a Sklansky adder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8,arch=booth,adder=ripple", "fixed:n=8,arch=dadda,adder=sklansky"})
    void cosimReportsEveryNonEquivalentMutantOfBoothAndTreeDesigns(String text) {
        cosimReportsEveryNonEquivalentMutant(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8,arch=star", "mitchw:n=8,w=6", "drum:n=8,k=4,sign=sm"})
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
