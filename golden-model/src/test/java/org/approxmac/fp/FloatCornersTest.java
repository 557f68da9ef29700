package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FloatCornersTest {

    /** What can happen to the product of two corner operands. */
    private enum Event { TIE, ROUND_UP_INTO_NEXT_BINADE, OVERFLOW, SUBNORMAL_RESULT, UNDERFLOW_TO_ZERO, NAN }

    @Test
    void holdTheSpecialValuesAndBoundaries() {
        for (FloatFormat f : List.of(FloatFormat.BF16, FloatFormat.FP32, FloatFormat.FP16, FloatFormat.E5M2)) {
            List<Long> corners = FloatCorners.of(f);
            for (boolean negative : new boolean[] {false, true}) {
                for (long p : new long[] {f.zero(negative), f.infinity(negative), f.smallestSubnormal(negative),
                        f.largestSubnormal(negative), f.smallestNormal(negative), f.largestFinite(negative),
                        f.powerOfTwo(negative, 0)}) {
                    assertTrue(corners.contains(p), f + " lacks " + Long.toHexString(p));
                }
            }
            assertTrue(corners.contains(f.canonicalNaN()));
            assertTrue(corners.contains(f.pattern(false, f.maxBiasedExponent(), 1)), "signalling NaN");
            for (int i = 0; i < corners.size(); i++) {
                assertTrue(corners.get(i) >= 0 && corners.get(i) <= f.mask());
                assertTrue(i == 0 || corners.get(i - 1) < corners.get(i), "ascending, distinct");
            }
        }
        assertEquals(FloatCorners.of(FloatFormat.FP32), FloatCorners.of(FloatFormat.FP32));
    }

    @Test
    void fp32CornerProductsReachEveryRoundingEvent() {
        assertEquals(EnumSet.allOf(Event.class), events(FloatFormat.FP32));
    }

    @Test
    void bf16CornerProductsOverflowAndUnderflowInFp32() {
        assertTrue(events(FloatFormat.BF16).containsAll(
                EnumSet.of(Event.OVERFLOW, Event.SUBNORMAL_RESULT, Event.UNDERFLOW_TO_ZERO, Event.NAN)));
    }

    private static Set<Event> events(FloatFormat operands) {
        var unit = new FloatUnit(operands, FloatFormat.FP32, SubnormalMode.IEEE, true);
        FloatFormat out = FloatFormat.FP32;
        var seen = EnumSet.noneOf(Event.class);
        List<Long> corners = FloatCorners.of(operands);
        for (long a : corners) {
            for (long b : corners) {
                FloatValue exact = unit.product(a, b);
                long result = unit.multiply(a, b);
                if (exact.isNaN()) {
                    seen.add(Event.NAN);
                }
                if (!exact.isFinite()) {
                    continue;
                }
                FloatValue rounded = out.decode(result, SubnormalMode.IEEE);
                if (rounded.isInfinite()) {
                    seen.add(Event.OVERFLOW);
                } else if (rounded.isZero()) {
                    seen.add(Event.UNDERFLOW_TO_ZERO);
                } else {
                    if (out.isSubnormal(result)) {
                        seen.add(Event.SUBNORMAL_RESULT);
                    }
                    if (rounded.leadingExponent() > exact.leadingExponent()) {
                        seen.add(Event.ROUND_UP_INTO_NEXT_BINADE);
                    }
                    int dropped = Math.max(exact.leadingExponent(), out.minExponent()) - out.fractionBits()
                            - exact.exponent();
                    if (dropped >= 1 && dropped < 63
                            && (exact.significand() & ((1L << dropped) - 1)) == 1L << (dropped - 1)) {
                        seen.add(Event.TIE);
                    }
                }
            }
        }
        return seen;
    }
}
