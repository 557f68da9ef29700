package org.approxmac.hdl.dot;

import java.math.BigInteger;
import java.util.Map;
import org.approxmac.hdl.blocks.BitMatrix;
import org.approxmac.hdl.blocks.PartialProducts;
import org.approxmac.hdl.blocks.PrefixOr;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;

/**
 * What one lane of a dot-product unit puts into the unit's bit matrix: its product of {@code a} and
 * {@code b} (N bits each), exactly, sign-extended (zero-extended for unsigned operands) to the matrix
 * width. Either the partial products themselves (an exact multiplier: every lane's rows share one
 * compressor tree, no carry-propagate adder per lane) or the product of a multiplier instance (an
 * approximate multiplier, or Verilog '*': one row per lane).
 */
public interface LaneTerms {

    /** Adds lane {@code lane}'s product to {@code matrix}. */
    void addTo(ModuleBuilder m, int lane, Signal a, Signal b, BitMatrix matrix);

    /** One line for headers and reports, e.g. {@code radix-4 Booth partial products of every lane}. */
    String describe();

    /** The lanes' partial products, fused into the unit's tree ({@code lane<i>_pp_<j>}, ...). */
    static LaneTerms partialProducts(PartialProducts products, boolean signed) {
        return new LaneTerms() {
            @Override
            public void addTo(ModuleBuilder m, int lane, Signal a, Signal b, BitMatrix matrix) {
                products.addTo(m, "lane" + lane + "_", a, b, signed, matrix);
            }

            @Override
            public String describe() {
                return products.title() + " partial products of every lane in one tree";
            }
        };
    }

    /**
     * An instance {@code u_lane<i>} of {@code multiplier} (ports a, b, z) per lane; its product
     * {@code lane<i>_product} enters the matrix as one row. A signed product is sign-extended without
     * extension bits: its sign bit enters inverted and the constant -2^(P-1) joins the matrix
     * (x = (x xor 2^(P-1)) - 2^(P-1) for a P-bit two's-complement x).
     */
    static LaneTerms multiplier(HdlModule multiplier, boolean signed, String description) {
        int width = multiplier.port("z").width();
        return new LaneTerms() {
            @Override
            public void addTo(ModuleBuilder m, int lane, Signal a, Signal b, BitMatrix matrix) {
                Signal product = m.wire("lane" + lane + "_product", width);
                m.instance("u_lane" + lane, multiplier, Map.of("a", a, "b", b, "z", product));
                if (!signed || matrix.width() == width) {
                    matrix.addRow(product, 0);
                    return;
                }
                addSigned(m, lane, product, matrix);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /**
     * A c1 lane that adds its one's complement as a negation and a borrow, as a c1 MAC does
     * (docs/arithmetic.md): an instance {@code u_lane<i>} of {@code pair} (ports a, b, magnitude, invert of
     * {@code SignWrapperRtl.buildOnesComplementPair}; product = invert ? ~magnitude : magnitude, magnitude
     * below 2^(P-1)), whose magnitude is negated when invert by a {@link PrefixOr} ({@code u_lane<i>_negate},
     * trailing zeros kept) and enters the matrix sign-extended as in {@link #multiplier}; the one by which
     * ~x falls short of -x is -invert = ~invert - 1: the bit ~invert in column 0 and -1 in the constant.
     */
    static LaneTerms onesComplementPair(HdlModule pair, HdlModule negation, String description) {
        int width = pair.port("magnitude").width();
        return new LaneTerms() {
            @Override
            public void addTo(ModuleBuilder m, int lane, Signal a, Signal b, BitMatrix matrix) {
                Signal magnitude = m.wire("lane" + lane + "_magnitude", width,
                        lane == 0 ? "lane i's product = invert ? ~magnitude : magnitude" : "");
                Signal invert = m.wire("lane" + lane + "_invert", 1);
                m.instance("u_lane" + lane, pair, Map.of("a", a, "b", b, "magnitude", magnitude, "invert", invert));
                Signal signed = m.wire("lane" + lane + "_signed", width,
                        lane == 0 ? "invert ? -magnitude : magnitude: keeps the trailing zeros" : "");
                m.instance("u_lane" + lane + "_negate", negation, Map.of("value", magnitude, "negate", invert,
                        "result", signed));
                addSigned(m, lane, signed, matrix);
                matrix.addBit(0, invert.not());
                matrix.addConstant(BigInteger.ONE.negate());
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /**
     * Lane {@code lane}'s two's-complement {@code value} sign-extended to the matrix without extension bits:
     * the row {@code lane<i>_row} with the sign bit inverted, and -2^(P-1) in the matrix constant.
     */
    private static void addSigned(ModuleBuilder m, int lane, Signal value, BitMatrix matrix) {
        int width = value.width();
        BigInteger sign = BigInteger.ONE.shiftLeft(width - 1);
        Signal row = m.wire("lane" + lane + "_row", value.xor(Expr.constant(width, sign)),
                lane == 0 ? "sign bit inverted; -2^" + (width - 1) + " per lane in the matrix constant" : "");
        matrix.addRow(row, 0);
        matrix.addConstant(sign.negate());
    }
}
