package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * {@code select ? whenOne : whenZero}.
 *
 * @param select   1-bit select
 * @param whenOne  value when select is 1
 * @param whenZero value when select is 0 (same width)
 */
public record Mux(Expr select, Expr whenOne, Expr whenZero) implements Expr {

    static Mux of(Expr select, Expr whenOne, Expr whenZero) {
        if (select.width() != 1) {
            throw new HdlException("mux select '" + select.verilog() + "' must be 1 bit, is " + select.width());
        }
        Binary.requireSameWidth("?:", whenOne, whenZero);
        return new Mux(select, whenOne, whenZero);
    }

    @Override
    public int width() {
        return whenOne.width();
    }

    @Override
    public String verilog() {
        return select.asOperand() + " ? " + whenOne.asOperand() + " : " + whenZero.asOperand();
    }

    @Override
    public boolean atomic() {
        return false;
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        select.reads(sink);
        whenOne.reads(sink);
        whenZero.reads(sink);
    }
}
