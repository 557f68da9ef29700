package org.approxmac.hdl.wrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approxmac.spec.C1ZeroRule;
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
        requireSignMode(mode);
        int n = core.width();
        HdlModule coreModule = core.build(name + "_core");
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Multiplier: sign handling '" + mode.specName() + "' around the unsigned core"
                + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? "; z = 0 when an operand is all zeros." : "."));
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal z = m.output("z", 2 * n);
        Signal coreProduct = m.wire("core_product", 2 * n, "P(magnitude_a, magnitude_b)");
        Signal negative = null;
        if (mode == SignMode.UNSIGNED) {
            m.instance("u_core", coreModule, Map.of("x", a, "y", b, "p", coreProduct));
        } else {
            negative = signedCore(m, mode, a, b, coreModule, coreProduct);
        }
        signedOutput(m, mode, zeroRule, negative, a.isZero().or(b.isZero()), coreProduct, z);
        return m.build();
    }

    /**
     * The c1 multiplier {@code name} for a MAC that accumulates one's complements as negation and borrow
     * ({@link MacWrapperRtl#buildOnesComplement}): ports {@code a}, {@code b} (N bits), {@code magnitude}
     * (2N bits) and {@code invert}, where the c1 product {@link #build} gives is
     * {@code invert ? ~magnitude : magnitude}: magnitude = P (0 when an operand is all zeros under
     * NOT_ZERO_MASK), invert = the product's sign (and not zero). Same core, same operand conversion.
     */
    public static HdlModule buildOnesComplementPair(String name, C1ZeroRule zeroRule, UnsignedCoreRtl core) {
        int n = core.width();
        HdlModule coreModule = core.build(name + "_core");
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Multiplier: sign handling 'c1' around the unsigned core, the product left as the pair (magnitude,"
                + " invert): product = invert ? ~magnitude : magnitude"
                + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? "; both 0 when an operand is all zeros." : "."));
        Signal a = m.input("a", n);
        Signal b = m.input("b", n);
        Signal magnitude = m.output("magnitude", 2 * n);
        Signal invert = m.output("invert", 1);
        Signal coreProduct = m.wire("core_product", 2 * n, "P(magnitude_a, magnitude_b)");
        Signal negative = signedCore(m, SignMode.C1, a, b, coreModule, coreProduct);
        onesComplementPair(m, negative, zeroRule == C1ZeroRule.NOT_ZERO_MASK ? a.isZero().or(b.isZero()) : null,
                coreProduct, magnitude, invert);
        return m.build();
    }

    /** magnitude = zero ? 0 : P, invert = negative and not zero ({@code zero} null: no zero rule). */
    private static void onesComplementPair(ModuleBuilder m, Signal negative, Expr zero, Signal coreProduct,
                                           Signal magnitude, Signal invert) {
        if (zero != null) {
            Signal zeroOperand = m.wire("zero_operand", zero, "a or b is all zeros");
            m.assign(magnitude, Expr.mux(zeroOperand, Constant.zero(coreProduct.width()), coreProduct));
            m.assign(invert, negative.and(zeroOperand.not()));
        } else {
            m.assign(magnitude, coreProduct);
            m.assign(invert, negative);
        }
    }

    /**
     * The per-operand half of the multiplier {@code name}, for an array that converts each broadcast
     * operand once: input {@code a} (N bits), output {@code code} = {sign, zero, core code of the
     * magnitude}, the sign bit only in a signed mode, the zero flag only under NOT_ZERO_MASK
     * ({@link #codeWidth}).
     */
    public static HdlModule buildEncoder(String name, SignMode mode, C1ZeroRule zeroRule, SharedCoreRtl core) {
        requireSignMode(mode);
        int n = core.width();
        HdlModule encoder = core.buildEncoder(name + "_core");
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Operand conversion: sign handling '" + mode.specName() + "', then the core's conversion of the"
                + " magnitude; code = {" + (mode.signed() ? "sign, " : "")
                + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? "zero, " : "") + "core code}.");
        Signal a = m.input("a", n);
        Signal code = m.output("code", codeWidth(mode, zeroRule, core));
        Signal coreCode = m.wire("core_code", core.codeWidth(), "the core's conversion of the magnitude");
        List<Expr> fields = new ArrayList<>();
        if (mode == SignMode.UNSIGNED) {
            m.instance("u_core", encoder, Map.of("x", a, "code", coreCode));
        } else {
            Signal magA = m.wire("magnitude_a", magnitude(a, mode), magnitudeComment(mode));
            m.instance("u_core", encoder, Map.of("x", magA, "code", coreCode));
            fields.add(a.msb());
        }
        if (zeroRule == C1ZeroRule.NOT_ZERO_MASK) {
            fields.add(m.wire("zero_a", a.isZero(), "a is all zeros"));
        }
        fields.add(coreCode);
        m.assign(code, Expr.concat(fields));
        return m.build();
    }

    /**
     * The per-product half: inputs the codes {@code a} and {@code b} of {@link #buildEncoder}, output
     * {@code z} (2N bits), the same product as {@link #build} of the operands.
     */
    public static HdlModule buildCombiner(String name, SignMode mode, C1ZeroRule zeroRule, SharedCoreRtl core) {
        requireSignMode(mode);
        int n = core.width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Product of two converted operands: the core's combination, then sign handling '" + mode.specName()
                + "'" + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? "; z = 0 when an operand is all zeros." : "."));
        CombinedCodes codes = combinedCodes(m, name, mode, zeroRule, core);
        Signal z = m.output("z", 2 * n);
        signedOutput(m, mode, zeroRule, codes.negative(), codes.zero(), codes.coreProduct(), z);
        return m.build();
    }

    /**
     * The per-product half of a c1 array element that accumulates one's complements as negation and borrow
     * ({@link MacWrapperRtl#buildOnesComplement}): inputs the codes {@code a} and {@code b} of
     * {@link #buildEncoder}, outputs {@code magnitude} (2N bits) and {@code invert}, where {@link #buildCombiner}'s
     * product is {@code invert ? ~magnitude : magnitude}, as {@link #buildOnesComplementPair} of the operands.
     */
    public static HdlModule buildCombinerOnesComplementPair(String name, C1ZeroRule zeroRule, SharedCoreRtl core) {
        int n = core.width();
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc("Product of two converted operands: the core's combination, sign handling 'c1' left as the pair"
                + " (magnitude, invert): product = invert ? ~magnitude : magnitude"
                + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? "; both 0 when an operand is all zeros." : "."));
        CombinedCodes codes = combinedCodes(m, name, SignMode.C1, zeroRule, core);
        Signal magnitude = m.output("magnitude", 2 * n);
        Signal invert = m.output("invert", 1);
        onesComplementPair(m, codes.negative(), codes.zero(), codes.coreProduct(), magnitude, invert);
        return m.build();
    }

    /** A combiner's front: its code inputs, the core's combination, the product's sign and zero flag. */
    private record CombinedCodes(Signal coreProduct, Signal negative, Expr zero) {
    }

    /**
     * Inputs {@code a} and {@code b} (codes), the core's combination {@code u_core} into {@code core_product},
     * the product's sign (null when unsigned) and zero flag (null unless NOT_ZERO_MASK).
     */
    private static CombinedCodes combinedCodes(ModuleBuilder m, String name, SignMode mode, C1ZeroRule zeroRule,
                                               SharedCoreRtl core) {
        int n = core.width();
        int w = core.codeWidth();
        HdlModule combiner = core.buildCombiner(name + "_core");
        List<Signal> corePorts = combiner.ports();
        Signal a = m.input("a", codeWidth(mode, zeroRule, core));
        Signal b = m.input("b", codeWidth(mode, zeroRule, core));
        Signal coreProduct = m.wire("core_product", 2 * n, "P(magnitude_a, magnitude_b)");
        m.instance("u_core", combiner, Map.of(corePorts.get(0).name(), a.slice(w - 1, 0),
                corePorts.get(1).name(), b.slice(w - 1, 0), "p", coreProduct));
        Signal negative = mode == SignMode.UNSIGNED ? null
                : m.wire("negative", a.msb().xor(b.msb()), "sign of the product");
        Expr zero = zeroRule == C1ZeroRule.NOT_ZERO_MASK ? a.bit(w).or(b.bit(w)) : null;
        return new CombinedCodes(coreProduct, negative, zero);
    }

    /** Bits of an operand's code: the core's, plus a sign bit in a signed mode and a zero flag under NOT_ZERO_MASK. */
    public static int codeWidth(SignMode mode, C1ZeroRule zeroRule, SharedCoreRtl core) {
        return core.codeWidth() + (mode.signed() ? 1 : 0) + (zeroRule == C1ZeroRule.NOT_ZERO_MASK ? 1 : 0);
    }

    private static void requireSignMode(SignMode mode) {
        if (mode == SignMode.TWOS) {
            throw new IllegalArgumentException("the sign wrapper takes unsigned, sm or c1, not twos");
        }
    }

    /**
     * z from the core product: negated (sm) or inverted (c1) when {@code negative} (null: unsigned), 0 when
     * {@code zero} under NOT_ZERO_MASK.
     */
    private static void signedOutput(ModuleBuilder m, SignMode mode, C1ZeroRule zeroRule, Signal negative, Expr zero,
                                     Signal coreProduct, Signal z) {
        if (mode == SignMode.C1) {
            m.assign(z, onesComplementOutput(m, negative, zeroRule == C1ZeroRule.NOT_ZERO_MASK ? zero : null,
                    coreProduct), "each bit: P[j] ? keep_one : fill_one");
            return;
        }
        Expr signed = mode == SignMode.UNSIGNED ? coreProduct : Expr.mux(negative, coreProduct.negate(), coreProduct);
        if (zeroRule == C1ZeroRule.NOT_ZERO_MASK) {
            Signal zeroOperand = m.wire("zero_operand", zero, "a or b is all zeros");
            Signal signedProduct = m.wire("signed_product", signed);
            m.assign(z, Expr.mux(zeroOperand, Constant.zero(coreProduct.width()), signedProduct));
        } else {
            m.assign(z, signed);
        }
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

    /**
     * The signed modes' front: the product's sign {@code negative} (returned), the operands' magnitudes and
     * the core instance {@code u_core} on them, whose product drives {@code coreProduct}.
     */
    private static Signal signedCore(ModuleBuilder m, SignMode mode, Signal a, Signal b, HdlModule coreModule,
                                     Signal coreProduct) {
        Signal negative = m.wire("negative", a.msb().xor(b.msb()), "sign of the product");
        Signal magA = m.wire("magnitude_a", magnitude(a, mode), magnitudeComment(mode));
        Signal magB = m.wire("magnitude_b", magnitude(b, mode));
        m.instance("u_core", coreModule, Map.of("x", magA, "y", magB, "p", coreProduct));
        return negative;
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
