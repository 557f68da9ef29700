package org.approxmac.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class FixedMultiplierTest {

    private static BigInteger reference(long a, long b, int n, boolean signed) {
        BigInteger x = Bits.unsigned(a).and(Bits.maskWide(n));
        BigInteger y = Bits.unsigned(b).and(Bits.maskWide(n));
        if (signed) {
            x = Bits.signedValue(x, n);
            y = Bits.signedValue(y, n);
        }
        return Bits.pattern(x.multiply(y), 2 * n);
    }

    @Test
    void equalsBigIntegerMultiplication() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n : new int[] {2, 3, 8, 12, 16, 31, 32, 33, 48, 64}) {
            for (String sign : new String[] {"twos", "unsigned"}) {
                Multiplier m = Units.multiplier(UnitSpec.parse("fixed:n=" + n + ",sign=" + sign));
                long[] corners = {0, 1, -1, 1L << (n - 1), (1L << (n - 1)) - 1, Bits.mask(n)};
                for (long a : corners) {
                    for (long b : corners) {
                        check(m, a, b, n, sign.equals("twos"));
                    }
                }
                for (int i = 0; i < 3000; i++) {
                    check(m, r.nextLong(), r.nextLong(), n, sign.equals("twos"));
                }
            }
        }
    }

    private static void check(Multiplier m, long a, long b, int n, boolean signed) {
        BigInteger expected = reference(a, b, n, signed);
        assertEquals(expected, m.multiplyWide(a, b));
        if (n <= 32) {
            assertEquals(expected.longValue(), m.multiply(a, b));
        }
    }

    @Test
    void mostNegativeSquared() {
        Multiplier m = Units.multiplier(UnitSpec.parse("fixed:n=8"));
        assertEquals(0x4000, m.multiply(0x80, 0x80));
        assertEquals(0xFF80, m.multiply(0x80, 0x01));
        assertEquals(0x0001, m.multiply(0xFF, 0xFF));
    }
}
