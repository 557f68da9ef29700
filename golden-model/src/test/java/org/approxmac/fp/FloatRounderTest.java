package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.exactValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatRounderTest {
    private static final FloatRounder IEEE = new FloatRounder(FloatFormat.FP32, SubnormalMode.IEEE);
    private static final FloatRounder FTZ = new FloatRounder(FloatFormat.FP32, SubnormalMode.FTZ);

    /** A normal double with a random 53-bit significand and a random sign, 2^minExp .. 2^maxExp. */
    private static double randomDouble(SplittableRandom random, int minExp, int maxExp) {
        double significand = 1.0 + (random.nextLong() >>> 12) * 0x1p-52;
        double d = Math.scalb(significand, random.nextInt(minExp, maxExp + 1));
        return random.nextBoolean() ? -d : d;
    }

    @Test
    void ieeeAgreesWithDoubleToFloatConversion() {
        var random = new SplittableRandom(1);
        for (int i = 0; i < 500_000; i++) {
            double d = randomDouble(random, -155, 130);
            if (i % 4 == 0) {
                // few significant bits: exact results and ties
                d = Math.scalb((double) (random.nextLong() >>> (random.nextInt(64 - 26, 64))), random.nextInt(-175, 110));
            }
            double x = d;
            assertEquals(bits((float) x), IEEE.round(exactValue(x)), () -> Double.toString(x));
        }
    }

    @Test
    void ftzFlushesValuesTinyBeforeRounding() {
        var random = new SplittableRandom(2);
        for (int i = 0; i < 300_000; i++) {
            double d = randomDouble(random, -152, 130);
            long expected = Math.abs(d) < Float.MIN_NORMAL ? bits(Math.copySign(0f, (float) d)) : bits((float) d);
            assertEquals(expected, FTZ.round(exactValue(d)), Double.toString(d));
        }
        // just below the smallest normal: IEEE rounds up to it, ftz judges before rounding and flushes
        double belowMinNormal = Math.nextDown((double) Float.MIN_NORMAL);
        assertEquals(bits(Float.MIN_NORMAL), IEEE.round(exactValue(belowMinNormal)));
        assertEquals(0L, FTZ.round(exactValue(belowMinNormal)));
        assertEquals(0x8000_0000L, FTZ.round(exactValue(-belowMinNormal)));
        assertEquals(bits(Float.MIN_NORMAL), FTZ.round(exactValue(Float.MIN_NORMAL)));
    }

    @Test
    void tiesGoToEvenAndRoundUpCrossesIntoTheNextBinade() {
        // 1 + 2^-24 is half-way between 1 and 1 + 2^-23: the even neighbour is 1
        assertEquals(bits(1f), IEEE.round(false, (1L << 24) + 1, -24, false));
        // 1 + 3 * 2^-24 is half-way between 1 + 2^-23 and 1 + 2^-22: the even neighbour is the latter
        assertEquals(bits(1f + 0x1p-22f), IEEE.round(false, (1L << 24) + 3, -24, false));
        // 2 - 2^-25 rounds up to 2: fraction all ones plus one carries into the exponent
        assertEquals(bits(2f), IEEE.round(false, (1L << 26) - 1, -25, false));
        // the largest subnormal plus half an ulp rounds (tie, odd) up to the smallest normal
        assertEquals(bits(Float.MIN_NORMAL), IEEE.round(false, (1L << 24) - 1, -150, false));
        // half the smallest subnormal is a tie with zero (even); a bit more rounds up
        assertEquals(0L, IEEE.round(false, 1, -150, false));
        assertEquals(1L, IEEE.round(false, 1, -150, true));
        assertEquals(0x8000_0000L, IEEE.round(true, 1, -151, true));
    }

    @Test
    void overflowGoesToInfinityFromHalfAnUlpAboveTheLargestFinite() {
        long maxSignificand = (1L << 24) - 1;
        assertEquals(bits(Float.MAX_VALUE), IEEE.round(false, maxSignificand, 104, false));
        assertEquals(bits(Float.MAX_VALUE), IEEE.round(false, maxSignificand * 2, 103, true));
        assertEquals(bits(Float.POSITIVE_INFINITY), IEEE.round(false, maxSignificand * 2 + 1, 103, false));
        assertEquals(bits(Float.NEGATIVE_INFINITY), FTZ.round(true, 1, 128, false));
    }

    @Test
    void stickyStandsForAnyFractionStrictlyBetweenZeroAndOne() {
        var random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            long significand = random.nextLong(1L << 25, 1L << 40); // at least 2 bits below an fp32 result
            int exponent = random.nextInt(-200, 100);
            boolean negative = random.nextBoolean();
            for (FloatRounder r : List.of(IEEE, FTZ)) {
                long sticky = r.round(negative, significand, exponent, true);
                assertEquals(r.round(negative, (significand << 10) | 1, exponent - 10, false), sticky);
                assertEquals(r.round(negative, (significand << 10) | 0x3FF, exponent - 10, false), sticky);
            }
        }
    }

    @Test
    void encodesSpecialValues() {
        assertEquals(0x7FC0_0000L, IEEE.round(FloatValue.nan()));
        assertEquals(0xFF80_0000L, FTZ.round(FloatValue.infinity(true)));
        assertEquals(0x8000_0000L, IEEE.round(FloatValue.zero(true)));
        assertEquals(0x7FC0L, new FloatRounder(FloatFormat.BF16, SubnormalMode.IEEE).round(FloatValue.nan()));
    }

    @Test
    void smallFormatsAgreeWithANearestEvenSearch() {
        var random = new SplittableRandom(4);
        for (FloatFormat format : List.of(FloatFormat.FP16, FloatFormat.E5M2, FloatFormat.E4M3, FloatFormat.BF16)) {
            for (SubnormalMode mode : SubnormalMode.values()) {
                var rounder = new FloatRounder(format, mode);
                for (int i = 0; i < 20_000; i++) {
                    double d = randomDouble(random, format.minExponent() - format.fractionBits() - 2,
                            format.maxExponent() + 1);
                    if (i % 2 == 0) {
                        // at most two bits below the format's precision: many exact ties
                        d = Math.scalb(Math.rint(Math.scalb(d, format.fractionBits() + 2 - Math.getExponent(d))),
                                Math.getExponent(d) - format.fractionBits() - 2);
                    }
                    if (d == 0) {
                        continue;
                    }
                    assertEquals(FpReference.nearestEven(format, d, mode), rounder.round(exactValue(d)),
                            format + " " + mode + " " + d);
                }
            }
        }
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> IEEE.round(false, 0, 0, false));
        var e = assertThrows(IllegalArgumentException.class, () -> IEEE.round(false, 1L << 23, 0, true));
        assertEquals("a sticky significand needs bits below the rounding point", e.getMessage());
    }
}
