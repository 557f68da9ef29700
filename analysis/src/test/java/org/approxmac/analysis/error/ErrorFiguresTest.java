package org.approxmac.analysis.error;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Units;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ErrorFiguresTest {
    @Test
    void titlesNameTheSpecAndTheGrid() {
        ProductError e = new ProductError(Units.multiplier(UnitSpec.parse("drum:n=6,k=3")));
        String svg = ErrorFigures.heatmap(ErrorMap.compute(e, 256)).svg();
        assertTrue(svg.contains("Relative error of drum:n=6,k=3,sign=c1 (all 64 x 64 operand pairs)"));
        assertTrue(svg.contains("operand a (signed)") && svg.contains("relative error (%)"));
        ErrorHistogram h = ErrorHistogram.compute(e, Sampling.random(1000, 1), 20, -0.3, 0.3);
        String hs = ErrorFigures.histogram(h, "1000 pairs").svg();
        assertTrue(hs.contains("(1000 pairs)") && hs.contains("vectors"));
    }
}
