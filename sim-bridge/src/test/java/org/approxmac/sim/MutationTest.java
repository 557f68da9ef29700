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
 * {@link #FIXED_EQUIVALENT} and {@link #APPROXIMATE_EQUIVALENT} with the reason each one is equivalent. Because the run is exhaustive over the
 * inputs of a combinational unit, a survivor IS equivalent; the list pins down which ones, so a
 * weaker check or a generator change that creates new survivors fails here.
 */
class MutationTest {
    private static final int MUTANTS = 40;

    /** Equivalent survivors by kind: the mutant's description and why it cannot change the product. */
    private static final String UNUSED_FOUND = "the leading-one detector's 'found' output is not used by the core"
            + " (zero operands are handled by the sign wrapper / the segment logic), so logic feeding only it is dead";
    private static final String C1_TOP_BITS = "in c1 the core's operands are one's-complement magnitudes below 2^(N-1),"
            + " so P < 2^(2N-2): P[2N-1] and P[2N-2] are always 0 and their output bit is always fill_one";
    private static final String ONE_HOT_OR = "at most one line of a one-hot vector is set, so the OR of the selected"
            + " terms equals their XOR";
    private static final String DEAD_ABOVE = "Mitch-w uses only the one-hot lines: the 'above' output and line 0"
            + " (index 0, below every fraction bit) are dead logic";
    private static final String ANTILOG_FLOOR = "the antilog's K lowest bits lie below 2^0 and are dropped (floor), so"
            + " bit 0 of its shifter's result never reaches the product";
    private static final String DEAD_LINES = "DRUM-4 selects its segment only by the one-hot lines onehot[7:4] and"
            + " large = above[3] (a smaller operand is its own segment, shift 0): onehot[3:0] and the other 'above' bits"
            + " are dead logic";
    private static final String SM_TOP = "in sm the core's operands are magnitudes below 2^(N-1): x[7] is 0, so"
            + " above_x_6 = x[7] is 0 and above_x_6 | x[6] equals above_x_6 ^ x[6]";
    private static final String FAR_PATH_TOP = "with n = 8 and k = 4 the leading zeros total at most 2(n - k) = 8, so the"
            + " far path serves only the amount 8 (amount[1] = 0); the flipped bit starts at the top of the word and,"
            + " with amount[3] = 0, stays in the near path's window, which the near path replaces whenever amount[1]"
            + " can be 1";
    private static final String CARRY_OR = "a full adder's carry x & y | z & (x ^ y) equals x & y | z & (x | y): where"
            + " x ^ y and x | y differ, x & y is 1";
    private static final String CARRY_XOR = "x & y and x ^ y are never both 1, so a full adder's carry"
            + " x & y | z & (x ^ y) equals x & y ^ z & (x ^ y)";
    private static final String ONEHOT = "assign onehot = {x[7], x[6] & (~above_6), x[5] & (~above_5), x[4] & (~above_4),"
            + " x[3] & (~above_3), x[2] & (~above_2), x[1] & (~above_1), x[0] & (~above_0)}";

    /** Equivalent survivors by kind: the mutant's description and why it cannot change the product. */
    private static final Map<String, Map<String, String>> FIXED_EQUIVALENT = Map.of(
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
            "fixed:n=8,arch=radix4,adder=ripple", Map.of(),
            "fixed:n=8,arch=dadda,adder=sklansky", Map.of(
                    "assign fa_l2_c9_0 = {(fa_l1_c8_0[1] & fa_l1_c8_1[1]) | (fa_l1_c9_0[0] & (fa_l1_c8_0[1] ^ fa_l1_c8_1[1])), fa_l1_c8_0[1] ^ fa_l1_c8_1[1] ^ fa_l1_c9_0[0]}  =>  {(fa_l1_c8_0[1] & fa_l1_c8_1[1]) | (fa_l1_c9_0[0] & (fa_l1_c8_0[1] | fa_l1_c8_1[1])), fa_l1_c8_0[1] ^ fa_l1_c8_1[1] ^ fa_l1_c9_0[0]}  ('^' -> '|')",
                    "the carry x & y | z & (x ^ y) equals x & y | z & (x | y): where x ^ y and x | y differ, x & y is 1"));

    private static final Map<String, Map<String, String>> APPROXIMATE_EQUIVALENT = Map.of(
            // w = 4 (K = 3 fraction bits): the fraction is selected from one-hot leading-one lines
            "mitchw:n=8,w=4", Map.ofEntries(
                    Map.entry("assign above = {1'd0, above_6, above_5, above_4, above_3, above_2, above_1, above_0}  =>  {1'd0"
                            + ", above_6, above_5, above_4, above_3, above_2, (~above_1), above_0}  (invert a signal)",
                            DEAD_ABOVE),
                    Map.entry("assign above_0 = above_1 | x[1]  =>  above_1 & x[1]  ('|' -> '&')",
                            "above_0 feeds only above[0] and onehot[0]: " + DEAD_ABOVE),
                    Map.entry(ONEHOT + "  =>  {x[7], x[6] & (~above_6), x[5] & (~above_5), x[4] & (~above_4), x[3] "
                            + "& (~above_3), x[2] & (~above_2), x[1] & (~above_1), x[0] ^ (~above_0)}  ('&' -> '^')",
                            "changes onehot[0] only: " + DEAD_ABOVE),
                    Map.entry("assign fraction_x = {|(leading_one_x[7:1] & x[6:0]), |(leading_one_x[7:2] & x[5:0]), |(leading_"
                            + "one_x[7:3] & x[4:0])}  =>  {|(leading_one_x[7:1] & x[6:0]), |(leading_one_x[7:2] & x[5:0]), ^(l"
                            + "eading_one_x[7:3] & x[4:0])}  ('|' -> '^')",
                            ONE_HOT_OR),
                    Map.entry("assign fraction_y = {|(leading_one_y[7:1] & y[6:0]), |(leading_one_y[7:2] & y[5:0]), |(leading_"
                            + "one_y[7:3] & y[4:0])}  =>  {|(leading_one_y[7:1] & y[6:0]), |(leading_one_y[7:2] & y[5:0]), ^(l"
                            + "eading_one_y[7:3] & y[4:0])}  ('|' -> '^')",
                            ONE_HOT_OR)),
            "mitchw:n=8,w=6", Map.ofEntries(
                    Map.entry("assign found_l1_0 = x[1] | x[0]  =>  x[1] ^ x[0]  ('|' -> '^')",
                            "feeds only 'found': " + UNUSED_FOUND),
                    Map.entry("assign found_l2_0 = found_l1_1 | found_l1_0  =>  found_l1_1 | found_l1_1  (use another signal)",
                            "feeds only 'found': " + UNUSED_FOUND),
                    Map.entry("assign result = amount[3] ? {stage2[12:0], 8'd0} : {8'd0, stage2}  =>  amount[3] ? {stage2[12:0],"
                            + " 8'd1} : {8'd0, stage2}  (flip bit 0 of a constant)",
                            ANTILOG_FLOOR),
                    Map.entry("assign z = " + c1Output(16, -1, null) + "  =>  "
                            + c1Output(16, 15, "core_product[14] ? keep_one : fill_one") + "  (move a bit select)",
                            C1_TOP_BITS)),
            // sampled again on 2026-12-06 (later), when the DRUM core took leading zeros, near and far paths and
            // its leading-one detectors inline
            "drum:n=8,k=4,sign=sm", Map.ofEntries(
                    Map.entry("assign above_x = {1'd0, above_x_6, above_x_5, above_x_4, above_x_3, above_x_2, above_x_1, "
                            + "above_x_0}  =>  {1'd1, above_x_6, above_x_5, above_x_4, above_x_3, above_x_2, above_x_1, "
                            + "above_x_0}  (flip bit 0 of a constant)",
                            "sets above_x[7]: " + DEAD_LINES),
                    Map.entry("assign above_x_1 = above_x_2 | x[2]  =>  (~above_x_2) | x[2]  (invert a signal)",
                            "above_x_1 feeds only onehot[1:0], above[1:0] and above_x_0: " + DEAD_LINES),
                    Map.entry("assign above_x_5 = above_x_6 | x[6]  =>  above_x_6 ^ x[6]  ('|' -> '^')",
                            SM_TOP),
                    Map.entry("assign above_y = {1'd0, above_y_6, above_y_5, above_y_4, above_y_3, above_y_2, above_y_1, "
                            + "above_y_0}  =>  {1'd0, above_y_6, above_y_5, above_y_4, above_y_3, above_y_2, (~above_y_1), "
                            + "above_y_0}  (invert a signal)",
                            "changes above_y[1]: " + DEAD_LINES),
                    Map.entry("assign above_y_0 = above_y_1 | y[1]  =>  (~above_y_1) | y[1]  (invert a signal)",
                            "above_y_0 feeds only onehot[0] and above[0]: " + DEAD_LINES),
                    Map.entry("assign above_y_2 = above_y_3 | y[3]  =>  above_y_3 | y[2]  (move a bit select)",
                            "above_y_2 feeds only onehot[2:0], above[2:0] and above_y_1: " + DEAD_LINES),
                    Map.entry("assign far_stage1 = amount[1] ? {2'd0, far_stage0[8:0]} : {far_stage0, 2'd0}  =>  amount[1] "
                            + "? {2'd2, far_stage0[8:0]} : {far_stage0, 2'd0}  (flip bit 1 of a constant)",
                            FAR_PATH_TOP),
                    Map.entry("assign leading_one_x = {x[7], x[6] & (~above_x_6), x[5] & (~above_x_5), x[4] & "
                            + "(~above_x_4), x[3] & (~above_x_3), x[2] & (~above_x_2), x[1] & (~above_x_1), x[0] & "
                            + "(~above_x_0)}  =>  {x[7], x[6] & (~above_x_6), x[5] & (~above_x_5), x[4] & (~above_x_4), "
                            + "x[2] & (~above_x_3), x[2] & (~above_x_2), x[1] & (~above_x_1), x[0] & (~above_x_0)}  (move "
                            + "a bit select)",
                            "changes onehot[3]: " + DEAD_LINES),
                    Map.entry("assign leading_one_x = {x[7], x[6] & (~above_x_6), x[5] & (~above_x_5), x[4] & "
                            + "(~above_x_4), x[3] & (~above_x_3), x[2] & (~above_x_2), x[1] & (~above_x_1), x[0] & "
                            + "(~above_x_0)}  =>  {x[7], x[6] & (~above_x_6), x[5] & (~above_x_5), x[4] & (~above_x_4), "
                            + "x[3] & (~above_x_3), 1'b1 & (~above_x_2), x[1] & (~above_x_1), x[0] & (~above_x_0)}  (bit "
                            + "stuck at 1)",
                            "changes onehot[2]: " + DEAD_LINES),
                    Map.entry("assign leading_one_x = {x[7], x[6] & (~above_x_6), x[5] & (~above_x_5), x[4] & "
                            + "(~above_x_4), x[3] & (~above_x_3), x[2] & (~above_x_2), x[1] & (~above_x_1), x[0] & "
                            + "(~above_x_0)}  =>  {x[7], x[6] & (~above_x_6), x[5] & (~above_x_5), x[4] & (~above_x_4), "
                            + "x[3] & (~above_x_3), x[2] ^ (~above_x_2), x[1] & (~above_x_1), x[0] & (~above_x_0)}  ('&' "
                            + "-> '^')",
                            "changes onehot[2]: " + DEAD_LINES),
                    Map.entry("assign leading_one_y = {y[7], y[6] & (~above_y_6), y[5] & (~above_y_5), y[4] & "
                            + "(~above_y_4), y[3] & (~above_y_3), y[2] & (~above_y_2), y[1] & (~above_y_1), y[0] & "
                            + "(~above_y_0)}  =>  {y[7], y[6] & (~above_y_6), y[5] & (~above_y_5), y[4] & (~above_y_4), "
                            + "1'b0 & (~above_y_3), y[2] & (~above_y_2), y[1] & (~above_y_1), y[0] & (~above_y_0)}  (bit "
                            + "stuck at 0)",
                            "changes onehot[3]: " + DEAD_LINES),
                    Map.entry("assign leading_one_y = {y[7], y[6] & (~above_y_6), y[5] & (~above_y_5), y[4] & "
                            + "(~above_y_4), y[3] & (~above_y_3), y[2] & (~above_y_2), y[1] & (~above_y_1), y[0] & "
                            + "(~above_y_0)}  =>  {y[7], y[6] & (~above_y_6), y[5] & (~above_y_5), y[4] & (~above_y_4), "
                            + "y[3] & (~above_y_3), y[2] & (~(~above_y_2)), y[1] & (~above_y_1), y[0] & (~above_y_0)}  "
                            + "(invert a signal)",
                            "changes onehot[2]: " + DEAD_LINES),
                    Map.entry("assign zeros_x = {|({~large_x, leading_one_x[4], leading_one_x[5], leading_one_x[6], "
                            + "leading_one_x[7]} & 5'd16), |({~large_x, leading_one_x[4], leading_one_x[5], "
                            + "leading_one_x[6], leading_one_x[7]} & 5'd12), |({~large_x, leading_one_x[4], "
                            + "leading_one_x[5], leading_one_x[6], leading_one_x[7]} & 5'd10)}  =>  {|({~large_x, "
                            + "leading_one_x[4], leading_one_x[5], leading_one_x[6], leading_one_x[7]} & 5'd16), "
                            + "|({~large_x, leading_one_x[4], leading_one_x[5], leading_one_x[6], leading_one_x[7]} & "
                            + "5'd12), |({~large_x, leading_one_x[4], leading_one_x[5], leading_one_x[6], "
                            + "leading_one_x[6]} & 5'd10)}  (move a bit select)",
                            "bit 0 of zeros_x ORs lines 1 and 3 (mask 5'd10): line 0, which the mutant changes, is masked out"),
                    Map.entry("assign zeros_y = {|({~large_y, leading_one_y[4], leading_one_y[5], leading_one_y[6], "
                            + "leading_one_y[7]} & 5'd16), |({~large_y, leading_one_y[4], leading_one_y[5], "
                            + "leading_one_y[6], leading_one_y[7]} & 5'd12), |({~large_y, leading_one_y[4], "
                            + "leading_one_y[5], leading_one_y[6], leading_one_y[7]} & 5'd10)}  =>  {|({~large_y, "
                            + "leading_one_y[4], leading_one_y[4], leading_one_y[6], leading_one_y[7]} & 5'd16), "
                            + "|({~large_y, leading_one_y[4], leading_one_y[5], leading_one_y[6], leading_one_y[7]} & "
                            + "5'd12), |({~large_y, leading_one_y[4], leading_one_y[5], leading_one_y[6], "
                            + "leading_one_y[7]} & 5'd10)}  (move a bit select)",
                            "bit 2 of zeros_y takes line 4 alone (mask 5'd16): line 2, which the mutant changes, is masked out"),
                    Map.entry("assign zeros_y = {|({~large_y, leading_one_y[4], leading_one_y[5], leading_one_y[6], "
                            + "leading_one_y[7]} & 5'd16), |({~large_y, leading_one_y[4], leading_one_y[5], "
                            + "leading_one_y[6], leading_one_y[7]} & 5'd12), |({~large_y, leading_one_y[4], "
                            + "leading_one_y[5], leading_one_y[6], leading_one_y[7]} & 5'd10)}  =>  {|({~large_y, "
                            + "leading_one_y[4], leading_one_y[5], leading_one_y[6], leading_one_y[7]} & 5'd16), "
                            + "|({~large_y, leading_one_y[4], leading_one_y[5], 1'b0, leading_one_y[7]} & 5'd12), "
                            + "|({~large_y, leading_one_y[4], leading_one_y[5], leading_one_y[6], leading_one_y[7]} & "
                            + "5'd10)}  (bit stuck at 0)",
                            "bit 1 of zeros_y ORs lines 2 and 3 (mask 5'd12): line 1, which the mutant sets to 0, is masked out")),
            "ilm:n=8,w=5,iter=2,sign=sm", Map.of(
                    "assign above = {1'd0, above_2, above_1, above_0}  =>  {1'd0, above_2, above_1, (~above_0)}  (invert"
                            + " a signal)",
                    "the iterations' leading-one detectors are used only by their one-hot lines: their 'above' outputs"
                            + " are discarded (unused_bits), so this is dead logic",
                    "assign fa_l2_c5_0 = {(ha_l1_c4_0[1] & ha_l1_c5_0[0]) | (term_x_1[5] & (ha_l1_c4_0[1] ^ ha_l1_c5_0[0])),"
                            + " ha_l1_c4_0[1] ^ ha_l1_c5_0[0] ^ term_x_1[5]}  =>  {(ha_l1_c4_0[1] & ha_l1_c5_0[0]) | (term_x_1[5]"
                            + " & (ha_l1_c4_0[1] | ha_l1_c5_0[0])), ha_l1_c4_0[1] ^ ha_l1_c5_0[0] ^ term_x_1[5]}  ('^' -> '|')",
                    CARRY_OR,
                    "assign fa_l3_c2_0 = {(fa_l2_c1_0[1] & fa_l2_c2_0[0]) | (term_y_2[2] & (fa_l2_c1_0[1] ^ fa_l2_c2_0[0])),"
                            + " fa_l2_c1_0[1] ^ fa_l2_c2_0[0] ^ term_y_2[2]}  =>  {(fa_l2_c1_0[1] & fa_l2_c2_0[0]) | (term_y_2[2]"
                            + " & (1'b0 ^ fa_l2_c2_0[0])), fa_l2_c1_0[1] ^ fa_l2_c2_0[0] ^ term_y_2[2]}  (bit stuck at 0)",
                    "the carry changes only where fa_l2_c1_0[1] = 1 and term_y_2[2] = 1, which never meet: term_y_2[2]"
                            + " needs residue_y_3 != 0 (so residue_y_1 has three ones, its leading one at bit 2 or 3, and"
                            + " term_x_1[1] = 0) and residue_x_2's leading one at bit 1 or 2; the carry fa_l2_c1_0[1] then"
                            + " needs term_y_1[1] = 1, i.e. residue_x_1's leading one at bit 0 or 1, which leaves"
                            + " residue_x_2 <= 1",
                    "assign found = found_l2_1 | found_l2_0  =>  found_l2_1 | (~found_l2_0)  (invert a signal)",
                    UNUSED_FOUND,
                    "assign found_l1_0 = x[1] | x[0]  =>  1'b1 | x[0]  (bit stuck at 1)", UNUSED_FOUND,
                    "assign ha_l2_c0_0 = {term_x_1[0] & term_y_1[0], term_x_1[0] ^ term_y_1[0]}  =>  {term_x_1[0] & 1'b0,"
                            + " term_x_1[0] ^ term_y_1[0]}  (bit stuck at 0)",
                    "term_x_1[0] needs residue_y_1's leading one at bit 0, i.e. residue_y_1 = 1, whose residue_y_2 is then"
                            + " 0, so term_y_1[0] = 0: this half adder's carry is always 0"),
            "roba:n=8", Map.of(
                    "assign fa_l1_c1_0 = {(y_times_xr[1] & x_times_yr[1]) | (minus_term[1] & (y_times_xr[1] ^ x_times_yr[1])),"
                            + " y_times_xr[1] ^ x_times_yr[1] ^ minus_term[1]}  =>  {(y_times_xr[1] & x_times_yr[1]) |"
                            + " (minus_term[1] & (y_times_xr[1] ^ 1'b0)), y_times_xr[1] ^ x_times_yr[1] ^ minus_term[1]}"
                            + "  (bit stuck at 0)",
                    "the two carries differ only when minus_term[1] and x_times_yr[1] are set and y_times_xr[1] is not;"
                            + " minus_term[1] needs x_r y_r <= 2, i.e. x, y in {1, 2}, where x_r = x and y_r = y, so"
                            + " bit 1 of y x_r equals bit 1 of x y_r",
                    "assign fa_l1_c5_0 = {(y_times_xr[5] & x_times_yr[5]) | (minus_term[5] & (y_times_xr[5] ^ x_times_yr[5])),"
                            + " y_times_xr[5] ^ x_times_yr[5] ^ minus_term[5]}  =>  {(y_times_xr[5] & x_times_yr[5]) ^"
                            + " (minus_term[5] & (y_times_xr[5] ^ x_times_yr[5])), y_times_xr[5] ^ x_times_yr[5] ^"
                            + " minus_term[5]}  ('|' -> '^')",
                    CARRY_XOR,
                    "assign power_y = {|(rounded_y & 9'd256), |(rounded_y & 9'd240), |(rounded_y & 9'd204), |(rounded_y &"
                            + " 9'd170)}  =>  {&(rounded_y & 9'd256), |(rounded_y & 9'd240), |(rounded_y & 9'd204),"
                            + " |(rounded_y & 9'd170)}  ('|' -> '&')",
                    "in sm the core's operands are magnitudes of at most 2^(N-1) = 128, which round to at most 128:"
                            + " rounded_y[8] is never set, so the OR of rounded_y & 256 is 0, as is the AND of a vector"
                            + " with zeros in it",
                    "assign rounded = " + robaRounded(" | ") + "  =>  " + robaRounded(" ^ ") + "  ('|' -> '^')",
                    "leading_one is one-hot, so leading_one[6] & ~x[5] and leading_one[5] & x[4] are never both 1: "
                            + ONE_HOT_OR,
                    "assign y_times_xr = " + robaShift(" | ") + "  =>  " + robaShift(" ^ ") + "  ('|' -> '^')",
                    "rounded_x (x_r) is one-hot: " + ONE_HOT_OR),
            "trunc:n=8,t=6,corr=constant,sign=unsigned", Map.of(),
            "dralm:n=8,t=5,sign=unsigned", Map.ofEntries(
                    Map.entry("assign above = {1'd0, above_6, above_5, above_4, above_3, above_2, above_1, above_0}  =>  {1'd0"
                            + ", above_6, above_5, above_4, above_3, above_2, above_1, above_6}  (use another signal)",
                            DEAD_ABOVE),
                    Map.entry("assign above = {1'd0, above_6, above_5, above_4, above_3, above_2, above_1, above_0}  =>  {1'd1"
                            + ", above_6, above_5, above_4, above_3, above_2, above_1, above_0}  (flip bit 0 of a constant)",
                            DEAD_ABOVE),
                    Map.entry("assign above = {1'd0, above_6, above_5, above_4, above_3, above_2, above_1, above_0}  =>  {1'd0"
                            + ", above_6, above_5, above_4, above_3, above_2, above_1, (~above_0)}  (invert a signal)",
                            DEAD_ABOVE),
                    Map.entry("assign above_0 = above_1 | x[1]  =>  above_1 | 1'b1  (bit stuck at 1)",
                            "above_0 feeds only above[0] and onehot[0]: " + DEAD_ABOVE),
                    Map.entry("assign characteristic_x = {|(leading_one_x & 8'd240), |(leading_one_x & 8'd204), |(leading_one_"
                            + "x & 8'd170)}  =>  {^(leading_one_x & 8'd240), |(leading_one_x & 8'd204), |(leading_one_x & 8'd1"
                            + "70)}  ('|' -> '^')", ONE_HOT_OR)));

    /**
     * RoBA's y * x_r at n = 8: nine one-hot selected copies of y, OR-ed, with {@code lastOperator} before the
     * last one.
     */
    private static String robaShift(String lastOperator) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t <= 8; t++) {
            if (t > 0) {
                sb.append(t == 8 ? lastOperator : " | ");
            }
            String copy = "operand_y & {8{rounded_x[" + t + "]}}";
            sb.append(t == 8 ? "{" + copy + ", 8'd0}" : t == 0 ? "{8'd0, " + copy + "}"
                    : "{" + (8 - t) + "'d0, " + copy + ", " + t + "'d0}");
        }
        return sb.toString();
    }

    /**
     * RoBA's rounding at n = 8: bit i of x_r is leading_one[i] & ~x[i-1] | leading_one[i-1] & x[i-2] (round
     * down to the leading one, or up from the one below it), with {@code operator} in place of the '|' of bit 6.
     */
    private static String robaRounded(String operator) {
        StringBuilder sb = new StringBuilder("{leading_one[7] & x[6]");
        for (int i = 7; i >= 2; i--) {
            sb.append(", (leading_one[").append(i).append("] & (~x[").append(i - 1).append("]))")
                    .append(i == 6 ? operator : " | ")
                    .append("(leading_one[").append(i - 1).append("] & x[").append(i - 2).append("])");
        }
        return sb.append(", leading_one[1] & (~x[0]), leading_one[0]}").toString();
    }

    /** The c1 sign wrapper's output concatenation of {@code width} bits, bit {@code at} replaced by {@code element}. */
    private static String c1Output(int width, int at, String element) {
        return c1Output(width, at, element, "keep_one : fill_one");
    }

    /**
     * The c1 sign wrapper's output concatenation of {@code width} bits, each {@code core_product[j] ? choices}
     * ({@code choices} names the kept and filled bit, e.g. a pipeline's delayed {@code keep_one_s1 : fill_one_s1}),
     * bit {@code at} replaced by {@code element}.
     */
    static String c1Output(int width, int at, String element, String choices) {
        StringBuilder sb = new StringBuilder("{");
        for (int j = width - 1; j >= 0; j--) {
            sb.append(j == at ? element : "core_product[" + j + "] ? " + choices).append(j > 0 ? ", " : "}");
        }
        return sb.toString();
    }

    @BeforeAll
    static void tools() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ToolGate.enabled(Tool.VERILATOR), "tool tests skipped on request");
    }

    /**
     * The fixed kind's generated datapaths: a radix-4 Booth design (Booth encoder, partial-product
     * selectors, Dadda tree, ripple adder), radix-4 rows with the hard multiple 3a (its adder, the digits'
     * selects, the signed top digit) and an AND-array Dadda tree with a Sklansky adder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8,arch=booth,adder=ripple", "fixed:n=8,arch=radix4,adder=ripple",
        "fixed:n=8,arch=dadda,adder=sklansky"})
    void cosimReportsEveryNonEquivalentMutantOfBoothAndTreeDesigns(String text) {
        cosimReportsEveryNonEquivalentMutant(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed:n=8,arch=star", "mitchw:n=8,w=6", "mitchw:n=8,w=4", "drum:n=8,k=4,sign=sm",
        "ilm:n=8,w=5,iter=2,sign=sm", "roba:n=8", "trunc:n=8,t=6,corr=constant,sign=unsigned",
        "dralm:n=8,t=5,sign=unsigned"})
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
        Map<String, String> equivalent = FIXED_EQUIVALENT.containsKey(text) ? FIXED_EQUIVALENT.get(text)
                : APPROXIMATE_EQUIVALENT.get(text);
        assertEquals(equivalent.keySet().stream().sorted().toList(), survivors.stream().sorted().toList(),
                text + ": surviving mutants (equivalent ones must be listed with a reason)");
    }
}
