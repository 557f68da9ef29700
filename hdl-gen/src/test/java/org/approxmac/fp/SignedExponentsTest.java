package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.junit.jupiter.api.Test;

class SignedExponentsTest {

    @Test
    void widthHoldsTheBound() {
        assertEquals(11, SignedExponents.widthFor(960));
        assertEquals(11, SignedExponents.widthFor(1023));
        assertEquals(12, SignedExponents.widthFor(1024));
    }

    @Test
    void comparesAndAddsInTwosComplement() {
        int w = 8;
        var m = new ModuleBuilder("cmp");
        var exps = new SignedExponents(m, w);
        Signal x = m.input("x", w);
        Signal y = m.input("y", w);
        m.assign(m.output("x_lt_y", 1), exps.less("x_lt_y", x, y));
        m.assign(m.output("x_lt_k", 1), exps.less("x_lt_k", x, -5));
        m.assign(m.output("x_plus", w), exps.plus(x, -100));
        var e = new Evaluator(m.build());
        var random = new SplittableRandom(2);
        for (int i = 0; i < 3000; i++) {
            int a = random.nextInt(-128, 128);
            int b = random.nextInt(-128, 128);
            Map<String, Long> out = RtlValues.evaluate(e, Map.of("x", RtlValues.pattern(a, w), "y", RtlValues.pattern(b, w)));
            assertEquals(a < b ? 1L : 0L, out.get("x_lt_y"), a + " < " + b);
            assertEquals(a < -5 ? 1L : 0L, out.get("x_lt_k"), a + " < -5");
            assertEquals(RtlValues.pattern(a - 100, w), out.get("x_plus"), a + " - 100");
        }
    }
}
