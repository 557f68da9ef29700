package org.approxmac.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Bits;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** Kind bbm: the broken-Booth multiplier (Farshchi, Abrishami, Fakhraie, CADS 2013). */
class BrokenBoothMultiplierTest {

    /**
     * An independent reading: the dot diagram itself. Each row is the (N+1)-bit pattern of digit * a in
     * one's complement with its sign bit inverted, plus a negation bit, and the sign-extension constant
     * -sum 2^(2i+N); the dots of columns >= v are summed with the constant, mod 2^2N.
     */
    private static BigInteger byTheDotDiagram(long a, long b, int n, int v) {
        BigInteger x = Bits.signedValue(Bits.unsigned(a).and(Bits.maskWide(n)), n);
        BigInteger y = Bits.signedValue(Bits.unsigned(b).and(Bits.maskWide(n)), n);
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < (n + 1) / 2; i++) {
            int high = y.testBit(2 * i + 1) ? 1 : 0; // testBit on a negative BigInteger reads its sign extension
            int mid = y.testBit(2 * i) ? 1 : 0;
            int low = i > 0 && y.testBit(2 * i - 1) ? 1 : 0;
            int digit = -2 * high + mid + low;
            BigInteger row = x.multiply(BigInteger.valueOf(Math.abs(digit)));
            if (digit < 0) {
                row = row.not();
            }
            row = row.and(Bits.maskWide(n + 1)).flipBit(n); // n+1 bits, sign bit inverted
            for (int k = 0; k <= n; k++) {
                if (2 * i + k >= v && row.testBit(k)) {
                    sum = sum.add(BigInteger.ONE.shiftLeft(2 * i + k));
                }
            }
            if (digit < 0 && 2 * i >= v) {
                sum = sum.add(BigInteger.ONE.shiftLeft(2 * i));
            }
            sum = sum.subtract(BigInteger.ONE.shiftLeft(2 * i + n));
        }
        return Bits.pattern(sum, 2 * n);
    }

    @Test
    void everyEightBitPairFollowsTheDotDiagram() {
        for (int v = 0; v <= 8; v++) {
            Multiplier m = Units.multiplier(UnitSpec.parse("bbm:n=8,vbl=" + v));
            for (long a = 0; a < 256; a++) {
                for (long b = 0; b < 256; b++) {
                    BigInteger expected = byTheDotDiagram(a, b, 8, v);
                    assertEquals(expected.longValueExact(), m.multiply(a, b), "v=" + v + " " + a + " * " + b);
                    assertEquals(expected, m.multiplyWide(a, b));
                }
            }
        }
    }

    @Test
    void oddAndWideWidthsFollowTheDotDiagram() {
        SplittableRandom r = new SplittableRandom(7);
        for (int n : new int[] {5, 7, 15, 16, 31, 32, 33, 48, 63, 64}) {
            for (int v : new int[] {0, 1, n / 2, n - 1, n}) {
                Multiplier m = Units.multiplier(UnitSpec.parse("bbm:n=" + n + ",vbl=" + v));
                for (int i = 0; i < 3_000; i++) {
                    long a = r.nextLong();
                    long b = r.nextLong();
                    BigInteger expected = byTheDotDiagram(a, b, n, v);
                    assertEquals(expected, m.multiplyWide(a, b), "n=" + n + " v=" + v + " " + a + " * " + b);
                    if (n <= 32) {
                        assertEquals(expected.longValue(), m.multiply(a, b));
                    }
                }
            }
        }
    }

    /** No breaking line is the exact product; every line under-estimates by less than (ceil(N/2) + 1) 2^v. */
    @Test
    void theErrorIsOneSignedAndBounded() {
        SplittableRandom r = new SplittableRandom(3);
        for (int v = 0; v <= 16; v++) {
            Multiplier m = Units.multiplier(UnitSpec.parse("bbm:n=16,vbl=" + v));
            long bound = 9L << v;
            for (int i = 0; i < 20_000; i++) {
                long a = Bits.signExtend(r.nextLong(), 16);
                long b = Bits.signExtend(r.nextLong(), 16);
                long z = Bits.signExtend(m.multiply(a, b), 32);
                long error = a * b - z;
                if (v == 0) {
                    assertEquals(0, error, a + " * " + b);
                } else {
                    assertTrue(error >= 0 && error < bound, "v=" + v + " " + a + " * " + b + ": " + error);
                }
            }
        }
    }

    @Test
    void specRangesAndDefaults() {
        assertEquals(16, UnitSpec.parse("bbm:n=16").intParam("vbl"));
        SpecException e = assertThrows(SpecException.class, () -> UnitSpec.parse("bbm:n=8,vbl=9"));
        assertTrue(e.getMessage().contains("0..n = 0..8"), e.getMessage());
        assertThrows(SpecException.class, () -> UnitSpec.parse("bbm:n=8,sign=sm"));
    }
}
