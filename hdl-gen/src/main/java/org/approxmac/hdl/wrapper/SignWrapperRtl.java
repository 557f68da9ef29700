package org.approxmac.hdl.wrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approxmac.golden.C1ZeroRule;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.spec.SignMode;

/**
 * The one sign wrapper around an unsigned core (docs/units.md, "Sign modes of the approximate kinds"),
 * a multiplier with ports
 * {@code a}, {@code b} (N bits) and {@code z} (2N bits):
 * <pre>
 *  unsigned:  z = P(a, b)
 *  sm:        magnitude_a = a[N-1] ? -a : a                  (likewise b)
 *             z = negative ? -P : P                          negative = a[N-1] ^ b[N-1]
 *  c1:        magnitude_a = a[N-1] ? ~a : a                  (likewise b)
 *             z = negative ? ~P : P,  built per bit as P[j] ? keep_one : fill_one (zero mask included)
 *  + zero rule NOT_ZERO_MASK:  z = 0 when a or b is all zeros (the golden model's {@link C1ZeroRule};
 *    applied in every mode, where it only matters in c1)
 *
 *   a --[sign/magnitude]--+                        +--[negate / invert if negative]--[zero mask]--> z
 *                         +--> unsigned core P ----+
 *   b --[sign/magnitude]--+
 * </pre>
 */
public final class SignWrapperRtl {

    private SignWrapperRtl() {
    }

    /**
     * The multiplier module {@code name} around {@code core}, whose module is named {@code name_core}.
     *
     * @param mode unsigned, sm or c1
     */
    public static HdlModule build(String name, SignMode mode, C1ZeroRule zeroRule, UnsignedCoreRtl core) {
        if (mode == SignMode.TWOS) {
            throw new IllegalArgumentException("the sign wrapper takes unsigned, sm or c1, not twos");
        }
        int n = core.width();
        HdlModule coreModule = core.build(name + "_core");
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Multiplier: sign handling '" + mode.specName() + "' around the unsigned core"
                + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? "; z = 0 when an operand is all zeros." : "."));
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal z = m.output("z", 2 * n);
        Signal coreProduct = m.wire("core_product", 2 * n, "P(magnitude_a, magnitude_b)");
        Expr signed;
        if (mode == SignMode.UNSIGNED) {
            m.instance("u_core", coreModule, Map.of("x", a, "y", b, "p", coreProduct));
            signed = coreProduct;
        } else {
            Signal negative = m.wire("negative", a.msb().xor(b.msb()), "sign of the product");
            Signal magA = m.wire("magnitude_a", magnitude(a, mode), magnitudeComment(mode));
            Signal magB = m.wire("magnitude_b", magnitude(b, mode));
            m.instance("u_core", coreModule, Map.of("x", magA, "y", magB, "p", coreProduct));
            if (mode == SignMode.C1) {
                Expr zero = zeroRule == C1ZeroRule.NOT_ZERO_MASK ? a.isZero().or(b.isZero()) : null;
                m.assign(z, onesComplementOutput(m, negative, zero, coreProduct), "each bit: P[j] ? keep_one : fill_one");
                return m.build();
            }
            signed = Expr.mux(negative, coreProduct.negate(), coreProduct);
        }
        if (zeroRule == C1ZeroRule.NOT_ZERO_MASK) {
            Signal zeroOperand = m.wire("zero_operand", a.isZero().or(b.isZero()), "a or b is all zeros");
            Signal signedProduct = m.wire("signed_product", signed);
            m.assign(z, Expr.mux(zeroOperand, Constant.zero(2 * n), signedProduct));
        } else {
            m.assign(z, signed);
        }
        return m.build();
    }

    /**
     * The c1 output {@code zero ? 0 : negative ? ~P : P} as one select per bit between two shared
     * signals: a 1 of P becomes keep_one (positive and not zero), a 0 becomes fill_one (negative and
     * not zero). Same function as inverting and then masking, but one gate and one net per bit instead
     * of two. Written as one multiplexer per bit: the vector form (P & {keep}) | (~P & {fill}) maps to
     * different cells and measured 74.8 instead of 70.7 pJ for the Mitch-w6 c1 MAC at N = 16 on osu018
     * (docs/cost-method.md section 12).
     */
    private static Expr onesComplementOutput(ModuleBuilder m, Signal negative, Expr zero, Signal product) {
        Expr keep = negative.not();
        Expr fill = negative;
        if (zero != null) {
            Signal zeroOperand = m.wire("zero_operand", zero, "a or b is all zeros");
            keep = keep.and(zeroOperand.not());
            fill = fill.and(zeroOperand.not());
        }
        Signal keepOne = m.wire("keep_one", keep, "a 1 of P stays 1: product positive" + (zero == null ? "" : ", not zero"));
        Signal fillOne = m.wire("fill_one", fill, "a 0 of P becomes 1: product negative" + (zero == null ? "" : ", not zero"));
        List<Expr> bits = new ArrayList<>();
        for (int j = product.width() - 1; j >= 0; j--) {
            bits.add(Expr.mux(product.bit(j), keepOne, fillOne));
        }
        return Expr.concat(bits);
    }

    private static Expr magnitude(Signal x, SignMode mode) {
        Expr flipped = mode == SignMode.SM ? x.negate() : x.not();
        return Expr.mux(x.msb(), flipped, x);
    }

    private static String magnitudeComment(SignMode mode) {
        return mode == SignMode.SM ? "two's-complement absolute value (-2^(N-1) gives 2^(N-1))"
                : "one's-complement magnitude: a[N-1] ? ~a : a";
    }
}
