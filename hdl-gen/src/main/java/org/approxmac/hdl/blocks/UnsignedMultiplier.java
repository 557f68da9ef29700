package org.approxmac.hdl.blocks;

import java.util.Map;
import java.util.Optional;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Exact unsigned multiplier: {@code product = a * b}, twice the operand width, either Verilog
 * {@code *} (the synthesiser's multiplier) or the blocks of a {@link MultiplyAdd} (partial products,
 * compressor tree, final adder). Every exact product inside a unit (the fixed kind's core, DRUM's
 * segment product, the floating-point significand product) comes from here, so an architecture is
 * written once.
 */
public final class UnsignedMultiplier {

    /** Radix-4 Booth rows, a Dadda tree and Verilog '+' as the final adder. */
    public static final MultiplyAdd BOOTH_DADDA =
            new MultiplyAdd(PartialProducts.BOOTH_RADIX4, CompressorTree.DADDA, CarryPropagateAdder.PLUS);

    /** Radix-4 rows with the hard multiple 3a, a Dadda tree and Verilog '+' as the final adder. */
    public static final MultiplyAdd RADIX4_DADDA =
            new MultiplyAdd(PartialProducts.RADIX4_HARD_MULTIPLE, CompressorTree.DADDA, CarryPropagateAdder.PLUS);

    private UnsignedMultiplier() {
    }

    /** The module {@code name} with ports {@code a}, {@code b} [width] and {@code product} [2 width], Verilog '*'. */
    public static HdlModule build(String name, int width) {
        return build(name, width, Optional.empty());
    }

    /**
     * As {@link #build(String, int)}, from the blocks of {@code architecture} when present (the tree
     * is the submodule {@code name_tree}), else Verilog '*'.
     */
    public static HdlModule build(String name, int width, Optional<MultiplyAdd> architecture) {
        ModuleBuilder m = new ModuleBuilder(name);
        Signal a = m.input("a", width);
        Signal b = m.input("b", width);
        Signal product = m.output("product", 2 * width);
        if (architecture.isPresent()) {
            MultiplyAdd arch = architecture.get();
            m.doc("Exact unsigned multiplier: product = a * b; " + arch.describe() + ".");
            m.instance("u_tree", arch.build(name + "_tree", width, false, 2 * width, false),
                    Map.of("a", a, "b", b, "result", product));
        } else {
            m.doc("Exact unsigned multiplier: product = a * b.");
            m.assign(product, a.zext(2 * width).mul(b.zext(2 * width)));
        }
        return m.build();
    }
}
