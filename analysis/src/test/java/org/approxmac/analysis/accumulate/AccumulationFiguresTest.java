package org.approxmac.analysis.accumulate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class AccumulationFiguresTest {
    @Test
    void plotsMeanAndVarianceInPercentWithTheBiasInTheTitle() {
        var r = new AccumulationResult(UnitSpec.parse("mitchw:n=16,w=6"), OperandDistribution.UNIFORM, 10, 1,
                List.of(new AccumulationPoint(1, 10, -0.059, 9e-4, -0.14, 0),
                        new AccumulationPoint(576, 10, -0.0591, 1.6e-6, -0.062, -0.056)));
        String svg = AccumulationFigures.convergence(r, -0.0591).svg();
        assertTrue(svg.contains("unit bias e = -5.91 %"), "reference line names e");
        assertTrue(svg.contains("mean relative error (%)") && svg.contains("variance of relative error (%², log scale)"));
        assertTrue(svg.contains("products per dot product (log scale)"));
    }
}
