package org.approxmac.hdl.dot;

import org.approxmac.hdl.blocks.BitMatrix;
import org.approxmac.hdl.blocks.CarryPropagateAdder;
import org.approxmac.hdl.blocks.CompressorTree;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * A K-lane dot-product datapath (docs/units.md, "Dot-product units"): result = sum over lanes of
 * product(a_i, b_i) (+ addend) mod 2^width, exact, where lane i's operands are bits [i*N +: N] of
 * {@code a} and {@code b}. Every lane's terms ({@link LaneTerms}) and the addend go into one bit matrix,
 * one compressor tree reduces it to two rows, one carry-propagate adder adds them: no lane has an adder
 * of its own.
 * <pre>
 *  a[i*N +: N], b[i*N +: N] --> lane i terms --+
 *  ...                                          +--> compressor tree --> tree_sum, tree_carry --> adder --> result
 *  addend (a MAC's accumulator) ----------------+
 * </pre>
 *
 * @param lanes K
 * @param n     the width of one lane's operands
 * @param terms what each lane adds to the matrix
 * @param tree  the compressor tree
 * @param adder the final carry-propagate adder
 */
public record DotProductRtl(int lanes, int n, LaneTerms terms, CompressorTree tree, CarryPropagateAdder adder) {

    public DotProductRtl {
        if (lanes < 1 || n < 1) {
            throw new IllegalArgumentException(lanes + " lanes of " + n + " bits");
        }
    }

    /**
     * The module {@code name}: inputs {@code a}, {@code b} (K*N bits) and, if {@code fused},
     * {@code addend} (width bits); output {@code result} (width bits). The final adder is the
     * submodule {@code name_adder}.
     */
    public HdlModule build(String name, int width, boolean fused) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Dot product: result = sum of the " + lanes + " lane products a[i*" + n + " +: " + n + "] * b[i*" + n
                + " +: " + n + "]" + (fused ? " + addend" : "") + " mod 2^" + width + "; " + describe() + ".");
        Signal a = m.input("a", lanes * n);
        Signal b = m.input("b", lanes * n);
        Signal addend = fused ? m.input("addend", width) : null;
        Signal result = m.output("result", width);
        BitMatrix matrix = new BitMatrix(width);
        for (int i = 0; i < lanes; i++) {
            Signal laneA = m.wire("a_lane" + i, a.slice((i + 1) * n - 1, i * n), i == 0 ? "lane i's operands" : "");
            Signal laneB = m.wire("b_lane" + i, b.slice((i + 1) * n - 1, i * n));
            terms.addTo(m, i, laneA, laneB, matrix);
        }
        if (fused) {
            matrix.addRow(addend, 0);
        }
        tree.sum(m, matrix, adder, name + "_adder", result);
        return m.build();
    }

    /** E.g. {@code 16 lanes: Mitch-w multipliers, Dadda tree, Verilog '+' final adder}. */
    public String describe() {
        return lanes + " lanes: " + terms.describe() + ", " + (tree == CompressorTree.DADDA ? "Dadda" : "Wallace")
                + " tree, " + adder.title() + " final adder";
    }
}
