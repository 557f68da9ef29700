package org.approxmac.hdl.wrapper;

import java.util.HashMap;
import java.util.Map;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.pipeline.DelayModel;
import org.approxmac.hdl.pipeline.Pipeliner;

/**
 * The integer MAC of {@link MacWrapperRtl} registered into a pipeline of latency L (initiation
 * interval 1) that computes the same sequence of accumulator values, L cycles later. A MAC cannot cut
 * its accumulation loop, so the loop is made short instead: the accumulator is kept in carry-save
 * form (two registers, {@code acc_sum} and {@code acc_carry}, whose sum mod 2^A is the accumulator),
 * and one row of full adders adds the product to it each cycle; a carry-propagate adder after the
 * loop turns the pair into the binary value the {@code acc} port shows. L splits into stages of the
 * multiplier (S_mul, cut by {@link Pipeliner}, with rst, en and clr delayed alike) and stages of that
 * final adder (S_add >= 1, the last one ending in {@code acc}), chosen so that the longest stage is
 * shortest by the {@link DelayModel} estimate.
 * <pre>
 *  a, b --> multiplier [S_mul stages] --> product --+
 *                              +-- full-adder row <--+-- (clr ? 0 : acc_sum, acc_carry)
 *                              +--> acc_sum, acc_carry [en, rst]
 *  acc_sum + acc_carry --> carry-propagate adder [S_add - 1 stages] --> acc
 * </pre>
 */
final class PipelinedMac {

    /** Gate levels after the product in the multiplier's last stage: the clr select and a full-adder row. */
    private static final int LOOP_LEVELS = 3;

    private PipelinedMac() {
    }

    /** A row of full adders: sum = x ^ y ^ z, carry = majority(x, y, z) one place up (mod 2^width). */
    private record Row(Signal sum, Expr carryShifted) {
        static Row of(ModuleBuilder m, String prefix, Signal x, Signal y, Signal z, String comment) {
            int width = x.width();
            Signal half = m.wire(prefix + "_half", x.xor(y));
            Signal sum = m.wire(prefix + "_sum", half.xor(z), comment);
            Signal carry = m.wire(prefix + "_carry", x.and(y).or(z.and(half)));
            m.discard(carry.msb(), "carry out of the accumulator width (mod 2^" + width + ")");
            Expr shifted = width == 1 ? Constant.zero(1) : Expr.concat(carry.slice(width - 2, 0), Constant.zero(1));
            return new Row(sum, shifted);
        }
    }

    /** Stages of the multiplier and of the final adder for a latency. */
    record Split(int multiplier, int adder) {
    }

    /**
     * The pipelined MAC around {@code cuttable}, the multiplier the {@link Pipeliner} cuts; {@code whole}
     * (the same ports and function) stands in for it when the split leaves the multiplier uncut (S_mul = 0),
     * e.g. with Verilog '+' where the cuttable form needs a gate-level adder block a register can cut.
     */
    static HdlModule build(String name, HdlModule cuttable, HdlModule whole, int width, boolean signedProduct,
                           CarryPropagateAdder adder, int latency) {
        CarryPropagateAdder finalAdder = MacWrapperRtl.pipelinedFinalAdder(adder);
        HdlModule cpa = finalAdder.build(name + "_adder", width);
        Split split = split(cuttable, cpa, latency);
        HdlModule multiplier = split.multiplier() > 0 ? cuttable : whole;
        int n = multiplier.port("a").width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("MAC: on each rising clk edge, if rst then acc <= 0, else if en then acc <= (clr ? 0 : acc) + "
                + (signedProduct ? "sign" : "zero") + "-extended product(a, b), mod 2^" + width + "; pipelined:"
                + " acc shows that value " + latency + " cycle" + (latency == 1 ? "" : "s") + " later (latency "
                + latency + ", initiation interval 1).");
        m.doc("Stages: " + split.multiplier() + " in the multiplier (rst, en, clr delayed alike), the accumulator in"
                + " carry-save form (acc_sum + acc_carry), " + split.adder() + " for the final " + finalAdder.title()
                + " adder into acc.");
        MacWrapperRtl.Ports p = MacWrapperRtl.ports(m, n, width);
        boolean carrySaveProduct = multiplier.ports().stream().anyMatch(q -> q.name().equals("carry"));
        Map<String, Signal> connections = new HashMap<>();
        Signal product = null;
        Signal productSum = null;
        Signal productCarry = null;
        if (carrySaveProduct) {
            productSum = m.wire("product_sum", width, "the product in carry-save form, already extended");
            productCarry = m.wire("product_carry", width);
            connections.put("sum", productSum);
            connections.put("carry", productCarry);
        } else {
            product = m.wire("product", multiplier.port("z").width());
            connections.put("z", product);
        }
        connections.put("a", p.a());
        connections.put("b", p.b());
        if (split.multiplier() > 0) {
            HdlModule piped = Pipeliner.pipeline(multiplier, multiplier.name(), "clk", split.multiplier(), LOOP_LEVELS);
            connections.put("clk", p.clk());
            m.instance("u_mul", piped, connections);
            p = p.delayed(m, split.multiplier());
        } else {
            m.instance("u_mul", multiplier, connections);
        }
        Signal sum = m.wire("acc_sum", width, "carry-save accumulator: acc = acc_sum + acc_carry mod 2^" + width);
        Signal carry = m.wire("acc_carry", width);
        Signal baseSum = m.wire("base_sum", Expr.mux(p.clr(), Constant.zero(width), sum), "clr starts a new sum");
        Signal baseCarry = m.wire("base_carry", Expr.mux(p.clr(), Constant.zero(width), carry));
        Signal rowSum;
        Expr shifted;
        if (carrySaveProduct) {
            Row first = Row.of(m, "row1", productSum, productCarry, baseSum, "two rows of full adders (a 4:2"
                    + " compressor) add the carry-save product: the loop");
            Signal firstCarry = m.wire("row1_carry_shifted", first.carryShifted());
            Row second = Row.of(m, "row2", first.sum(), firstCarry, baseCarry, "");
            rowSum = second.sum();
            shifted = second.carryShifted();
        } else {
            Signal extended = MacWrapperRtl.extend(m, product, width, signedProduct);
            Row row = Row.of(m, "row", baseSum, baseCarry, extended, "one row of full adders: the loop");
            rowSum = row.sum();
            shifted = row.carryShifted();
        }
        m.register(sum, p.clk(), p.rst(), Constant.zero(width), p.en(), rowSum);
        m.register(carry, p.clk(), p.rst(), Constant.zero(width), p.en(), shifted);
        Signal value = m.wire("acc_value", width, "acc_sum + acc_carry, " + (split.adder() - 1)
                + " stage" + (split.adder() == 2 ? "" : "s") + " before acc");
        if (split.adder() > 1) {
            HdlModule piped = Pipeliner.pipeline(cpa, cpa.name(), "clk", split.adder() - 1, 0);
            m.instance("u_final_adder", piped, Map.of("clk", p.clk(), "a", sum, "b", carry, "sum", value));
        } else {
            m.instance("u_final_adder", cpa, Map.of("a", sum, "b", carry, "sum", value));
        }
        m.register(p.acc(), p.clk(), null, null, null, value);
        return m.build();
    }

    /**
     * The split of {@code latency} whose longest stage is shortest: the multiplier's S_mul + 1
     * segments end at the carry-save registers, the adder's S_add segments at acc.
     */
    static Split split(HdlModule multiplier, HdlModule cpa, int latency) {
        int tMul = DelayModel.levels(multiplier) + LOOP_LEVELS;
        int tAdd = DelayModel.levels(cpa);
        Split best = null;
        double bestStage = Double.MAX_VALUE;
        for (int add = 1; add <= latency; add++) {
            int mul = latency - add;
            double stage = Math.max((double) tMul / (mul + 1), (double) tAdd / add);
            if (stage < bestStage) {
                bestStage = stage;
                best = new Split(mul, add);
            }
        }
        return best;
    }
}
