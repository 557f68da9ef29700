package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * A named port or internal signal of a module, created by {@link ModuleBuilder}. As an expression it
 * reads all its bits; {@link #slice} reads a range.
 *
 * @param name  the Verilog name
 * @param width width in bits
 * @param kind  input, output or internal
 */
public record Signal(String name, int width, SignalKind kind) implements Expr {

    public Signal {
        Identifiers.require(name, "signal");
        if (width < 1) {
            throw new HdlException("signal '" + name + "' must be at least 1 bit wide, got " + width);
        }
    }

    @Override
    public String verilog() {
        return name;
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        sink.accept(new Slice(this, width - 1, 0));
    }

    @Override
    public Expr slice(int hi, int lo) {
        return new Slice(this, hi, lo);
    }
}
