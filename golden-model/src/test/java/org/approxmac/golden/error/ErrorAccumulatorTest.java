package org.approxmac.golden.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ErrorAccumulatorTest {

    @Test
    void mergeEqualsSequentialAccumulation() {
        SplittableRandom r = new SplittableRandom(1);
        ErrorAccumulator all = new ErrorAccumulator();
        ErrorAccumulator left = new ErrorAccumulator();
        ErrorAccumulator right = new ErrorAccumulator();
        for (int i = 0; i < 10_000; i++) {
            double exact = r.nextInt(3) == 0 ? 0 : r.nextDouble(1, 1000);
            double rel = r.nextDouble(-0.2, 0.1);
            double dist = r.nextDouble(0, 50);
            all.add(exact, rel, dist);
            (i < 3000 ? left : right).add(exact, rel, dist);
        }
        left.merge(right);
        assertEquals(all.samples(), left.samples());
        assertEquals(all.relSamples(), left.relSamples());
        assertEquals(all.meanRelError(), left.meanRelError(), 1e-12);
        assertEquals(all.varRelError(), left.varRelError(), 1e-12);
        assertEquals(all.mred(), left.mred(), 1e-9);
        assertEquals(all.mae(), left.mae(), 1e-9);
        assertEquals(all.wce(), left.wce());
        assertEquals(all.minRelError(), left.minRelError());
        assertEquals(all.maxRelError(), left.maxRelError());
    }

    @Test
    void relativeMetricsSkipZeroExactProducts() {
        ErrorAccumulator acc = new ErrorAccumulator();
        acc.add(0, 123, 1);   // Z = 0, Z' = 1: counts for MAE/EP only
        acc.add(10, -0.1, 1);
        assertEquals(2, acc.samples());
        assertEquals(1, acc.relSamples());
        assertEquals(-0.1, acc.meanRelError(), 1e-15);
        assertEquals(0.1, acc.mred(), 1e-15);
        assertEquals(1.0, acc.mae());
        assertEquals(0.0, acc.varRelError());
        assertEquals(2, acc.differing());
    }
}
