package org.approxmac.fp;

import java.math.BigInteger;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * Exponent arithmetic of the floating-point RTL: every exponent is a two's-complement signal of one
 * width, wide enough that no intermediate value (products of the smallest subnormals, alignment
 * distances, normalisation shifts) overflows. Comparisons subtract in one more bit and read the sign.
 *
 * @param builder the module the signals belong to
 * @param width   the exponent width in bits
 */
record SignedExponents(ModuleBuilder builder, int width) {

    /** The exponent width for a unit whose values stay within +-bound. */
    static int widthFor(long bound) {
        return 64 - Long.numberOfLeadingZeros(bound) + 1;
    }

    /** The constant {@code value} in two's complement, {@code bits} wide. */
    static Expr constant(int bits, long value) {
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return Expr.constant(bits, BigInteger.valueOf(value).and(mask));
    }

    Expr constant(long value) {
        return constant(width, value);
    }

    /** {@code x + k} for a constant k. */
    Expr plus(Expr x, long k) {
        return k == 0 ? x : x.add(constant(k));
    }

    /** A 1-bit wire that is set when x &lt; y (signed). */
    Expr less(String name, Signal x, Expr y) {
        Signal difference = builder.wire(name + "_diff", x.sext(width + 1).sub(extend(y)),
                "sign of " + x.name() + " - " + (y instanceof Signal s ? s.name() : "constant"));
        builder.discard(difference.slice(width - 1, 0), "only the sign of the difference is used");
        return difference.msb();
    }

    /** A 1-bit wire that is set when x &lt; k (signed). */
    Expr less(String name, Signal x, long k) {
        return less(name, x, constant(width + 1, k));
    }

    private Expr extend(Expr y) {
        return y.width() == width + 1 ? y : y.sext(width + 1);
    }
}
