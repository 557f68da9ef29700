package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongBinaryOperator;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/**
 * Floating units with an approximate significand multiplier ({@code mult=mitchell|mitchw|drum}) against
 * an independent reference: each operand decoded into a double by its format's rules
 * ({@link FloatKindsTest#reference}), its significand normalised by Java's own exponent of the double,
 * the two significands multiplied by the closed form of the method as the papers state it (Mitchell's
 * piecewise-linear antilog of the summed fractions, Mitch-w's with the fractions truncated to w - 1
 * bits, DRUM's k-bit segments with the forced last bit), scaled back in double (exact: at most 48
 * significant bits) and rounded to FP32 by Java.
 */
class SignificandCoreTest {
    private static final int CANONICAL_NAN = 0x7FC0_0000;

    /** Mitch-w on two normalised p-bit significands: (1 + fx + fy) or 2 (fx + fy), times 2^(2p - 2). */
    static LongBinaryOperator mitchw(int p, int w) {
        return (x, y) -> {
            long fx = (x - (1L << (p - 1))) >> (p - w) << (p - w); // w - 1 fraction bits kept
            long fy = (y - (1L << (p - 1))) >> (p - w) << (p - w);
            long sum = fx + fy; // in units of 2^-(p-1)
            long one = 1L << (p - 1);
            return sum < one ? (one + sum) << (p - 1) : sum << p;
        };
    }

    /** DRUM-k on two normalised p-bit significands (docs/units.md, "The DRUM-k core"). */
    static LongBinaryOperator drum(int p, int k) {
        return (x, y) -> {
            int t = p - 1 >= k ? p - k : 0;
            long sx = t == 0 ? x : (x >> t) | 1;
            long sy = t == 0 ? y : (y >> t) | 1;
            return sx * sy << (2 * t);
        };
    }

    /** The FP32 pattern of the approximate product by the reference. */
    static int reference(long a, long b, int e, int m, boolean finite, boolean ftz, LongBinaryOperator core) {
        double x = FloatKindsTest.reference(a, e, m, finite, ftz);
        double y = FloatKindsTest.reference(b, e, m, finite, ftz);
        double exact = x * y;
        if (Double.isNaN(exact) || Double.isInfinite(exact) || exact == 0) {
            return FloatKindsTest.referenceProduct(a, b, e, m, finite, ftz);
        }
        int p = m + 1;
        int ex = Math.getExponent(x) - (p - 1);
        int ey = Math.getExponent(y) - (p - 1);
        long sx = (long) Math.scalb(Math.abs(x), -ex);
        long sy = (long) Math.scalb(Math.abs(y), -ey);
        double product = Math.scalb((double) core.applyAsLong(sx, sy), ex + ey) * Math.signum(exact);
        if (ftz && Math.abs(product) < Math.scalb(1.0, -126)) {
            return Float.floatToRawIntBits(product < 0 ? -0.0f : 0.0f);
        }
        return Float.floatToRawIntBits((float) product);
    }

    private record Case(String spec, int e, int m, boolean finite, LongBinaryOperator core) {
    }

    private static final List<Case> CASES = List.of(
            new Case("bf16:mult=mitchell", 8, 7, false, mitchw(8, 8)),
            new Case("bf16:mult=mitchw,w=6", 8, 7, false, mitchw(8, 6)),
            new Case("bf16:mult=mitchw,w=2", 8, 7, false, mitchw(8, 2)),
            new Case("bf16:mult=drum,k=6", 8, 7, false, drum(8, 6)),
            new Case("bf16:mult=drum,k=8", 8, 7, false, drum(8, 8)),
            new Case("fp16:mult=mitchw", 5, 10, false, mitchw(11, 6)),
            new Case("fp16:mult=drum,k=4", 5, 10, false, drum(11, 4)),
            new Case("fp32:mult=mitchw,w=10", 8, 23, false, mitchw(24, 10)),
            new Case("fp32:mult=drum,k=7", 8, 23, false, drum(24, 7)),
            new Case("float:e=3,m=4,mult=mitchell", 3, 4, false, mitchw(5, 5)));

    private static void check(Case c, boolean ftz, Multiplier mul, long a, long b) {
        long expected = Integer.toUnsignedLong(reference(a, b, c.e(), c.m(), c.finite(), ftz, c.core()));
        assertEquals(expected, mul.multiply(a, b), c.spec() + (ftz ? " ftz " : " ") + Long.toHexString(a) + " * "
                + Long.toHexString(b));
    }

    @Test
    void everyPairOfTheEightBitFormatsMatchesTheReference() {
        List<Case> fp8 = List.of(new Case("fp8e4m3:mult=mitchell", 4, 3, true, mitchw(4, 4)),
                new Case("fp8e4m3:mult=mitchw,w=2", 4, 3, true, mitchw(4, 2)),
                new Case("fp8e4m3:mult=drum,k=3", 4, 3, true, drum(4, 3)),
                new Case("float:e=4,m=3,mult=mitchw,w=3", 4, 3, false, mitchw(4, 3)));
        for (Case c : fp8) {
            for (boolean ftz : new boolean[] {false, true}) {
                Multiplier mul = Units.multiplier(UnitSpec.parse(c.spec() + (ftz ? ",subnormals=ftz" : "")));
                for (long a = 0; a < 256; a++) {
                    for (long b = 0; b < 256; b++) {
                        assertEquals(Integer.toUnsignedLong(reference(a, b, c.e(), c.m(), c.finite(), ftz, c.core())),
                                mul.multiply(a, b), c.spec() + " " + a + " * " + b);
                    }
                }
            }
        }
    }

    @Test
    void randomAndSpecialPairsMatchTheReference() {
        SplittableRandom random = new SplittableRandom(41);
        for (Case c : CASES) {
            FloatFormat format = FloatUnit.operandFormat(UnitSpec.parse(c.spec()));
            long[] specials = {format.zero(false), format.zero(true), format.infinity(false), format.infinity(true),
                format.canonicalNaN(), format.smallestSubnormal(false), format.largestSubnormal(true),
                format.smallestNormal(false), format.largestFinite(true), format.powerOfTwo(false, 0)};
            for (boolean ftz : new boolean[] {false, true}) {
                Multiplier mul = Units.multiplier(UnitSpec.parse(c.spec() + (ftz ? ",subnormals=ftz" : "")));
                for (long a : specials) {
                    for (long b : specials) {
                        check(c, ftz, mul, a, b);
                    }
                }
                for (int i = 0; i < 20_000; i++) {
                    check(c, ftz, mul, random.nextLong() & format.mask(), random.nextLong() & format.mask());
                }
            }
        }
    }

    @Test
    void mitchwKeepingEveryBitIsMitchellAndTheExactUnitIsUnchanged() {
        Multiplier full = Units.multiplier(UnitSpec.parse("bf16:mult=mitchw,w=8"));
        Multiplier mitchell = Units.multiplier(UnitSpec.parse("bf16:mult=mitchell"));
        Multiplier exact = Units.multiplier(UnitSpec.parse("bf16"));
        SplittableRandom random = new SplittableRandom(5);
        int differ = 0;
        for (int i = 0; i < 100_000; i++) {
            long a = random.nextLong() & 0xFFFF;
            long b = random.nextLong() & 0xFFFF;
            assertEquals(mitchell.multiply(a, b), full.multiply(a, b));
            differ += mitchell.multiply(a, b) != exact.multiply(a, b) ? 1 : 0;
        }
        // random patterns: about a quarter of the products overflow, underflow or are special, where both agree
        assertTrue(differ > 60_000, "Mitchell differs from the exact product on most pairs: " + differ);
    }

    @Test
    void aSubnormalOperandIsNormalisedBeforeTheCore() {
        // 0x0003 is 3 * 2^-133 = 1.5 * 2^-132 (a bf16 subnormal): the core sees 0b11000000 at exponent -139;
        // 0x3FC0 is 1.5, 0b11000000 at exponent -7. Mitchell(1.5, 1.5) = 2 * (0.5 + 0.5) = 2 (exact: 2.25),
        // the core's 2^15 at exponent -146: 2^-131. Unnormalised, Mitchell(3, 192) would be 256 + 128, not 2^15.
        FloatUnit unit = FloatUnit.of(UnitSpec.parse("bf16:mult=mitchell"));
        assertEquals(FloatValue.finite(false, 1L << 15, -146), unit.product(0x0003, 0x3FC0));
        assertEquals(Float.floatToRawIntBits(Math.scalb(1.0f, -131)), (int) unit.multiply(0x0003, 0x3FC0));
    }

    @Test
    void theMacAddsTheApproximateProductExactly() {
        Mac mac = Units.mac(UnitSpec.parse("bf16:mult=mitchw,w=6,mac"));
        Multiplier mul = Units.multiplier(UnitSpec.parse("bf16:mult=mitchw,w=6"));
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 20_000; i++) {
            long a = random.nextLong() & 0xFFFF;
            long b = random.nextLong() & 0xFFFF;
            // a bf16 significand product (at most 16 bits) is exact in FP32: from 0 the MAC holds it
            assertEquals(mul.multiply(a, b), mac.accumulate(0L, a, b), Long.toHexString(a) + " * " + Long.toHexString(b));
        }
    }

    @Test
    void specsNameTheCoreAndItsDefaultKey() {
        assertEquals("bf16:mult=mitchw,w=6,subnormals=ieee,mac", UnitSpec.parse("bf16:mult=mitchw,mac").canonical());
        assertEquals("fp8e4m3:mult=mitchw,w=4,subnormals=ieee", UnitSpec.parse("fp8e4m3:mult=mitchw").canonical());
        assertEquals("fp32:fused=false,mult=drum,k=6,subnormals=ieee,mac",
                UnitSpec.parse("fp32:mult=drum,fused=false,mac").canonical());
        assertEquals("bf16:subnormals=ieee", UnitSpec.parse("bf16:mult=exact").canonical());
        assertEquals("bf16_mitchw_w6_ieee_mac", UnitSpec.parse("bf16:mult=mitchw,mac").identifier());
        assertEquals(UnitSpec.parse("bf16:mult=mitchw,w=5,mac").multiplier(), UnitSpec.parse("bf16:mult=mitchw,w=5"));
        assertEquals("mitchw:n=8,w=6,sign=unsigned",
                SignificandCore.coreSpec(UnitSpec.parse("bf16:mult=mitchw")).orElseThrow().canonical());
    }

    @Test
    void badCoreKeysAreRefusedWithTheAcceptedRange() {
        assertRefused("bf16:mult=roba", "mult=roba is not accepted (accepted: exact|mitchell|mitchw|drum)");
        assertRefused("bf16:w=5", "w=5 applies to mult=mitchw only (mult=exact)");
        assertRefused("bf16:mult=mitchw,k=4", "k=4 applies to mult=drum only (mult=mitchw)");
        assertRefused("bf16:mult=mitchw,w=9", "w=9 is out of range for mult=mitchw on 8-bit significands (accepted: 1..8)");
        assertRefused("bf16:mult=drum,k=2", "k=2 is out of range for mult=drum on 8-bit significands (accepted: 3..8)");
        assertRefused("fp8e5m2:mult=mitchell", "mult=mitchell needs significands of at least 4 bits, fp8e5m2's have 3"
                + " (accepted: mult=exact)");
        assertRefused("bf16:mult=mitchw,w=30", "w=30 is out of range");
    }

    private static void assertRefused(String spec, String message) {
        SpecException e = assertThrows(SpecException.class, () -> UnitSpec.parse(spec));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
