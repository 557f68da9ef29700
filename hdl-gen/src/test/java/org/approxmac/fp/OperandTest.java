package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.junit.jupiter.api.Test;

class OperandTest {

    @Test
    void unpackWiresEveryFieldOfTheValue() {
        var unpack = UnpackRtl.build("t_unpack", FloatFormat.BF16, SubnormalMode.IEEE, 10);
        var m = new ModuleBuilder("t");
        Signal x = m.input("x", 16);
        Operand o = Operand.unpack(m, "u_unpack", unpack, x, "v");
        assertEquals("v_sig", o.sig().name());
        assertEquals(8, o.sig().width());
        assertEquals(10, o.exp().width());
        m.assign(m.output("flags", 4), Expr.concat(o.sign(), o.zero(), o.inf(), o.nan()));
        m.assign(m.output("sig", 8), o.sig());
        m.assign(m.output("exp", 10), o.exp());
        var e = new Evaluator(m.build());
        Map<String, Long> out = RtlValues.evaluate(e, Map.of("x", 0xBFC0L)); // -1.5
        assertEquals(0b1000L, out.get("flags"));
        assertEquals(0xC0L, out.get("sig"));
        assertEquals(0L, out.get("exp"));
        assertEquals(6, o.ports().size());
    }
}
