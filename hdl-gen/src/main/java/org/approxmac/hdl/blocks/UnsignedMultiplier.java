package org.approxmac.hdl.blocks;

import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/** Exact unsigned multiplier: {@code product = a * b}, twice the operand width. */
public final class UnsignedMultiplier {

    private UnsignedMultiplier() {
    }

    /** The module {@code name} with ports {@code a}, {@code b} [width] and {@code product} [2 width]. */
    public static HdlModule build(String name, int width) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Exact unsigned multiplier: product = a * b.");
        Signal a = m.input("a", width);
        Signal b = m.input("b", width);
        Signal product = m.output("product", 2 * width);
        m.assign(product, a.zext(2 * width).mul(b.zext(2 * width)));
        return m.build();
    }
}
