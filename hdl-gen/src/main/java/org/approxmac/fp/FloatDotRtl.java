package org.approxmac.fp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.wrapper.MacWrapperRtl;
import org.approxmac.hdl.wrapper.UnsignedCoreRtl;
import org.approxmac.spec.UnitSpec;

/**
 * RTL of a floating-point dot-product unit ({@code bf16} or {@code fp32} with {@code dot=K}; docs/units.md,
 * "Dot-product units"), mirroring the golden {@link FloatSumTree}: one instance of the kind's multiplier per
 * lane, the FP32 products added by a balanced tree of one FP32 adder module (lane pairs (0, 1), (2, 3), ...
 * first, an odd last value passed up a level), each sum rounded to nearest even. A MAC adds the tree's sum
 * to {@code clr ? 0 : acc} with one more instance of the adder.
 * <pre>
 *   a[i], b[i] --u_lane&lt;i&gt;--&gt; p&lt;i&gt; --u_add&lt;level&gt;_&lt;j&gt; tree--&gt; sum --(MAC: u_accumulate with acc_base)--&gt; z / acc
 * </pre>
 */
public final class FloatDotRtl {

    private FloatDotRtl() {
    }

    /** One line naming the datapath, e.g. for reports and headers. */
    public static String describe(UnitSpec spec) {
        return "lane products summed by a balanced tree of " + (spec.lanes() - 1) + " FP32 adders"
                + (spec.mac() ? ", one more adding the sum to the accumulator" : "");
    }

    /** The top module of a floating {@code dot=K} spec, a unit (ports a, b, z) or a MAC. */
    public static HdlModule build(UnitSpec spec, String name, Optional<UnsignedCoreRtl> core) {
        FloatUnit unit = FloatUnit.of(spec);
        FloatRtl.checkCore(unit, core);
        FloatFormat in = unit.operandFormat();
        FloatFormat out = unit.resultFormat();
        int lanes = spec.lanes();
        HdlModule lane = FloatRtl.multiplier(name + "_lane", unit, core);
        HdlModule adder = adder(name + "_add", unit);
        ModuleBuilder m = new ModuleBuilder(name);
        String what = lanes + "-lane " + in.name() + " dot product: the lanes' " + out.name() + " products summed by a"
                + " balanced tree of " + out.name() + " adders, lane pairs (0,1), (2,3), ... first, each sum rounded to"
                + " nearest even (subnormals=" + unit.subnormals().specName() + ")";
        Signal a;
        Signal b;
        MacWrapperRtl.Ports ports = null;
        if (spec.mac()) {
            m.doc(what + "; acc <- RNE((clr ? 0 : acc) + sum).");
            ports = MacWrapperRtl.ports(m, lanes * in.width(), out.width());
            a = ports.a();
            b = ports.b();
        } else {
            m.doc(what + ".");
            a = m.input("a", lanes * in.width());
            b = m.input("b", lanes * in.width());
        }
        List<Signal> level = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            Signal p = m.wire("p" + i, out.width(), i == 0 ? "lane products, FP32 patterns" : "");
            int lo = i * in.width();
            m.instance("u_lane" + i, lane, Map.of("a", a.slice(lo + in.width() - 1, lo), "b",
                    b.slice(lo + in.width() - 1, lo), "z", p));
            level.add(p);
        }
        for (int depth = 1; level.size() > 1; depth++) {
            List<Signal> next = new ArrayList<>();
            for (int j = 0; j + 1 < level.size(); j += 2) {
                Signal s = m.wire("s" + depth + "_" + j / 2, out.width(), j == 0 ? "tree level " + depth : "");
                m.instance("u_add" + depth + "_" + j / 2, adder, Map.of("x", level.get(j), "y", level.get(j + 1),
                        "z", s));
                next.add(s);
            }
            if (level.size() % 2 == 1) {
                next.add(level.get(level.size() - 1));
            }
            level = next;
        }
        Signal sum = level.get(0);
        if (ports == null) {
            m.assign(m.output("z", out.width()), sum);
            return m.build();
        }
        Signal base = m.wire("acc_base", Expr.mux(ports.clr(), Constant.zero(out.width()), ports.acc()),
                "clr starts a new sum");
        Signal next = m.wire("acc_next", out.width());
        m.instance("u_accumulate", adder, Map.of("x", base, "y", sum, "z", next));
        m.register(ports.acc(), ports.clk(), ports.rst(), Constant.zero(out.width()), ports.en(), next);
        return m.build();
    }

    /**
     * An adder of two result-format patterns: z = RNE(x + y), NaN canonical, subnormal inputs and tiny
     * results flushed under ftz (the golden {@link FloatUnit#add}); built from the MAC's blocks (unpack,
     * aligned exact sum, rounder) as the unfused MAC's accumulation loop is.
     */
    static HdlModule adder(String name, FloatUnit unit) {
        FloatFormat out = unit.resultFormat();
        int expWidth = FloatRtl.exponentWidth(unit);
        HdlModule unpack = UnpackRtl.build(name + "_unpack", out, unit.subnormals(), expWidth);
        HdlModule align = AlignAddRtl.build(name + "_align_add", unpack.port("sig").width(), out, expWidth);
        HdlModule rounder = RounderRtl.build(name + "_round", out, unit.subnormals(), align.port("sum").width(), expWidth);
        ModuleBuilder m = new ModuleBuilder(name);
        m.doc(out.name() + " adder: z = x + y rounded to nearest even (subnormals=" + unit.subnormals().specName() + ").");
        Signal x = m.input("x", out.width());
        Signal y = m.input("y", out.width());
        Signal z = m.output("z", out.width());
        Operand p = Operand.unpack(m, "u_unpack_x", unpack, x, "p");
        Operand c = Operand.unpack(m, "u_unpack_y", unpack, y, "c");
        Signal sign = m.wire("sum_sign", 1);
        Signal sum = m.wire("sum", align.port("sum").width());
        Signal exp = m.wire("sum_exp", expWidth);
        m.instance("u_align_add", align, Map.ofEntries(Map.entry("p_sign", p.sign()), Map.entry("p_sig", p.sig()),
                Map.entry("p_exp", p.exp()), Map.entry("p_zero", p.zero()), Map.entry("c_sign", c.sign()),
                Map.entry("c_sig", c.sig()), Map.entry("c_exp", c.exp()), Map.entry("c_zero", c.zero()),
                Map.entry("sign", sign), Map.entry("sum", sum), Map.entry("exp", exp)));
        Signal rounded = m.wire("rounded", out.width());
        m.instance("u_round", rounder, Map.of("sign", sign, "sig", sum, "exp", exp, "z", rounded));
        Signal nan = m.wire("nan", p.nan().or(c.nan()).or(p.inf().and(c.inf()).and(p.sign().xor(c.sign()))),
                "NaN in, or inf - inf");
        Signal inf = m.wire("inf", p.inf().or(c.inf()));
        Signal infSign = m.wire("inf_sign", Expr.mux(p.inf(), p.sign(), c.sign()));
        m.assign(z, FloatRtl.specials(out, nan, inf, infSign, rounded));
        return m.build();
    }
}
