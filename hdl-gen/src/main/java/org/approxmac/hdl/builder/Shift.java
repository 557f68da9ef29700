package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * A logical shift ({@code <<} or {@code >>}) keeping the value's width; vacated bits are zero. The
 * amount is an unsigned expression of any width (a constant for a fixed shift).
 *
 * @param op     {@code <<} or {@code >>}
 * @param value  the shifted value
 * @param amount the shift amount
 */
public record Shift(String op, Expr value, Expr amount) implements Expr {

    static Expr byConstant(String op, Expr value, int amount) {
        if (amount < 0) {
            throw new HdlException("negative shift " + op + " " + amount + " of '" + value.verilog() + "'");
        }
        if (amount == 0) {
            return value;
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(amount));
        return new Shift(op, value, Constant.of(bits, java.math.BigInteger.valueOf(amount)));
    }

    @Override
    public int width() {
        return value.width();
    }

    @Override
    public String verilog() {
        return value.asOperand() + " " + op + " " + amount.asOperand();
    }

    @Override
    public boolean atomic() {
        return false;
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        value.reads(sink);
        amount.reads(sink);
    }
}
