package org.approxmac.golden.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** The FP32-to-format conversion error that errors prints for floating kinds (the paper's bf16 figure). */
class ConversionErrorTest {

    private static ConversionError of(String spec) {
        return ConversionError.of(UnitSpec.parse(spec), 1_000_000, 1).orElseThrow();
    }

    /** bf16 truncation: between 0 and -(2^-7 - 2^-23) / (1 + 2^-7 - 2^-23) = -0.7751 % (the paper's "-0.78 %"). */
    @Test
    void bf16TruncationErrsBetweenZeroAndMinusPointSevenEightPercent() {
        ConversionError c = of("bf16");
        double extreme = -(0x1p-7 - 0x1p-23) / (1 + 0x1p-7 - 0x1p-23);
        assertEquals(0.0, c.truncation().max(), 1e-6);
        assertTrue(c.truncation().min() >= extreme && c.truncation().min() < 0.99 * extreme, c.toString());
        assertTrue(c.truncation().mean() < -0.0025 && c.truncation().mean() > -0.0030, c.toString());
        // rounding: within half an ulp, 2^-8 relative to the significand's 1.x, and about unbiased
        assertTrue(c.rounding().max() <= 0x1p-8 && c.rounding().min() >= -0x1p-8, c.toString());
        assertTrue(c.rounding().max() > 0.99 * 0x1p-8 / (1 + 0x1p-8), c.toString());
        assertEquals(0.0, c.rounding().mean(), 1e-4);
    }

    @Test
    void narrowerFormatsErrMoreAndFp32NotAtAll() {
        assertTrue(of("fp8e4m3").rounding().max() <= 0x1p-4 && of("fp8e4m3").rounding().max() > 0.05);
        assertTrue(of("fp8e5m2").truncation().min() < -0.18 && of("fp8e5m2").truncation().min() >= -0.25);
        assertTrue(of("fp16").rounding().max() <= 0x1p-11);
        assertTrue(ConversionError.of(UnitSpec.parse("fp32"), 1000, 1).isEmpty());
        assertTrue(ConversionError.of(UnitSpec.parse("mitchw:n=16"), 1000, 1).isEmpty());
    }
}
