package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.approxmac.hdl.builder.Evaluator;
import org.junit.jupiter.api.Test;

class ProductRtlTest {
    private static final int EXP_WIDTH = 12;

    @Test
    void exactProductsMatchTheGoldenProduct() {
        for (FloatFormat format : List.of(FloatFormat.BF16, FloatFormat.FP32, FloatFormat.E4M3)) {
            for (SubnormalMode mode : SubnormalMode.values()) {
                var unit = new FloatUnit(format, FloatFormat.FP32, mode, true);
                var e = new Evaluator(ProductRtl.build("product", format, mode, EXP_WIDTH));
                var sampler = new FloatSampler(format, 7);
                int p = format.precision();
                for (int i = 0; i < 3000; i++) {
                    long a = sampler.next();
                    long b = sampler.next();
                    Map<String, Long> out = RtlValues.evaluate(e, Map.of("a", a, "b", b));
                    FloatValue expected = unit.product(a, b);
                    String what = format + " " + mode + " " + Long.toHexString(a) + " * " + Long.toHexString(b);
                    assertEquals(expected.isNaN() ? 1L : 0L, out.get("nan"), what);
                    if (expected.isNaN()) {
                        continue;
                    }
                    assertEquals(expected.isInfinite() ? 1L : 0L, out.get("inf"), what);
                    assertEquals(expected.isZero() ? 1L : 0L, out.get("zero"), what);
                    assertEquals(expected.negative() ? 1L : 0L, out.get("sign"), what);
                    if (expected.isFinite()) {
                        long sig = out.get("sig");
                        assertTrue(sig >>> (2 * p - 2) != 0, what + ": leading one in the top two bits");
                        long exp = RtlValues.signed(out.get("exp"), EXP_WIDTH);
                        FloatValue rtl = FloatValue.finite(expected.negative(), sig, (int) exp - (2 * p - 1));
                        assertEquals(RtlValues.normalised(expected, 2 * p - 1), RtlValues.normalised(rtl, 2 * p - 1), what);
                    }
                }
            }
        }
    }
}
