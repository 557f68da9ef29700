package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * {@code {count{value}}}.
 *
 * @param value the replicated expression
 * @param count how many copies, at least 1
 */
public record Replicate(Expr value, int count) implements Expr {

    public Replicate {
        if (count < 1) {
            throw new HdlException("replication of '" + value.verilog() + "' needs a count >= 1, got " + count);
        }
    }

    @Override
    public int width() {
        return value.width() * count;
    }

    @Override
    public String verilog() {
        return "{" + count + "{" + value.verilog() + "}}";
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        value.reads(sink);
    }
}
