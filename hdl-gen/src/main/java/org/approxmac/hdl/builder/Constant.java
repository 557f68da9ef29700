package org.approxmac.hdl.builder;

import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * A sized unsigned constant, rendered in decimal up to 32 bits ({@code 8'd5}) and in hexadecimal
 * above ({@code 40'h00000000ff}).
 *
 * @param width width in bits
 * @param value the value, 0 &lt;= value &lt; 2^width
 */
public record Constant(int width, BigInteger value) implements Expr {

    public Constant {
        if (width < 1) {
            throw new HdlException("constant " + value + " must be at least 1 bit wide, got " + width);
        }
        if (value.signum() < 0 || value.bitLength() > width) {
            throw new HdlException("constant " + value + " does not fit in " + width + " unsigned bits");
        }
    }

    static Constant of(int width, BigInteger value) {
        return new Constant(width, value);
    }

    /** All zeros. */
    public static Constant zero(int width) {
        return new Constant(width, BigInteger.ZERO);
    }

    /** All ones. */
    public static Constant ones(int width) {
        return new Constant(width, BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
    }

    @Override
    public String verilog() {
        if (width <= 32) {
            return width + "'d" + value;
        }
        return width + "'h" + value.toString(16);
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        // a constant reads no signal
    }
}
