package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * A unary operator: bitwise NOT ({@code ~}), negation ({@code -}) or a reduction ({@code | & ^},
 * 1 bit).
 *
 * @param op      the Verilog operator
 * @param operand the operand
 * @param width   the result width
 */
public record Unary(String op, Expr operand, int width) implements Expr {

    @Override
    public String verilog() {
        return op + operand.asOperand();
    }

    @Override
    public boolean atomic() {
        return false;
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        operand.reads(sink);
    }
}
