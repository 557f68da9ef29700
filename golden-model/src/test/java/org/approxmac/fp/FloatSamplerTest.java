package org.approxmac.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloatSamplerTest {

    @Test
    void isDeterministicPerSeed() {
        var a = new FloatSampler(FloatFormat.FP32, 7);
        var b = new FloatSampler(FloatFormat.FP32, 7);
        var c = new FloatSampler(FloatFormat.FP32, 8);
        boolean differs = false;
        for (int i = 0; i < 1000; i++) {
            long x = a.next();
            assertEquals(x, b.next());
            differs |= x != c.next();
        }
        assertTrue(differs);
    }

    @Test
    void drawsEveryClassOfValueWithinTheWidth() {
        for (FloatFormat f : new FloatFormat[] {FloatFormat.BF16, FloatFormat.FP32, FloatFormat.E4M3}) {
            var sampler = new FloatSampler(f, 9);
            Map<FloatValue.Category, Integer> counts = new EnumMap<>(FloatValue.Category.class);
            int subnormals = 0;
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                long x = sampler.next();
                assertTrue(x >= 0 && x <= f.mask());
                counts.merge(f.decode(x, SubnormalMode.IEEE).category(), 1, Integer::sum);
                subnormals += f.isSubnormal(x) ? 1 : 0;
            }
            for (FloatValue.Category c : FloatValue.Category.values()) {
                assertTrue(counts.getOrDefault(c, 0) > n / 1000, f + " " + c + " " + counts);
            }
            assertTrue(subnormals > n / 10, f + " subnormals " + subnormals);
        }
    }

    @Test
    void nearStaysInTheRequestedBinades() {
        var sampler = new FloatSampler(FloatFormat.FP32, 10);
        for (int i = 0; i < 10_000; i++) {
            int e = FloatFormat.FP32.decode(sampler.near(-3, 2), SubnormalMode.IEEE).leadingExponent();
            assertTrue(e >= -5 && e <= -1, "exponent " + e);
        }
    }

    @Test
    void addendsOftenCancelExactly() {
        var sampler = new FloatSampler(FloatFormat.FP32, 11);
        int exact = 0;
        int near = 0;
        for (int i = 0; i < 10_000; i++) {
            long x = sampler.near(0, 20);
            float sum = FpReference.fp32(x) + FpReference.fp32(sampler.addendFor(x));
            exact += sum == 0 ? 1 : 0;
            near += sum != 0 && Math.abs(sum) <= 4 * Math.ulp(FpReference.fp32(x)) ? 1 : 0;
        }
        assertTrue(exact > 300, "exact cancellations " + exact);
        assertTrue(near > 2000, "near cancellations " + near);
        assertNotEquals(0, new FloatSampler(FloatFormat.FP32, 12).addendFor(FloatFormat.FP32.infinity(false)) + 1);
    }
}
