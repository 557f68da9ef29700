package org.approxmac.hdl.blocks;

import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/** Unsigned adder with carry out: {@code sum = a + b}, one bit wider than the operands. */
public final class Adder {

    private Adder() {
    }

    /** The module {@code name} with ports {@code a}, {@code b} [width] and {@code sum} [width + 1]. */
    public static HdlModule build(String name, int width) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Adder: sum = a + b with carry out.");
        Signal a = m.input("a", width);
        Signal b = m.input("b", width);
        Signal sum = m.output("sum", width + 1);
        m.assign(sum, a.addWithCarry(b));
        return m.build();
    }
}
