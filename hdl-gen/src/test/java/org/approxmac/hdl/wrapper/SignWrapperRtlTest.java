package org.approxmac.hdl.wrapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.approxmac.spec.C1ZeroRule;
import org.approxmac.hdl.ModuleEval;
import org.approxmac.hdl.blocks.UnsignedMultiplier;
import org.approxmac.hdl.builder.HdlModule;
import org.approxmac.hdl.builder.ModuleBuilder;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.spec.SignMode;
import org.junit.jupiter.api.Test;

/** The sign wrapper around an exact core, where every mode has a closed form. */
class SignWrapperRtlTest {

    private static final int N = 5;
    private static final long MASK = (1L << (2 * N)) - 1;

    /** An exact core with the x, y, p ports of a core. */
    private static final UnsignedCoreRtl EXACT = new UnsignedCoreRtl() {
        @Override
        public int width() {
            return N;
        }

        @Override
        public HdlModule build(String name) {
            HdlModule mul = UnsignedMultiplier.build(name + "_mul", N);
            ModuleBuilder m = new ModuleBuilder(name);
            Signal x = m.input("x", N);
            Signal y = m.input("y", N);
            m.instance("u_mul", mul, java.util.Map.of("a", x, "b", y, "product", m.output("p", 2 * N)));
            return m.build();
        }
    };

    private static long signed(long v) {
        return v >= (1L << (N - 1)) ? v - (1L << N) : v;
    }

    @Test
    void signMagnitudeAroundAnExactCoreIsTheTwosComplementProduct() {
        ModuleEval sm = new ModuleEval(SignWrapperRtl.build("w", SignMode.SM, C1ZeroRule.NONE, EXACT));
        for (long a = 0; a < (1L << N); a++) {
            for (long b = 0; b < (1L << N); b++) {
                assertEquals((signed(a) * signed(b)) & MASK, sm.out("z", "a", a, "b", b), a + "*" + b);
            }
        }
    }

    @Test
    void onesComplementFollowsTheFormulaAndTheZeroRule() {
        ModuleEval masked = new ModuleEval(SignWrapperRtl.build("w", SignMode.C1, C1ZeroRule.NOT_ZERO_MASK, EXACT));
        ModuleEval plain = new ModuleEval(SignWrapperRtl.build("w", SignMode.C1, C1ZeroRule.NONE, EXACT));
        long opMask = (1L << N) - 1;
        for (long a = 0; a < (1L << N); a++) {
            for (long b = 0; b < (1L << N); b++) {
                boolean sa = signed(a) < 0;
                boolean sb = signed(b) < 0;
                long p = (sa ? ~a & opMask : a) * (sb ? ~b & opMask : b);
                long z = (sa ^ sb) ? ~p & MASK : p;
                assertEquals(z, plain.out("z", "a", a, "b", b));
                assertEquals(a == 0 || b == 0 ? 0 : z, masked.out("z", "a", a, "b", b));
            }
        }
        // DRUM's rule: 0 * (-5) = ~0 = -1; Mitch-w's: 0
        assertEquals(MASK, plain.out("z", "a", 0, "b", (-5) & opMask));
        assertEquals(0, masked.out("z", "a", 0, "b", (-5) & opMask));
    }

    @Test
    void unsignedPassesOperandsThrough() {
        ModuleEval u = new ModuleEval(SignWrapperRtl.build("w", SignMode.UNSIGNED, C1ZeroRule.NONE, EXACT));
        assertEquals(31 * 30, u.out("z", "a", 31, "b", 30));
    }

    @Test
    void rejectsTwos() {
        assertThrows(IllegalArgumentException.class, () -> SignWrapperRtl.build("w", SignMode.TWOS, C1ZeroRule.NONE, EXACT));
    }
}
