package org.approxmac.fp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.approxmac.hdl.blocks.MultiplyAdd;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.pipeline.DelayModel;
import org.approxmac.hdl.pipeline.Pipeliner;
import org.approxmac.hdl.wrapper.MacWrapperRtl;
import org.approxmac.hdl.wrapper.UnsignedCoreRtl;
import org.approxmac.spec.UnitSpec;

/**
 * RTL of the floating-point multipliers and MACs ({@code bf16}, {@code fp32}; docs/units.md, "Floating
 * point"), layered like the golden model {@link FloatUnit}: unpack, exact product, (unfused: round
 * the product and unpack it again), aligned exact sum, one rounder, special values last.
 * <pre>
 *  multiplier:  a, b --ProductRtl--&gt; exact product --RounderRtl--&gt; specials --&gt; z
 *  fused MAC:   a, b --ProductRtl--------------------------------------+
 *               clr ? 0 : acc --UnpackRtl------------------------------+--AlignAddRtl--RounderRtl--&gt; specials
 *  unfused MAC: a, b --multiplier--&gt; z --UnpackRtl--&gt; (as the product above)              --&gt; acc register
 * </pre>
 * Everything is parameterised by the operand and result {@link FloatFormat}s, so other formats
 * (fp16, e5m2, e4m3 operands) are a parameter change: see {@link #multiplier} and {@link #mac}.
 * Submodules are named {@code <top>_...}. These are the floating-point baselines of Kim, Del Barrio,
 * Kim, Bagherzadeh, "The Effects of Approximate Multiplication on Convolutional Neural Networks",
 * IEEE TETC 2021, Table 4 (bfloat16 MAC with FP32 accumulation; FP32 MAC).
 */
public final class FloatRtl {

    private FloatRtl() {
    }

    /** The top module of a {@code bf16} or {@code fp32} spec (multiplier or MAC). */
    public static HdlModule build(UnitSpec spec, String name) {
        return build(spec, name, Optional.empty());
    }

    /**
     * The top module of a floating spec, its significands multiplied by {@code core} when the spec's
     * {@code mult} key names an approximate one (the integer kind's unsigned core, which the caller
     * builds: {@code org.approxmac.hdl.Rtl} knows every kind's).
     */
    public static HdlModule build(UnitSpec spec, String name, Optional<UnsignedCoreRtl> core) {
        FloatUnit unit = FloatUnit.of(spec);
        checkCore(unit, core);
        return spec.mac() ? mac(name, unit, spec.latency(), core) : multiplier(name, unit, core);
    }

    /** The core must be there exactly when the unit's golden model has one. */
    static void checkCore(FloatUnit unit, Optional<UnsignedCoreRtl> core) {
        if (unit.significandCore().isPresent() != core.isPresent()) {
            throw new IllegalArgumentException(unit + (core.isPresent() ? " has an exact significand product"
                    : " needs the RTL of its significand core"));
        }
    }

    /** One line naming the significand multiplier's architecture, e.g. for reports and headers. */
    public static String describe(UnitSpec spec) {
        int p = FloatUnit.operandFormat(spec).precision();
        return "significand product " + SignificandCore.coreSpec(spec).map(core -> "by the unsigned "
                + core.kind().specName() + " core " + core.canonical())
                .orElseGet(() -> ProductRtl.significandMultiplier(p).map(MultiplyAdd::describe).orElse("Verilog '*'"));
    }

    /**
     * An exponent width that holds every intermediate exponent of a unit: products of the smallest
     * subnormals, alignment distances against the largest accumulator, window offsets and shifts.
     */
    static int exponentWidth(FloatUnit unit) {
        FloatFormat in = unit.operandFormat();
        FloatFormat out = unit.resultFormat();
        long operandRange = in.bias() + in.precision() + 1L;
        long resultRange = out.bias() + out.precision() + 1L;
        long windows = 2L * in.precision() + 3L * out.precision() + 8;
        return SignedExponents.widthFor(2 * operandRange + 2 * resultRange + 4 * windows);
    }

    /** The multiplier: ports {@code a}, {@code b} (operand format), {@code z} (result format). */
    public static HdlModule multiplier(String name, FloatUnit unit) {
        return multiplier(name, unit, Optional.empty());
    }

    /** The multiplier, its significands multiplied by {@code core} if present. */
    public static HdlModule multiplier(String name, FloatUnit unit, Optional<UnsignedCoreRtl> core) {
        FloatFormat in = unit.operandFormat();
        FloatFormat out = unit.resultFormat();
        int expWidth = exponentWidth(unit);
        HdlModule rounder = RounderRtl.build(name + "_round", out, unit.subnormals(), 2 * in.precision(), expWidth);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(in.name() + " multiplier, " + out.name() + " product rounded to nearest even (subnormals="
                + unit.subnormals().specName() + ").");
        Signal a = m.input("a", in.width());
        Signal b = m.input("b", in.width());
        Signal z = m.output("z", out.width());
        Operand p = exactProduct(m, ProductRtl.build(name + "_product", in, unit.subnormals(), expWidth, core), Map.of(), a, b,
                2 * in.precision(), expWidth);
        Signal rounded = m.wire("rounded", out.width());
        m.instance("u_round", rounder, Map.of("sign", p.sign(), "sig", p.sig(), "exp", p.exp(), "z", rounded));
        m.assign(z, specials(out, p.nan(), p.inf(), p.sign(), Expr.mux(p.zero(),
                Expr.concat(p.sign(), Constant.zero(out.width() - 1)), rounded)));
        return m.build();
    }

    /**
     * The MAC: ports {@code clk, rst, en, clr, a, b, acc}; on a rising edge, if rst then acc &lt;- 0,
     * else if en then acc &lt;- RNE(clr ? 0 : acc) + a*b) (the product rounded first if not fused).
     */
    public static HdlModule mac(String name, FloatUnit unit) {
        return mac(name, unit, 0, Optional.empty());
    }

    /**
     * The MAC of {@link #mac(String, FloatUnit)} pipelined to latency {@code stages} (initiation
     * interval 1): the product path (a, b to the exact product, or to the rounded product if unfused) is
     * registered into {@code stages} stages by {@link Pipeliner}, rst, en and clr delayed alike; the
     * accumulation loop (unpack, align-add, round into acc) stays one cycle, since each sum is rounded
     * before the next is added. So acc shows the combinational MAC's sequence, {@code stages} cycles later.
     */
    public static HdlModule mac(String name, FloatUnit unit, int stages, Optional<UnsignedCoreRtl> core) {
        FloatFormat in = unit.operandFormat();
        FloatFormat out = unit.resultFormat();
        int expWidth = exponentWidth(unit);
        HdlModule unpackAcc = UnpackRtl.build(name + "_unpack_acc", out, unit.subnormals(), expWidth);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(in.name() + " MAC with " + out.name() + " accumulator, " + (unit.fused() ? "fused (one rounding)"
                : "unfused (product rounded first)") + ", subnormals=" + unit.subnormals().specName() + ".");
        MacWrapperRtl.Ports ports = MacWrapperRtl.ports(m, in.width(), out.width());
        Signal a = ports.a();
        Signal b = ports.b();
        Signal acc = ports.acc();
        int productWidth = unit.fused() ? 2 * in.precision() : unpackAcc.port("sig").width();
        HdlModule adder = AlignAddRtl.build(name + "_align_add", productWidth, out, expWidth);
        HdlModule rounder = RounderRtl.build(name + "_round", out, unit.subnormals(), adder.port("sum").width(), expWidth);
        HdlModule productPath = unit.fused() ? ProductRtl.build(name + "_product", in, unit.subnormals(), expWidth, core)
                : multiplier(name + "_mul", unit, core);
        if (stages > 0) {
            m.doc("Pipelined: latency " + stages + ", initiation interval 1; the product path in " + stages + " stage"
                    + (stages == 1 ? "" : "s") + " (rst, en, clr delayed alike), the accumulation loop one cycle.");
            int loop = DelayModel.levels(unpackAcc) + DelayModel.levels(adder) + DelayModel.levels(rounder)
                    + LOOP_SELECT_LEVELS;
            productPath = Pipeliner.pipeline(productPath, productPath.name(), "clk", stages, loop);
        }
        Map<String, Signal> clocked = stages > 0 ? Map.of("clk", ports.clk()) : Map.of();
        Operand p;
        if (unit.fused()) {
            p = exactProduct(m, productPath, clocked, a, b, 2 * in.precision(), expWidth);
        } else {
            Signal product = m.wire("product", out.width(), "the product rounded on its own");
            Map<String, Signal> connections = new HashMap<>(Map.of("a", a, "b", b, "z", product));
            connections.putAll(clocked);
            m.instance("u_mul", productPath, connections);
            p = Operand.unpack(m, "u_unpack_product", unpackAcc, product, "p");
        }
        MacWrapperRtl.Ports delayed = ports.delayed(m, stages);
        Signal clk = delayed.clk();
        Signal rst = delayed.rst();
        Signal en = delayed.en();
        Signal clr = delayed.clr();
        Signal base = m.wire("acc_base", Expr.mux(clr, Constant.zero(out.width()), acc), "clr starts a new sum");
        Operand c = Operand.unpack(m, "u_unpack_acc", unpackAcc, base, "c");
        int sumWidth = adder.port("sum").width();
        Signal sumSign = m.wire("sum_sign", 1);
        Signal sum = m.wire("sum", sumWidth);
        Signal sumExp = m.wire("sum_exp", expWidth);
        var adderPorts = new HashMap<String, Signal>();
        for (var operand : Map.of("p", p, "c", c).entrySet()) {
            Operand o = operand.getValue();
            String prefix = operand.getKey() + "_";
            adderPorts.putAll(Map.of(prefix + "sign", o.sign(), prefix + "sig", o.sig(), prefix + "exp", o.exp(),
                    prefix + "zero", o.zero()));
        }
        adderPorts.putAll(Map.of("sign", sumSign, "sum", sum, "exp", sumExp));
        m.instance("u_align_add", adder, adderPorts);
        Signal rounded = m.wire("rounded", out.width());
        m.instance("u_round", rounder, Map.of("sign", sumSign, "sig", sum, "exp", sumExp, "z", rounded));
        Signal nan = m.wire("nan", p.nan().or(c.nan()).or(p.inf().and(c.inf()).and(p.sign().xor(c.sign()))),
                "NaN in, inf * 0, or inf - inf");
        Signal inf = m.wire("inf", p.inf().or(c.inf()));
        Signal infSign = m.wire("inf_sign", Expr.mux(p.inf(), p.sign(), c.sign()));
        Signal next = m.wire("acc_next", specials(out, nan, inf, infSign, rounded));
        m.register(acc, clk, rst, Constant.zero(out.width()), en, next);
        return m.build();
    }

    /** Gate levels of the loop besides its blocks: the clr select and the special-value selects. */
    private static final int LOOP_SELECT_LEVELS = 6;

    /**
     * Instantiates {@code product} (the exact product of a and b, pipelined or not; {@code clocked} its
     * clock connection, if any) as {@code u_product}, driving the wires {@code p_*}.
     */
    private static Operand exactProduct(ModuleBuilder m, HdlModule product, Map<String, Signal> clocked, Signal a,
                                        Signal b, int sigWidth, int expWidth) {
        Operand p = Operand.declare(m, "p", sigWidth, expWidth);
        Map<String, Signal> connections = new HashMap<>(p.ports());
        connections.put("a", a);
        connections.put("b", b);
        connections.putAll(clocked);
        m.instance("u_product", product, connections);
        return p;
    }

    /** nan ? canonical NaN : inf ? signed infinity : finite. */
    static Expr specials(FloatFormat out, Expr nan, Expr inf, Expr infSign, Expr finite) {
        Expr canonicalNaN = Expr.constant(out.width(), out.canonicalNaN());
        Expr infinity = Expr.concat(infSign, Expr.constant(out.width() - 1, out.infinity(false)));
        return Expr.mux(nan, canonicalNaN, Expr.mux(inf, infinity, finite));
    }
}
