package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class IntegerMacTest {

    @Test
    void signExtendsTheProductAndWrapsModTwoToTheA() {
        Mac mac = Units.mac(UnitSpec.parse("fixed:n=8,mac,acc=16"));
        assertEquals(0xFFFF, mac.accumulate(0, 0xFF, 0x01)); // -1
        assertEquals(0xFFFE, mac.accumulate(0xFFFF, 0xFF, 0x01));
        assertEquals(0x0000, mac.accumulate(0xFFFF, 0x01, 0x01));
        assertEquals(0x3FFF, mac.accumulate(0xFFFF, 0x80, 0x80)); // -1 + 2^14
    }

    @Test
    void unsignedZeroExtends() {
        Mac mac = Units.mac(UnitSpec.parse("mitchw:n=8,w=8,sign=unsigned,mac,acc=16"));
        assertEquals(0xFE00 & 0xFFFF, mac.accumulate(0, 0xFF, 0xFF)); // Mitchell 255*255 = 254 << 8
    }

    @Test
    void wideAccumulatorMatchesExactSum() {
        UnitSpec spec = UnitSpec.parse("fixed:n=32,mac");
        Mac mac = Units.mac(spec);
        SplittableRandom r = new SplittableRandom(4);
        BigInteger acc = BigInteger.ZERO;
        BigInteger exact = BigInteger.ZERO;
        for (int i = 0; i < 1000; i++) {
            int a = r.nextInt();
            int b = r.nextInt();
            acc = mac.accumulate(acc, a, b);
            exact = exact.add(BigInteger.valueOf((long) a * b));
        }
        assertEquals(Bits.pattern(exact, 72), acc);
    }

    @Test
    void negativeApproximateProductsInWideAccumulators() {
        // (-1) * 5 in c1 is ~5 = -6; in a 128-bit accumulator that is 2^128 - 6
        Mac mac = Units.mac(UnitSpec.parse("mitchw:n=32,w=6,mac,acc=128"));
        assertEquals(Bits.maskWide(128).subtract(BigInteger.valueOf(5)),
                mac.accumulate(BigInteger.ZERO, 0xFFFFFFFFL, 5));
        assertEquals(BigInteger.valueOf(4), mac.accumulate(BigInteger.TEN, 0xFFFFFFFFL, 5));
    }

    @Test
    void narrowAndWidePathsAgree() {
        Mac mac = Units.mac(UnitSpec.parse("drum:n=16,k=6,mac"));
        SplittableRandom r = new SplittableRandom(8);
        long acc = 0;
        BigInteger wide = BigInteger.ZERO;
        for (int i = 0; i < 5000; i++) {
            long a = r.nextLong();
            long b = r.nextLong();
            acc = mac.accumulate(acc, a, b);
            wide = mac.accumulate(wide, a, b);
            assertEquals(BigInteger.valueOf(acc), wide);
        }
    }
}
