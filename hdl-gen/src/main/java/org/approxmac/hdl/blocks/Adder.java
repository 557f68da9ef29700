package org.approxmac.hdl.blocks;

import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/** Unsigned adder with carry out: {@code sum = a + b}, one bit wider than the operands. */
public final class Adder {

    private Adder() {
    }

    /** The module {@code name} with ports {@code a}, {@code b} [width] and {@code sum} [width + 1]. */
    public static HdlModule build(String name, int width) {
        return build(name, width, false);
    }

    /** As {@link #build(String, int)}, with a carry in of 1: {@code sum = a + b + 1}. */
    public static HdlModule buildPlusOne(String name, int width) {
        return build(name, width, true);
    }

    /** An adder with a carry in port: {@code sum = a + b + carry_in}, one bit wider than the operands. */
    public static HdlModule buildWithCarryIn(String name, int width) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Adder with carry in and carry out: sum = a + b + carry_in.");
        Signal a = m.input("a", width);
        Signal b = m.input("b", width);
        Signal carryIn = m.input("carry_in", 1);
        Signal sum = m.output("sum", width + 1);
        m.assign(sum, a.addWithCarry(b).add(carryIn.zext(width + 1)));
        return m.build();
    }

    private static HdlModule build(String name, int width, boolean plusOne) {
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(plusOne ? "Adder with a carry in of 1: sum = a + b + 1 with carry out." : "Adder: sum = a + b with carry out.");
        Signal a = m.input("a", width);
        Signal b = m.input("b", width);
        Signal sum = m.output("sum", width + 1);
        Expr total = a.addWithCarry(b);
        m.assign(sum, plusOne ? total.add(Expr.constant(width + 1, 1)) : total);
        return m.build();
    }
}
