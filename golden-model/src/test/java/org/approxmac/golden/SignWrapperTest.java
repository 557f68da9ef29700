package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.drum.DrumCore;
import org.approxmac.mitchw.MitchwCore;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SignWrapperTest {

    private static long signed(Multiplier m, long a, long b) {
        return Bits.signExtend(m.multiply(a, b), m.spec().productWidth());
    }

    @Test
    void mitchwOnesComplementCornerCasesOfUnitsMd() {
        Multiplier m = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6,sign=c1"));
        // (-1) * 5 -> ~5 = -6: -1 complements to 0, which the core treats as magnitude 1
        assertEquals(-6, signed(m, 0xFFFF, 5));
        assertEquals(-6, signed(m, 5, 0xFFFF));
        // a zero operand gives a non-negative zero, whatever the other sign
        assertEquals(0, m.multiply(0, 0xFFFB));
        assertEquals(0, m.multiply(0xFFFB, 0));
        assertEquals(0, m.multiply(0, 0));
        // (-1) * (-1): both complement to 0 -> 1 * 1 = 1, positive
        assertEquals(1, signed(m, 0xFFFF, 0xFFFF));
        // -5 * 3 in c1: a' = 4, p = P(4, 3) = 12 (exact: powers and small values), z = ~12 = -13
        assertEquals(-13, signed(m, -5 & 0xFFFF, 3));
        // most negative: ~0x8000 = 0x7FFF
        long p = new MitchwCore(16, 6).product(0x7FFF, 0x7FFF);
        assertEquals(p, signed(m, 0x8000, 0x8000));
        assertEquals(~p, signed(m, 0x8000, 0x7FFF));
    }

    @Test
    void drumOnesComplementHasNoZeroMasking() {
        Multiplier m = Units.multiplier(UnitSpec.parse("drum:n=16,k=6,sign=c1"));
        assertEquals(-1, signed(m, 0, -5 & 0xFFFF));
        assertEquals(-1, signed(m, 0xFFFF, 7));
        assertEquals(0, signed(m, 0, 5));
        assertEquals(0, signed(m, 0xFFFF, 0xFFFF));
        assertEquals(0xFFFFFFFFL, m.multiply(0, 0x8000));
    }

    @Test
    void signMagnitudeIsExactSignHandling() {
        Multiplier m = Units.multiplier(UnitSpec.parse("mitchell:n=8,sign=sm"));
        MitchwCore core = new MitchwCore(8, 8);
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 5000; i++) {
            int a = r.nextInt(-128, 128);
            int b = r.nextInt(-128, 128);
            long p = core.product(Math.abs(a), Math.abs(b));
            long expected = (a < 0) ^ (b < 0) ? -p : p;
            assertEquals(expected, signed(m, a & 0xFF, b & 0xFF), a + "*" + b);
        }
        // most negative has magnitude 2^(N-1): (-128)*(-128) = 2^14 exactly
        assertEquals(1 << 14, signed(m, 0x80, 0x80));
        assertEquals(-(1 << 8), signed(m, 0x80, 0x02));
        assertEquals(0, signed(m, 0, 0x80));
    }

    @Test
    void unsignedIsTheCore() {
        Multiplier m = Units.multiplier(UnitSpec.parse("drum:n=12,k=5,sign=unsigned"));
        DrumCore core = new DrumCore(12, 5);
        for (long a = 0; a < 4096; a += 37) {
            for (long b = 0; b < 4096; b += 41) {
                assertEquals(core.product(a, b), m.multiply(a, b));
            }
        }
    }

    @Test
    void bitsAboveNAreIgnored() {
        Multiplier m = Units.multiplier(UnitSpec.parse("mitchw:n=8,w=4"));
        assertEquals(m.multiply(0x85, 0x13), m.multiply(0xFF85, 0x7713));
    }

    @Test
    void wideAndNarrowAgreeAndWideWorksAt64() {
        SplittableRandom r = new SplittableRandom(9);
        for (String s : new String[] {"mitchw:n=32,w=6,sign=c1", "drum:n=32,k=6,sign=sm", "mitchell:n=32,sign=c1"}) {
            Multiplier m = Units.multiplier(UnitSpec.parse(s));
            for (int i = 0; i < 2000; i++) {
                long a = r.nextLong();
                long b = r.nextLong();
                BigInteger wide = m.multiplyWide(a, b);
                assertEquals(Bits.unsigned(m.multiply(a, b)), wide);
                assertTrue(wide.signum() >= 0 && wide.bitLength() <= 64, "a raw 64-bit pattern");
            }
        }
        // a negative 32-bit product has bit 63 set: the wide pattern must still be non-negative
        Multiplier c1 = Units.multiplier(UnitSpec.parse("mitchw:n=32,w=6,sign=c1"));
        assertEquals(Bits.maskWide(64).subtract(BigInteger.valueOf(5)), c1.multiplyWide(0xFFFFFFFFL, 5));
        Multiplier wide = Units.multiplier(UnitSpec.parse("mitchw:n=64,w=6,sign=c1"));
        // (-1) * 5 -> ~5 in 128 bits
        assertEquals(Bits.maskWide(128).subtract(BigInteger.valueOf(5)), wide.multiplyWide(-1L, 5));
        Multiplier wideSm = Units.multiplier(UnitSpec.parse("mitchell:n=64,sign=sm"));
        assertEquals(BigInteger.ONE.shiftLeft(126), wideSm.multiplyWide(Long.MIN_VALUE, Long.MIN_VALUE));
    }
}
