package org.approxmac.analysis.accumulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ConvolutionComparisonTest {
    @Test
    void depthwiseOutputsVaryFarMoreThanConventionalOnes() {
        var m = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6"));
        ConvolutionComparison c = ConvolutionComparison.compute(m, 64, 3, OperandDistribution.UNIFORM, 1000, 3);
        assertEquals(9, c.depthwise().length());
        assertEquals(576, c.conventional().length());
        assertTrue(c.varianceRatio() > 20, "ratio " + c.varianceRatio());
        assertEquals(c.depthwise().meanRelError(), c.conventional().meanRelError(), 0.003);
        assertThrows(IllegalArgumentException.class,
                () -> ConvolutionComparison.compute(m, 0, 3, OperandDistribution.UNIFORM, 10, 1));
    }
}
