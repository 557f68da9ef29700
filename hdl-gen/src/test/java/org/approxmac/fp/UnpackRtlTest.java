package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.builder.Evaluator;
import org.junit.jupiter.api.Test;

class UnpackRtlTest {
    private static final int EXP_WIDTH = 12;

    /** Checks the unpacked signals of one pattern against {@link FloatFormat#decode}. */
    private static void check(Evaluator e, FloatFormat format, SubnormalMode mode, long x) {
        Map<String, Long> out = RtlValues.evaluate(e, Map.of("x", x));
        FloatValue expected = format.decode(x, mode);
        String what = format + " " + mode + " " + Long.toHexString(x);
        assertEquals(expected.isNaN() ? 1L : 0L, out.get("nan"), what);
        assertEquals(expected.isInfinite() ? 1L : 0L, out.get("inf"), what);
        assertEquals(expected.isZero() ? 1L : 0L, out.get("zero"), what);
        assertEquals(format.negative(x) ? 1L : 0L, out.get("sign"), what);
        if (expected.isFinite()) {
            FloatValue normalised = RtlValues.normalised(expected, format.fractionBits());
            assertEquals(normalised.significand(), out.get("sig"), what);
            assertEquals(normalised.exponent() + format.fractionBits(), RtlValues.signed(out.get("exp"), EXP_WIDTH), what);
        } else if (expected.isZero()) {
            assertEquals(0L, out.get("sig"), what);
        }
    }

    @Test
    void everyBf16AndE5m2PatternUnpacksLikeTheGoldenDecode() {
        for (FloatFormat format : new FloatFormat[] {FloatFormat.BF16, FloatFormat.E5M2}) {
            for (SubnormalMode mode : SubnormalMode.values()) {
                var e = new Evaluator(UnpackRtl.build("unpack", format, mode, EXP_WIDTH));
                for (long x = 0; x <= format.mask(); x++) {
                    check(e, format, mode, x);
                }
            }
        }
    }

    @Test
    void fp32CornersAndRandomPatterns() {
        for (SubnormalMode mode : SubnormalMode.values()) {
            var e = new Evaluator(UnpackRtl.build("unpack", FloatFormat.FP32, mode, EXP_WIDTH));
            FloatCorners.of(FloatFormat.FP32).forEach(x -> check(e, FloatFormat.FP32, mode, x));
            var random = new SplittableRandom(1);
            for (int i = 0; i < 5000; i++) {
                long x = random.nextLong() & 0xFFFF_FFFFL;
                check(e, FloatFormat.FP32, mode, i % 2 == 0 ? x & 0x807F_FFFFL : x);
            }
        }
    }
}
