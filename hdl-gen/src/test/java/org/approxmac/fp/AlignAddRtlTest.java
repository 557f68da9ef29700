package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Map;
import java.util.SplittableRandom;
import org.approxmac.hdl.builder.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * The aligned sum, rounded by the golden rounder, equals the golden adder: the window and its sticky
 * bit lose nothing that rounding could see.
 */
class AlignAddRtlTest {
    private static final int EXP_WIDTH = 12;

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static BigInteger bit(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }

    @Test
    void windowedSumsRoundLikeTheExactSum() {
        var random = new SplittableRandom(9);
        FloatFormat out = FloatFormat.FP32;
        int po = out.precision();
        for (int wp : new int[] {16, 24, 48}) {
            var e = new Evaluator(AlignAddRtl.build("align_add", wp, out, EXP_WIDTH));
            int width = AlignAddRtl.Window.of(wp, out).width();
            for (SubnormalMode mode : SubnormalMode.values()) {
                var rounder = new FloatRounder(out, mode);
                var adder = new FloatAdder(rounder);
                for (int i = 0; i < 4000; i++) {
                    boolean pZero = random.nextInt(16) == 0;
                    boolean cancel = i % 5 == 0 && !pZero;
                    boolean cZero = !cancel && random.nextInt(16) == 0;
                    boolean pSign = random.nextBoolean();
                    boolean cSign = random.nextBoolean();
                    long pSig = pZero ? 0 : (random.nextLong() >>> (64 - wp)) | 1L << (wp - 1 - random.nextInt(2));
                    long cSig = cZero ? 0 : (random.nextLong() >>> (64 - po)) | 1L << (po - 1);
                    int pExp = random.nextInt(-300, 260);
                    int cExp = i % 2 == 0 ? pExp + random.nextInt(-wp - 30, po + 30) : random.nextInt(-149, 128);
                    if (cancel) {
                        cSig = pSig >>> Math.max(0, wp - po); // near or exact cancellation
                        cSig |= 1L << (po - 1);
                        cExp = pExp - (63 - Long.numberOfLeadingZeros(pSig)) + wp - 1;
                        cSign = !pSign;
                    }
                    FloatValue p = pZero ? FloatValue.zero(pSign) : FloatValue.finite(pSign, pSig, pExp - (wp - 1));
                    FloatValue c = cZero ? FloatValue.zero(cSign) : FloatValue.finite(cSign, cSig, cExp - (po - 1));
                    Map<String, BigInteger> o = e.evaluate(Map.of("p_sign", bit(pSign), "p_sig", big(pSig),
                            "p_exp", big(RtlValues.pattern(pExp, EXP_WIDTH)), "p_zero", bit(pZero),
                            "c_sign", bit(cSign), "c_sig", big(cSig), "c_exp", big(RtlValues.pattern(cExp, EXP_WIDTH)),
                            "c_zero", bit(cZero)));
                    boolean sign = o.get("sign").signum() != 0;
                    BigInteger sum = o.get("sum");
                    int lsb = (int) RtlValues.signed(o.get("exp").longValueExact(), EXP_WIDTH) - width;
                    // keep 62 bits for the golden rounder; what lies below is its sticky flag
                    int drop = Math.max(0, sum.bitLength() - 62);
                    boolean sticky = sum.getLowestSetBit() < drop && sum.signum() != 0;
                    long rounded = sum.signum() == 0 ? out.zero(sign)
                            : rounder.round(sign, sum.shiftRight(drop).longValueExact(), lsb + drop, sticky);
                    assertEquals(Long.toHexString(adder.add(p, c)), Long.toHexString(rounded),
                            wp + " " + mode + ": " + p + " + " + c);
                }
            }
        }
    }
}
