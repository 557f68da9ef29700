package org.approxmac.analysis.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.ErrorMetrics;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ErrorMapTest {

    @Test
    void exhaustiveMapHoldsTheGoldenModelsRelativeErrors() {
        var m = Units.multiplier(UnitSpec.parse("mitchw:n=8,w=4"));
        ErrorMap map = ErrorMap.compute(new ProductError(m), ErrorMap.DEFAULT_POINTS);
        assertTrue(map.exhaustive());
        assertEquals(256, map.as().length);
        assertEquals(-128, map.as()[0]);
        assertEquals(127, map.as()[255]);
        ErrorMetrics metrics = ErrorAnalysis.analyze(m, Sampling.exhaustiveAll());
        double sum = 0;
        long count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : map.relErrors()) {
            for (double r : row) {
                if (!Double.isNaN(r)) {
                    sum += r;
                    count++;
                    min = Math.min(min, r);
                    max = Math.max(max, r);
                }
            }
        }
        assertEquals(metrics.relSamples(), count);
        assertEquals(metrics.meanRelError(), sum / count, 1e-12);
        assertEquals(metrics.minRelError(), min, 0);
        assertEquals(metrics.maxRelError(), max, 0);
        // a cell: a = -1, b = 5 -> ~5 = -6
        assertEquals(0.2, map.relErrors()[127][133], 1e-15);
        assertTrue(Double.isNaN(map.relErrors()[128][3]), "a = 0");
    }

    @Test
    void sixtyFourBitSignedMapIsIncreasingAndDefined() {
        ProductError e = new ProductError(Units.multiplier(UnitSpec.parse("mitchw:n=64,w=6,sign=sm")));
        ErrorMap map = ErrorMap.compute(e, 8);
        for (int i = 1; i < 8; i++) {
            assertTrue(map.as()[i] > map.as()[i - 1]);
        }
        assertTrue(map.relErrors()[7][7] <= 0 && map.relErrors()[7][7] > -0.15);
    }

    @Test
    void sampledGridSpansTheOperandRangeEvenly() {
        ProductError e = new ProductError(Units.multiplier(UnitSpec.parse("mitchell:n=16,sign=unsigned")));
        ErrorMap map = ErrorMap.compute(e, 64);
        assertFalse(map.exhaustive());
        assertEquals(64, map.as().length);
        assertEquals(0, map.as()[0]);
        assertEquals(65535, map.as()[63]);
        assertArrayEquals(map.as(), map.bs());
        assertEquals(e.relativeError(map.as()[10], map.bs()[40]), map.relErrors()[10][40]);
        for (double[] row : map.relErrors()) {
            for (double r : row) {
                assertTrue(Double.isNaN(r) || (r <= 0 && r > -0.1112), "Mitchell: 0 >= r > -11.12 %");
            }
        }
        assertArrayEquals(new long[] {-8, -3, 2, 7}, ErrorMap.evenlySpaced(-8, 7, 4));
        long[] wide = ErrorMap.evenlySpaced(Long.MIN_VALUE, Long.MAX_VALUE, 3);
        assertArrayEquals(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}, wide);
    }
}
