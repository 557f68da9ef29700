package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * {@code $signed(left) * $signed(right)}: a product of two equal-width operands, kept to that
 * width. Its bits equal the unsigned product mod 2^width; marking the operands signed lets synthesis
 * tools (Yosys {@code wreduce}) drop replicated sign bits, so an N x N two's-complement multiplier
 * written over sign-extended 2N-bit operands costs an N x N array, not a 2N x 2N one.
 *
 * @param left  left operand
 * @param right right operand (same width)
 */
public record SignedProduct(Expr left, Expr right) implements Expr {

    static SignedProduct of(Expr left, Expr right) {
        Binary.requireSameWidth("$signed *", left, right);
        return new SignedProduct(left, right);
    }

    @Override
    public int width() {
        return left.width();
    }

    @Override
    public String verilog() {
        return "$signed(" + left.verilog() + ") * $signed(" + right.verilog() + ")";
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
