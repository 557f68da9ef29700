package org.approxmac.analysis.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ProductErrorTest {

    private static ProductError of(String spec) {
        return new ProductError(Units.multiplier(UnitSpec.parse(spec)));
    }

    @Test
    void followsTheSignModesOfUnitsMd() {
        ProductError c1 = of("mitchw:n=16,w=6,sign=c1");
        assertEquals(-32768, c1.minOperand());
        assertEquals(32767, c1.maxOperand());
        // (-1)*5 -> ~5 = -6 (docs/units.md): |Z'| = 6, |Z| = 5
        assertEquals(0.2, c1.relativeError(-1, 5), 1e-15);
        assertTrue(Double.isNaN(c1.relativeError(0, 7)));
        assertEquals(0.0, of("fixed:n=16").relativeError(-300, 77));
        ProductError unsigned = of("mitchell:n=8,sign=unsigned");
        assertEquals(0, unsigned.minOperand());
        assertEquals(255, unsigned.maxOperand());
        assertEquals(255, unsigned.value(0xff));
        assertEquals(-1, c1.value(0xffff));
        // patterns and values name the same operands
        assertEquals(c1.relativeError(-1, 5), c1.patternRelativeError(0xffff, 5));
        assertEquals(c1.relativeError(c1.value(0x8001), 300), c1.patternRelativeError(0x8001, 300));
    }

    @Test
    void wideUnitsAgreeWithExactBigIntegerArithmetic() {
        ProductError e = of("mitchw:n=40,w=6,sign=sm");
        var m = Units.multiplier(UnitSpec.parse("mitchw:n=40,w=6,sign=sm"));
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            long a = e.value(r.nextLong());
            long b = e.value(r.nextLong());
            if (a == 0 || b == 0) {
                continue;
            }
            BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
            BigInteger z = org.approxmac.golden.Bits.signedValue(m.multiplyWide(a & ((1L << 40) - 1),
                    b & ((1L << 40) - 1)), 80);
            double expected = z.abs().subtract(exact.abs()).doubleValue() / exact.abs().doubleValue();
            assertEquals(expected, e.relativeError(a, b), 1e-15);
            assertTrue(e.relativeError(a, b) <= 0, "sign-magnitude Mitch-w never overestimates");
        }
    }

    @Test
    void refusesFloatingKinds() {
        UnitSpec bf16 = UnitSpec.parse("bf16");
        var fp = new org.approxmac.golden.Multiplier() {
            @Override
            public UnitSpec spec() {
                return bf16;
            }

            @Override
            public long multiply(long a, long b) {
                throw new AssertionError("not called");
            }

            @Override
            public BigInteger multiplyWide(long a, long b) {
                throw new AssertionError("not called");
            }
        };
        var ex = assertThrows(IllegalArgumentException.class, () -> new ProductError(fp));
        assertTrue(ex.getMessage().startsWith("needs an integer kind"));
    }
}
