package org.approxmac.fp;

import java.util.Map;
import java.util.Optional;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.blocks.UnsignedMultiplier;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.UnsignedCoreRtl;

/**
 * RTL of {@link FloatUnit#product}: the product of two operands, never rounded. Both operands are
 * unpacked (normalised), their significands multiplied exactly ({@link FloatValue#times}) or by an
 * approximate integer core ({@link SignificandCore}, the product masked to 0 for a zero operand), exponents added.
 * <pre>
 *  a --unpack--&gt; sa, siga, ea, flags      b --unpack--&gt; sb, sigb, eb, flags
 *  sign = sa ^ sb;  sig = siga * sigb (2p bits, leading one in the top two);  exp = ea + eb + 1
 *  nan = nan_a | nan_b | inf*0;  inf = inf_a | inf_b;  zero = zero_a | zero_b  (nan first)
 * </pre>
 * {@code exp} is the weight of {@code sig}'s most significant bit. Ports: {@code a}, {@code b};
 * {@code sign}, {@code sig} [2p], {@code exp}, {@code zero}, {@code inf}, {@code nan}.
 */
final class ProductRtl {

    private ProductRtl() {
    }

    /** Precisions up to which the significand product is a Booth-Dadda tree rather than radix-4 rows with 3a. */
    static final int BOOTH_MAX_PRECISION = 8;

    /**
     * The significand multiplier's architecture, chosen by measurement on osu018 (docs/arithmetic.md):
     * radix-4 Booth and a Dadda tree for bfloat16's 8-bit significands (the bf16 MAC: 188.6 pJ/op, against
     * 208.6 with '*' and 216.0 with radix-4 rows and the hard multiple 3a), radix-4 rows with 3a and a Dadda
     * tree for wider ones (the FP32 MAC: 463.2 pJ/op, against 509.8 with '*', 543.2 with Booth, 629.2 with
     * an AND-array Dadda tree; at 11 bits the tf32 MAC gains 12 % and the fp16 MAC loses 10 % against '*').
     */
    static Optional<MultiplyAdd> significandMultiplier(int precision) {
        return Optional.of(precision <= BOOTH_MAX_PRECISION ? UnsignedMultiplier.BOOTH_DADDA
                : UnsignedMultiplier.RADIX4_DADDA);
    }

    static HdlModule build(String name, FloatFormat format, SubnormalMode subnormals, int expWidth) {
        return build(name, format, subnormals, expWidth, Optional.empty());
    }

    /**
     * The product with the significands multiplied by {@code core} (an approximate integer kind's unsigned
     * core of width p, {@code SignificandCore} in the golden model) when present, else exactly.
     */
    static HdlModule build(String name, FloatFormat format, SubnormalMode subnormals, int expWidth,
                           Optional<UnsignedCoreRtl> core) {
        int p = format.precision();
        HdlModule unpack = UnpackRtl.build(name + "_unpack", format, subnormals, expWidth);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc((core.isPresent() ? "Product" : "Exact product") + " of two " + format.name() + " operands: sign,"
                + " 2p-bit significand" + (core.isPresent() ? " (by an approximate core)" : "") + ", exponent of its"
                + " MSB, class flags (nan has priority over inf over zero).");
        SignedExponents exps = new SignedExponents(m, expWidth);
        Signal a = m.input("a", format.width());
        Signal b = m.input("b", format.width());
        Signal sign = m.output("sign", 1);
        Signal sig = m.output("sig", 2 * p);
        Signal exp = m.output("exp", expWidth);
        Signal zero = m.output("zero", 1);
        Signal inf = m.output("inf", 1);
        Signal nan = m.output("nan", 1);
        Operand oa = Operand.unpack(m, "u_unpack_a", unpack, a, "a");
        Operand ob = Operand.unpack(m, "u_unpack_b", unpack, b, "b");
        if (core.isPresent()) {
            if (core.get().width() != p) {
                throw new IllegalArgumentException("a " + core.get().width() + "-bit core for " + p + "-bit significands");
            }
            // an approximate core's product of a zero significand need not be zero: the sum path adds sig
            // whatever the flags say, so it is masked to the exact product's 0
            Signal coreSig = m.wire("core_sig", 2 * p, "the core's product, meaningless for a zero operand");
            m.instance("u_sig_mul", core.get().build(name + "_sig_core"), Map.of("x", oa.sig(), "y", ob.sig(),
                    "p", coreSig));
            m.assign(sig, Expr.mux(oa.zero().or(ob.zero()), Constant.zero(2 * p), coreSig));
        } else {
            m.instance("u_sig_mul", UnsignedMultiplier.build(name + "_sig_mul", p, significandMultiplier(p)),
                    Map.of("a", oa.sig(), "b", ob.sig(), "product", sig));
        }
        m.assign(sign, oa.sign().xor(ob.sign()));
        m.assign(exp, exps.plus(oa.exp().add(ob.exp()), 1));
        m.assign(zero, oa.zero().or(ob.zero()));
        m.assign(inf, oa.inf().or(ob.inf()));
        m.assign(nan, oa.nan().or(ob.nan()).or(oa.inf().and(ob.zero())).or(oa.zero().and(ob.inf())));
        return m.build();
    }
}
