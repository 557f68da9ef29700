package org.approxmac.fp;

import static org.approxmac.fp.FpReference.bits;
import static org.approxmac.fp.FpReference.fp32;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class FloatMultiplierTest {
    private static final FloatMultiplier BF16 = new FloatMultiplier(UnitSpec.parse("bf16"));
    private static final FloatMultiplier BF16_FTZ = new FloatMultiplier(UnitSpec.parse("bf16:subnormals=ftz"));
    private static final FloatMultiplier FP32 = new FloatMultiplier(UnitSpec.parse("fp32"));
    private static final FloatMultiplier FP32_FTZ = new FloatMultiplier(UnitSpec.parse("fp32:subnormals=ftz"));

    @Test
    void bf16HandCheckedProducts() {
        assertEquals(0x3F80_0000L, BF16.multiply(0x3F80, 0x3F80));           // 1 * 1
        assertEquals(0xC0C0_0000L, BF16.multiply(0x4040, 0xC000));           // 3 * -2 = -6
        assertEquals(0x3F82_0200L, BF16.multiply(0x3F81, 0x3F81));           // (1+2^-7)^2, exact
        assertEquals(0x7F80_0000L, BF16.multiply(0x7F7F, 0x7F7F));           // overflow to +inf
        assertEquals(0xFF80_0000L, BF16.multiply(0xFF7F, 0x4000));           // -max * 2 = -inf
        assertEquals(0x8000_0000L, BF16.multiply(0x8000, 0x4040));           // -0 * 3 = -0
        assertEquals(0x0000_0000L, BF16.multiply(0x8000, 0xC040));           // -0 * -3 = +0
    }

    @Test
    void nanResultsAreCanonical() {
        for (FloatMultiplier m : new FloatMultiplier[] {BF16, BF16_FTZ}) {
            assertEquals(0x7FC0_0000L, m.multiply(0x7FC1, 0x3F80));          // quiet NaN with payload
            assertEquals(0x7FC0_0000L, m.multiply(0x3F80, 0xFF81));          // negative signalling NaN
            assertEquals(0x7FC0_0000L, m.multiply(0x7F80, 0x8000));          // inf * -0
        }
        assertEquals(0x7FC0_0000L, FP32.multiply(0xFF80_0001L, 0x3F80_0000L));
        assertEquals(0x7FC0_0000L, FP32_FTZ.multiply(0x7F80_0000L, 0x0000_0001L)); // inf * flushed subnormal
        assertEquals(0xFF80_0000L, FP32.multiply(0x7F80_0000L, 0x8000_0001L));     // inf * -subnormal
    }

    @Test
    void subnormalOperandsAndResults() {
        assertEquals(0x0001_0000L, BF16.multiply(0x0001, 0x3F80));           // 2^-133 stays exact
        assertEquals(0x0000_0000L, BF16_FTZ.multiply(0x0001, 0x3F80));       // input flushed
        assertEquals(0x8000_0000L, BF16_FTZ.multiply(0x8001, 0x3F80));       // keeps its sign
        assertEquals(0x0020_0000L, BF16.multiply(0x1F80, 0x1F80));           // 2^-64 squared = 2^-128
        assertEquals(0x0000_0000L, BF16_FTZ.multiply(0x1F80, 0x1F80));       // tiny result flushed
        assertEquals(0x8000_0000L, BF16_FTZ.multiply(0x9F80, 0x1F80));
        assertEquals(0x0000_0000L, BF16.multiply(0x1A00, 0x1A00));           // 2^-150: tie with 0, even
        assertEquals(0x0000_0001L, BF16.multiply(0x1A00, 0x1A40));           // 1.5 * 2^-150 rounds up
        assertEquals(0x0080_0000L, FP32_FTZ.multiply(0x0080_0000L, 0x3F80_0000L)); // min normal survives
    }

    @Test
    void agreesWithFloatMultiplication() {
        var sampler = new FloatSampler(FloatFormat.FP32, 51);
        var bf16Sampler = new FloatSampler(FloatFormat.BF16, 52);
        for (int i = 0; i < 100_000; i++) {
            long a = sampler.next();
            long b = sampler.next();
            assertEquals(FpReference.result(fp32(a) * fp32(b)), FP32.multiply(a, b));
            long c = bf16Sampler.next();
            long d = bf16Sampler.next();
            assertEquals(FpReference.result(FpReference.bf16(c) * FpReference.bf16(d)), BF16.multiply(c, d));
        }
    }

    @Test
    void ignoresBitsAboveTheOperandWidth() {
        assertEquals(0x3F80_0000L, BF16.multiply(0xFFFF_3F80L, 0x1_3F80L));
        assertEquals(bits(-1f), FP32.multiply(0xFFFF_FFFF_BF80_0000L, 0x3F80_0000L));
    }

    @Test
    void wideResultEqualsFastPathAndSpecIsTheMultiplier() {
        assertEquals(BigInteger.valueOf(0xC0C0_0000L), BF16.multiplyWide(0x4040, 0xC000));
        assertEquals(UnitSpec.parse("fp32:fused=false"),
                new FloatMultiplier(UnitSpec.parse("fp32:fused=false,mac")).spec());
        assertEquals(UnitSpec.parse("bf16"), BF16.spec());
        Multiplier viaFactory = Units.multiplier(UnitSpec.parse("bf16:subnormals=ftz,mac"));
        assertEquals(0L, viaFactory.multiply(0x1F80, 0x1F80));
        assertEquals(UnitSpec.parse("bf16:subnormals=ftz"), viaFactory.spec());
    }
}
