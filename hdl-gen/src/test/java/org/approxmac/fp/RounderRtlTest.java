package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.builder.Evaluator;
import org.junit.jupiter.api.Test;

class RounderRtlTest {
    private static final int EXP_WIDTH = 12;

    @Test
    void roundsLikeTheGoldenRounder() {
        var random = new SplittableRandom(3);
        for (FloatFormat format : List.of(FloatFormat.FP32, FloatFormat.FP16, FloatFormat.BF16)) {
            for (SubnormalMode mode : SubnormalMode.values()) {
                var golden = new FloatRounder(format, mode);
                for (int width : new int[] {4, 16, 48, 60}) {
                    var e = new Evaluator(RounderRtl.build("round", format, mode, width, EXP_WIDTH));
                    for (int i = 0; i < 1500; i++) {
                        int zeros = random.nextInt(width + 1);
                        long sig = zeros == width ? 0 : (random.nextLong() >>> (64 - width + zeros)) | 1L << (width - 1 - zeros);
                        boolean negative = random.nextBoolean();
                        // exponents around the whole range of the format, including far below and above
                        int exp = random.nextInt(2 * format.minExponent() - width, 2 * format.maxExponent());
                        if (i % 3 == 0) {
                            exp = format.minExponent() + random.nextInt(-width - 4, 6); // the subnormal boundary
                        }
                        long z = RtlValues.evaluate(e, Map.of("sign", negative ? 1L : 0L, "sig", sig,
                                "exp", RtlValues.pattern(exp, EXP_WIDTH))).get("z");
                        long expected = sig == 0 ? format.zero(negative)
                                : golden.round(negative, sig, exp - (width - 1), false);
                        assertEquals(Long.toHexString(expected), Long.toHexString(z),
                                format + " " + mode + " width " + width + ": " + Long.toHexString(sig) + " * 2^" + exp);
                    }
                }
            }
        }
    }

    @Test
    void tiesGoToEven() {
        var e = new Evaluator(RounderRtl.build("round", FloatFormat.FP32, SubnormalMode.IEEE, 26, EXP_WIDTH));
        // 1 + 2^-24 (tie, even neighbour 1.0) and 1 + 3 * 2^-24 (tie, even neighbour 1 + 2^-22)
        assertEquals(0x3F80_0000L, RtlValues.evaluate(e, Map.of("sign", 0L, "sig", (1L << 25) + 2, "exp", 0L)).get("z"));
        assertEquals(0x3F80_0002L, RtlValues.evaluate(e, Map.of("sign", 0L, "sig", (1L << 25) + 6, "exp", 0L)).get("z"));
    }
}
