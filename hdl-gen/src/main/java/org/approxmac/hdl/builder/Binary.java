package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * A binary operator on two operands of equal width: arithmetic and bitwise operators keep the width,
 * comparisons give 1 bit.
 *
 * @param op    the Verilog operator
 * @param left  left operand
 * @param right right operand
 * @param width the result width
 */
public record Binary(String op, Expr left, Expr right, int width) implements Expr {

    static Binary of(String op, Expr left, Expr right, boolean comparison) {
        requireSameWidth(op, left, right);
        return new Binary(op, left, right, comparison ? 1 : left.width());
    }

    static void requireSameWidth(String op, Expr left, Expr right) {
        if (left.width() != right.width()) {
            throw new HdlException("width mismatch in '" + op + "': '" + left.verilog() + "' is "
                    + left.width() + " bits, '" + right.verilog() + "' is " + right.width() + " bits");
        }
    }

    @Override
    public String verilog() {
        boolean chain = left instanceof Binary l && l.op.equals(op) && width == left.width();
        return (chain ? left.verilog() : left.asOperand()) + " " + op + " " + right.asOperand();
    }

    @Override
    public boolean atomic() {
        return false;
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        left.reads(sink);
        right.reads(sink);
    }
}
