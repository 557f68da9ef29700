package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static BigInteger v(long x) {
        return BigInteger.valueOf(x);
    }

    @Test
    void evaluatesOperatorsModTheirWidth() {
        ModuleBuilder m = new ModuleBuilder("t");
        Signal a = m.input("a", 4);
        Signal b = m.input("b", 4);
        m.assign(m.output("sum", 4), a.add(b));
        m.assign(m.output("diff", 4), a.sub(b));
        m.assign(m.output("neg", 4), a.negate());
        m.assign(m.output("cat", 8), Expr.concat(a.slice(1, 0), Expr.replicate(b.msb(), 2), a.shr(b)));
        m.assign(m.output("flags", 4), Expr.concat(a.lt(b), a.xorReduce(), a.andReduce(), a.isZero()));
        m.assign(m.output("big", 4), a.shl(b));
        m.assign(m.output("sprod", 8), a.sext(8).mulSigned(b.sext(8)));
        Map<String, BigInteger> out = new Evaluator(m.build()).evaluate(Map.of("a", v(13), "b", v(9)));
        assertEquals(v(6), out.get("sum"));
        assertEquals(v(4), out.get("diff"));
        assertEquals(v(3), out.get("neg"));
        assertEquals(v(0b01_11_0000), out.get("cat"));
        assertEquals(v(0b0100), out.get("flags"));
        assertEquals(v(0), out.get("big"));
        assertEquals(v((-3 * -7) & 0xff), out.get("sprod"), "13 and 9 are -3 and -7 in 4 bits");
    }

    @Test
    void registersFollowResetEnableAndInstances() {
        ModuleBuilder inc = new ModuleBuilder("inc");
        Signal x = inc.input("x", 3);
        inc.assign(inc.output("y", 3), x.add(Expr.constant(3, 1)));
        HdlModule incModule = inc.build();
        ModuleBuilder m = new ModuleBuilder("counter");
        Signal clk = m.input("clk", 1);
        Signal rst = m.input("rst", 1);
        Signal en = m.input("en", 1);
        Signal q = m.output("q", 3);
        Signal next = m.wire("next", 3);
        m.instance("u_inc", incModule, Map.of("x", q, "y", next));
        m.register(q, clk, rst, Constant.zero(3), en, next);
        Evaluator e = new Evaluator(m.build());
        Map<String, BigInteger> on = Map.of("en", v(1));
        assertEquals(v(1), e.step(on).get("q"));
        assertEquals(v(2), e.step(on).get("q"));
        assertEquals(v(2), e.step(Map.of()).get("q"));
        assertEquals(v(0), e.step(Map.of("en", v(1), "rst", v(1))).get("q"));
    }
}
