package org.approxmac.mitchw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** Kind almsoa: ALM-SOA-m (Liu, Xu, Wang, Wang, Montuschi, Lombardi, IEEE TCAS-I 2018), Mitchell's core with a set-one log adder. */
class AlmSoaVariantTest {

    /**
     * An independent reading of docs/units.md for unsigned N-bit operands, in exact rationals: each log is
     * k + f with f the whole fraction below the leading one in N-1 bits; the set-one adder sums the
     * fractions' bits from m upwards with a carry in of the AND of their bits m-1 and sets bits 0..m-1.
     */
    private static BigInteger byTheAlgorithm(long a, long b, int n, int m) {
        if (a == 0 || b == 0) {
            return BigInteger.ZERO;
        }
        int ka = 63 - Long.numberOfLeadingZeros(a);
        int kb = 63 - Long.numberOfLeadingZeros(b);
        BigInteger fa = new BigInteger(Long.toUnsignedString(a)).clearBit(ka).shiftLeft(n - 1 - ka); // fraction * 2^(n-1)
        BigInteger fb = new BigInteger(Long.toUnsignedString(b)).clearBit(kb).shiftLeft(n - 1 - kb);
        BigInteger sum;
        if (m == 0) {
            sum = fa.add(fb);
        } else {
            int carry = fa.testBit(m - 1) && fb.testBit(m - 1) ? 1 : 0;
            sum = fa.shiftRight(m).add(fb.shiftRight(m)).add(BigInteger.valueOf(carry)).shiftLeft(m)
                    .or(BigInteger.ONE.shiftLeft(m).subtract(BigInteger.ONE));
        }
        BigInteger one = BigInteger.ONE.shiftLeft(n - 1);
        int c = ka + kb;
        if (sum.compareTo(one) >= 0) { // the fraction sum carried: characteristic + 1, fraction - 1
            c++;
            sum = sum.subtract(one);
        }
        // 2^c * (1 + sum / 2^(n-1)), floored
        return one.add(sum).shiftLeft(c).shiftRight(n - 1);
    }

    @Test
    void everyEightBitPairFollowsTheAlgorithm() {
        for (int m = 0; m <= 7; m++) {
            MitchwCore core = new MitchwCore(8, 8, MitchwVariant.setOneAdder(m));
            for (long a = 0; a < 256; a++) {
                for (long b = 0; b < 256; b++) {
                    BigInteger expected = byTheAlgorithm(a, b, 8, m);
                    assertEquals(expected.longValueExact(), core.product(a, b), "m=" + m + " " + a + " * " + b);
                    assertEquals(expected, core.productWide(a, b), "m=" + m + " " + a + " * " + b);
                }
            }
        }
    }

    @Test
    void wideOperandsFollowTheAlgorithm() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n : new int[] {16, 32, 48, 64}) {
            for (int m : new int[] {1, n / 2, n - 5, n - 1}) {
                MitchwCore core = new MitchwCore(n, n, MitchwVariant.setOneAdder(m));
                for (int i = 0; i < 5_000; i++) {
                    long a = n == 64 ? r.nextLong() : r.nextLong(1L << n);
                    long b = n == 64 ? r.nextLong() : r.nextLong(1L << n);
                    BigInteger expected = byTheAlgorithm(a, b, n, m);
                    assertEquals(expected, core.productWide(a, b), "n=" + n + " m=" + m + " " + a + " * " + b);
                    if (n <= 32) {
                        assertEquals(expected.longValue(), core.product(a, b));
                    }
                }
            }
        }
    }

    /** m = 0 is Mitchell's exact log adder: the kind is then the mitchell kind, vector for vector. */
    @Test
    void noSetOneBitsIsMitchell() {
        Multiplier soa = Units.multiplier(UnitSpec.parse("almsoa:n=8,m=0,sign=c1"));
        Multiplier mitchell = Units.multiplier(UnitSpec.parse("mitchell:n=8,sign=c1"));
        for (long a = 0; a < 256; a++) {
            for (long b = 0; b < 256; b++) {
                assertEquals(mitchell.multiply(a, b), soa.multiply(a, b), a + " * " + b);
            }
        }
    }

    /** The worked example of docs/units.md, "The ALM-SOA core". */
    @Test
    void workedExample() {
        MitchwCore core = new MitchwCore(16, 16, MitchwVariant.setOneAdder(11));
        // 1000 = 2^9 * 1.953125: fraction 0.953125 = 111101000000000 (15 bits)
        // 3000 = 2^11 * 1.46484375: fraction 0.46484375 = 011101110000000
        // bits 14..11: 1111 + 0111, carry in bit 10 & bit 10 = 0 & 0 = 0: 1 0110; bits 10..0 set to 1
        // fraction sum 1.0110 11111111111 (binary): characteristic 9 + 11 + 1 = 21, fraction 14335 / 2^15
        long la = core.logValue(1000);
        long lb = core.logValue(3000);
        assertEquals(9L << 15 | 0b111101000000000L, la);
        assertEquals(11L << 15 | 0b011101110000000L, lb);
        long sum = MitchwVariant.setOneAdder(11).logSum(la, lb);
        assertEquals(21L << 15 | 0b0110_11111111111L, sum);
        assertEquals(3_014_592, core.product(1000, 3000)); // 2^21 * (1 + 14335 / 2^15); exact 3,000,000: +0.49 %
    }

    @Test
    void theDefaultKeepsFourExactFractionBits() {
        assertEquals(11, UnitSpec.parse("almsoa:n=16").intParam("m"));
        assertEquals(27, UnitSpec.parse("almsoa:n=32").intParam("m"));
        assertEquals(16, UnitSpec.parse("almsoa:n=16").keptBits());
        SpecException e = assertThrows(SpecException.class, () -> UnitSpec.parse("almsoa:n=8,m=8"));
        assertTrue(e.getMessage().contains("0..n-1 = 0..7"), e.getMessage());
    }

    /** Every low m bits of a set-one sum are 1, whatever the operands. */
    @Test
    void theSetOnePartIsAllOnes() {
        SplittableRandom r = new SplittableRandom(5);
        for (int m = 1; m < 20; m++) {
            MitchwVariant v = MitchwVariant.setOneAdder(m);
            for (int i = 0; i < 1000; i++) {
                long s = v.logSum(r.nextLong(1L << 24), r.nextLong(1L << 24));
                assertEquals((1L << m) - 1, s & ((1L << m) - 1));
            }
        }
    }
}
