package org.approxmac.hdl.blocks;

import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * An exact multiplier, or a fused multiply-add, built from the blocks: partial products
 * ({@link PartialProducts}), an optional addend entering the same {@link BitMatrix} as one more row,
 * a {@link CompressorTree} down to two rows and one {@link CarryPropagateAdder}. So a MAC's
 * accumulation costs one more tree row, not a second carry-propagate adder.
 * <pre>
 *  a, b --> partial products --+
 *  addend (optional) ----------+--> compressor tree --> tree_sum, tree_carry --> final adder --> result
 * </pre>
 *
 * @param partialProducts how the rows are generated
 * @param tree            how they are reduced
 * @param adder           the final carry-propagate adder
 * @param breakingLine    partial-product bits of columns below it are left out (0: the exact product; above 0
 *                        the broken-Booth multiplier, radix-4 Booth only); an addend is never broken
 */
public record MultiplyAdd(PartialProducts partialProducts, CompressorTree tree, CarryPropagateAdder adder,
                          int breakingLine) {

    /** An exact multiplier or multiply-add. */
    public MultiplyAdd(PartialProducts partialProducts, CompressorTree tree, CarryPropagateAdder adder) {
        this(partialProducts, tree, adder, 0);
    }

    /**
     * The module {@code name}: inputs {@code a}, {@code b} (n bits; two's complement if signed, else
     * unsigned) and, if {@code fused}, {@code addend} (width bits); output {@code result} =
     * a * b (+ addend) mod 2^width, the product sign- or zero-extended. The final adder is the
     * submodule {@code name_adder}.
     */
    public HdlModule build(String name, int n, boolean signed, int width, boolean fused) {
        return build(name, n, signed, width, fused, CarryPropagateAdder.PLUS);
    }

    /**
     * As {@link #build(String, int, boolean, int, boolean)}, with radix-4 rows' hard multiple 3a computed by
     * {@code multipleAdder}: a gate-level block in the datapath of a pipelined multiplier, so that a pipeline
     * register can cut its carry chain (Verilog '+', the combinational units' form, is one expression).
     */
    public HdlModule build(String name, int n, boolean signed, int width, boolean fused,
                           CarryPropagateAdder multipleAdder) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc((fused ? "Fused multiply-add: result = a * b + addend" : "Multiplier: result = a * b")
                + " mod 2^" + width + " (" + (signed ? "two's complement" : "unsigned") + " operands); "
                + describe() + ".");
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal addend = fused ? m.input("addend", width) : null;
        Signal result = m.output("result", width);
        BitMatrix matrix = new BitMatrix(width);
        partialProducts.addTo(m, "", a, b, signed, matrix, breakingLine, multipleAdder);
        if (fused) {
            matrix.addRow(addend, 0);
        }
        tree.sum(m, matrix, adder, name + "_adder", result);
        return m.build();
    }

    /**
     * The module {@code name} without the final adder: inputs {@code a}, {@code b} (n bits), outputs
     * {@code sum} and {@code carry} (width bits each), the compressor tree's two rows, whose sum mod
     * 2^width is a * b sign- or zero-extended: the product in carry-save form, for a carry-save
     * accumulator. Used by pipelined units, so every adder inside is a gate-level block a pipeline register
     * can cut: radix-4 rows compute their hard multiple 3a with this record's adder, ripple carry in place of
     * Verilog '+'.
     */
    public HdlModule buildRows(String name, int n, boolean signed, int width) {
        return buildRows(name, n, signed, width, true);
    }

    /**
     * As {@link #buildRows(String, int, boolean, int)}; with {@code cuttable} false the hard multiple 3a
     * uses this record's adder as it is (Verilog '+' for {@code plus}, which the synthesiser maps to a
     * faster carry chain than a gate-level ripple): the form for a multiplier no pipeline register cuts.
     */
    public HdlModule buildRows(String name, int n, boolean signed, int width, boolean cuttable) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Multiplier in carry-save form: sum + carry = a * b mod 2^" + width + " (" + (signed ? "two's complement"
                : "unsigned") + " operands); " + describeRows() + ", no final adder.");
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal sum = m.output("sum", width);
        Signal carry = m.output("carry", width);
        BitMatrix matrix = new BitMatrix(width);
        partialProducts.addTo(m, "", a, b, signed, matrix, breakingLine,
                cuttable && adder == CarryPropagateAdder.PLUS ? CarryPropagateAdder.RIPPLE : adder);
        CompressorTree.TwoRows rows = tree.reduce(m, matrix);
        m.assign(sum, rows.sum());
        m.assign(carry, rows.carry());
        return m.build();
    }

    /** The partial products and the tree, e.g. {@code radix-4 Booth partial products, Dadda tree}. */
    public String describeRows() {
        return partialProducts.title() + " partial products" + (breakingLine > 0 ? " broken at column " + breakingLine : "")
                + ", " + (tree == CompressorTree.DADDA ? "Dadda tree" : "Wallace tree");
    }

    /** E.g. {@code radix-4 Booth partial products, Dadda tree, Brent-Kung parallel prefix adder}. */
    public String describe() {
        return describeRows() + ", " + adder.title() + " adder";
    }
}
