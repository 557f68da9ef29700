package org.approxmac.hdl.wrapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Map;
import org.approxmac.fixed.FixedRtl;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.spec.SignMode;
import org.junit.jupiter.api.Test;

class MacWrapperRtlTest {

    private static Map<String, BigInteger> in(int rst, int en, int clr, long a, long b) {
        return Map.of("rst", BigInteger.valueOf(rst), "en", BigInteger.valueOf(en), "clr", BigInteger.valueOf(clr),
                "a", BigInteger.valueOf(a), "b", BigInteger.valueOf(b));
    }

    private static long acc(Evaluator e, Map<String, BigInteger> inputs) {
        return e.step(inputs).get("acc").longValue();
    }

    @Test
    void accumulatesSignExtendedProductsUnderRstEnClr() {
        HdlModule mul = FixedRtl.build("m_mul", 4, SignMode.TWOS);
        Evaluator e = new Evaluator(MacWrapperRtl.build("m", mul, 12, true));
        assertEquals(6, acc(e, in(0, 1, 0, 2, 3)));
        assertEquals(4096 - 2, acc(e, in(0, 1, 0, 0b1110, 4)), "6 + (-2)*4, the product sign-extended to 12 bits");
        assertEquals(4096 - 2, acc(e, in(0, 0, 0, 7, 7)), "en low holds");
        assertEquals(49, acc(e, in(0, 1, 1, 7, 7)), "clr starts a new sum");
        assertEquals(0, acc(e, in(1, 1, 0, 7, 7)), "rst wins");
    }

    @Test
    void zeroExtendsUnsignedProductsAndWrapsModTwoToTheA() {
        HdlModule mul = FixedRtl.build("m_mul", 4, SignMode.UNSIGNED);
        Evaluator e = new Evaluator(MacWrapperRtl.build("m", mul, 9, false));
        assertEquals(225, acc(e, in(0, 1, 0, 15, 15)));
        assertEquals(450 % 512, acc(e, in(0, 1, 0, 15, 15)));
        assertEquals((450 + 225) % 512, acc(e, in(0, 1, 0, 15, 15)));
    }

    @Test
    void rejectsAnAccumulatorNarrowerThanTheProduct() {
        HdlModule mul = FixedRtl.build("m_mul", 4, SignMode.TWOS);
        assertThrows(IllegalArgumentException.class, () -> MacWrapperRtl.build("m", mul, 7, true));
    }
}
