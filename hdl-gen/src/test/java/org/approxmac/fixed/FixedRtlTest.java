package org.approxmac.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.approxmac.hdl.ModuleEval;
import org.approxmac.spec.SignMode;
import org.junit.jupiter.api.Test;

class FixedRtlTest {

    @Test
    void exactProductsExhaustively() {
        int n = 6;
        ModuleEval twos = new ModuleEval(FixedRtl.build("t", n, SignMode.TWOS));
        ModuleEval unsigned = new ModuleEval(FixedRtl.build("u", n, SignMode.UNSIGNED));
        long mask = (1L << (2 * n)) - 1;
        for (long a = 0; a < (1L << n); a++) {
            for (long b = 0; b < (1L << n); b++) {
                long sa = a >= (1L << (n - 1)) ? a - (1L << n) : a;
                long sb = b >= (1L << (n - 1)) ? b - (1L << n) : b;
                assertEquals((sa * sb) & mask, twos.out("z", "a", a, "b", b));
                assertEquals(a * b, unsigned.out("z", "a", a, "b", b));
            }
        }
    }

    @Test
    void rejectsApproximateSignModes() {
        assertThrows(IllegalArgumentException.class, () -> FixedRtl.build("x", 8, SignMode.C1));
    }
}
