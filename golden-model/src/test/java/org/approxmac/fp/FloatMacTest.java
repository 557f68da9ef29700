package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.fp32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class FloatMacTest {
    private static final long NAN = 0x7FC0_0000L;

    private static FloatMac mac(String spec) {
        return new FloatMac(UnitSpec.parse(spec));
    }

    @Test
    void bf16AccumulatesTheExactProduct() {
        FloatMac m = mac("bf16,mac");
        assertEquals(bits(2f), m.accumulate(bits(1f), 0x3F80, 0x3F80));
        // (1 + 2^-7)^2 - 1 = 2^-6 + 2^-14, exact in FP32 only if the product is not rounded to bf16
        assertEquals(bits(0x1p-6f + 0x1p-14f), m.accumulate(bits(-1f), 0x3F81, 0x3F81));
    }

    @Test
    void fusedRoundsOnceAndUnfusedTwice() {
        long a = bits(1f + 0x1p-12f); // a*a = 1 + 2^-11 + 2^-24: a tie when rounded alone
        long acc = bits(-(1f + 0x1p-11f));
        assertEquals(bits(0x1p-24f), mac("fp32,mac").accumulate(acc, a, a));
        assertEquals(bits(0f), mac("fp32:fused=false,mac").accumulate(acc, a, a));
        // the rounded product overflows although the exact sum is finite
        long max = bits(Float.MAX_VALUE);
        long two = bits(2f);
        assertEquals(bits(Float.MAX_VALUE), mac("fp32,mac").accumulate(bits(-Float.MAX_VALUE), max, two));
        assertEquals(bits(Float.POSITIVE_INFINITY),
                mac("fp32:fused=false,mac").accumulate(bits(-Float.MAX_VALUE), max, two));
    }

    @Test
    void specialValues() {
        for (String spec : new String[] {"fp32,mac", "fp32:fused=false,mac", "fp32:subnormals=ftz,mac"}) {
            FloatMac m = mac(spec);
            assertEquals(NAN, m.accumulate(bits(1f), bits(Float.POSITIVE_INFINITY), 0));
            assertEquals(NAN, m.accumulate(bits(Float.NEGATIVE_INFINITY), bits(Float.POSITIVE_INFINITY), bits(1f)));
            assertEquals(NAN, m.accumulate(0xFFC1_2345L, bits(1f), bits(1f)));
            assertEquals(bits(Float.NEGATIVE_INFINITY), m.accumulate(bits(Float.NEGATIVE_INFINITY), bits(1f), bits(1f)));
            assertEquals(bits(-0f), m.accumulate(bits(-0f), bits(-0f), bits(5f)));
            assertEquals(bits(0f), m.accumulate(bits(0f), bits(-0f), bits(5f)));
            assertEquals(bits(0f), m.accumulate(bits(-6f), bits(-2f), bits(-3f)));
        }
        assertEquals(NAN, mac("bf16,mac").accumulate(bits(1f), 0x7F80, 0x0000));
    }

    @Test
    void ftzJudgesTininessBeforeRounding() {
        // MIN_NORMAL - 2^-160: IEEE rounds it up to MIN_NORMAL, ftz sees a tiny exact value and flushes
        long minNormal = bits(Float.MIN_NORMAL);
        assertEquals(minNormal, mac("fp32,mac").accumulate(minNormal, bits(-0x1p-80f), bits(0x1p-80f)));
        assertEquals(bits(0f), mac("fp32:subnormals=ftz,mac").accumulate(minNormal, bits(-0x1p-80f), bits(0x1p-80f)));
        assertEquals(minNormal, mac("bf16,mac").accumulate(minNormal, 0x9780, 0x1780));
        assertEquals(bits(0f), mac("bf16:subnormals=ftz,mac").accumulate(minNormal, 0x9780, 0x1780));
        // a subnormal accumulator reads as zero of its sign
        assertEquals(bits(-0f), mac("fp32:subnormals=ftz,mac").accumulate(0x8000_0001L, bits(-0f), bits(1f)));
        assertEquals(bits(0f), mac("fp32:subnormals=ftz,mac").accumulate(0x8000_0001L, 0, bits(1f)));
        assertEquals(0x8000_0001L, mac("fp32,mac").accumulate(0x8000_0001L, 0, bits(1f)));
    }

    @Test
    void clockedSequencesOverflowUnderflowAndCancel() {
        var state = new MacState(mac("fp32,mac"));
        long big = bits(0x1p100f);
        for (int i = 0; i < 3; i++) {
            state.clock(false, true, false, big, big); // 2^200 overflows at once
        }
        assertEquals(BigInteger.valueOf(bits(Float.POSITIVE_INFINITY)), state.accumulator());
        state.clock(false, true, false, bits(-0x1p100f), big);  // inf + finite stays inf
        assertEquals(BigInteger.valueOf(bits(Float.POSITIVE_INFINITY)), state.accumulator());
        state.clock(false, true, false, bits(Float.NEGATIVE_INFINITY), big);
        assertEquals(BigInteger.valueOf(NAN), state.accumulator());
        state.clock(false, true, true, bits(3f), bits(0.5f)); // clr: 0 + 1.5
        state.clock(false, true, false, bits(-3f), bits(0.5f));
        assertEquals(BigInteger.ZERO, state.accumulator());   // exact cancellation gives +0
        state.clock(false, true, false, bits(0x1p-70f), bits(0x1p-70f)); // 2^-140: subnormal
        assertEquals(BigInteger.valueOf(bits(0x1p-140f)), state.accumulator());
        state.clock(false, false, false, big, big);           // en low: hold
        assertEquals(BigInteger.valueOf(bits(0x1p-140f)), state.accumulator());
        state.clock(true, true, false, big, big);             // rst wins
        assertEquals(BigInteger.ZERO, state.accumulator());

        var ftz = new MacState(mac("fp32:subnormals=ftz,mac"));
        ftz.clock(false, true, false, bits(0x1p-70f), bits(-0x1p-70f));
        assertEquals(BigInteger.valueOf(bits(-0f)), ftz.accumulator());
    }

    @Test
    void longRandomSequencesFollowMathFma() {
        var random = new SplittableRandom(61);
        for (String spec : new String[] {"fp32,mac", "bf16,mac", "fp32:fused=false,mac"}) {
            FloatMac m = mac(spec);
            var operands = new FloatSampler(spec.startsWith("bf16") ? FloatFormat.BF16 : FloatFormat.FP32, 62);
            var state = new MacState(m);
            float expected = 0f;
            for (int i = 0; i < 20_000; i++) {
                long a = operands.near(random.nextInt(-8, 9), 4);
                long b = operands.near(random.nextInt(-8, 9), 4);
                boolean clr = random.nextInt(500) == 0;
                float fa = spec.startsWith("bf16") ? FpReference.bf16(a) : fp32(a);
                float fb = spec.startsWith("bf16") ? FpReference.bf16(b) : fp32(b);
                float acc = clr ? 0f : expected;
                expected = spec.contains("fused=false") ? fa * fb + acc : Math.fma(fa, fb, acc);
                state.clock(false, true, clr, a, b);
                assertEquals(FpReference.result(expected), state.accumulator().longValueExact(), spec + " step " + i);
            }
        }
    }

    @Test
    void wrapsTheMultiplierAndChecksItsSpec() {
        FloatMac m = mac("fp32:fused=false,subnormals=ftz,mac");
        assertEquals(UnitSpec.parse("fp32:fused=false,subnormals=ftz"), m.multiplier().spec());
        assertEquals(UnitSpec.parse("fp32:fused=false,subnormals=ftz,mac"), m.spec());
        assertEquals(BigInteger.valueOf(bits(7f)), m.accumulate(BigInteger.valueOf(bits(1f)), bits(2f), bits(3f)));
        assertEquals(bits(0x1p-24f), Units.mac(UnitSpec.parse("fp32,mac"))
                .accumulate(bits(-(1f + 0x1p-11f)), bits(1f + 0x1p-12f), bits(1f + 0x1p-12f)));
        var e = assertThrows(IllegalArgumentException.class, () -> new FloatMac(UnitSpec.parse("bf16")));
        assertEquals("bf16:subnormals=ieee is not a MAC spec", e.getMessage());
    }
}
