package org.approxmac.analysis.accumulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class AccumulationExperimentTest {
    private static final Multiplier MITCHW6 = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6"));

    @Test
    void varianceFallsAndMeanConvergesToTheUnitsBias() {
        AccumulationResult r = AccumulationExperiment.run(MITCHW6, new int[] {1, 9, 576}, OperandDistribution.UNIFORM,
                4000, 1);
        double e = ErrorAnalysis.analyze(MITCHW6, Sampling.random(400_000, 1)).meanRelError();
        AccumulationPoint one = r.at(1);
        AccumulationPoint nine = r.at(9);
        AccumulationPoint long576 = r.at(576);
        assertTrue(long576.varRelError() * 10 <= one.varRelError(),
                "variance at 576 " + long576.varRelError() + " vs at 1 " + one.varRelError());
        assertTrue(nine.varRelError() < one.varRelError() && long576.varRelError() < nine.varRelError());
        assertEquals(e, long576.meanRelError(), 0.002, "mean within 0.2 percentage points of e");
        assertTrue(long576.maxRelError() - long576.minRelError() < one.maxRelError() - one.minRelError());
        assertEquals(4000, long576.trials());
    }

    @Test
    void sameSeedSameResultAndLengthOneIsThePerProductError() {
        var a = AccumulationExperiment.run(MITCHW6, new int[] {1, 64}, OperandDistribution.GAUSSIAN, 300, 9);
        var b = AccumulationExperiment.run(MITCHW6, new int[] {1, 64}, OperandDistribution.GAUSSIAN, 300, 9);
        assertEquals(a, b);
        var exact = AccumulationExperiment.run(Units.multiplier(UnitSpec.parse("fixed:n=16")), new int[] {1, 9},
                OperandDistribution.UNIFORM, 50, 1);
        assertEquals(0.0, exact.at(9).meanRelError());
        assertEquals(0.0, exact.at(1).varRelError());
        // Mitchell's core never overestimates: every accumulated error is <= 0
        assertTrue(a.at(64).maxRelError() <= 0 && a.at(1).maxRelError() <= 0);
    }

    @Test
    void wideArithmeticAgreesInSignAndBadInputIsRefused() {
        var wide = AccumulationExperiment.run(Units.multiplier(UnitSpec.parse("mitchw:n=40,w=6,sign=unsigned")),
                new int[] {16}, OperandDistribution.UNIFORM, 200, 2);
        assertEquals(-0.059, wide.at(16).meanRelError(), 0.01);
        assertThrows(IllegalArgumentException.class,
                () -> AccumulationExperiment.run(MITCHW6, new int[] {0}, OperandDistribution.UNIFORM, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> AccumulationExperiment.run(MITCHW6, new int[] {4}, OperandDistribution.UNIFORM, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> OperandDistribution.bySpecName("cauchy"));
        assertThrows(IllegalArgumentException.class, () -> AccumulationExperiment.run(
                Units.multiplier(UnitSpec.parse("fixed:n=64,sign=unsigned")), new int[] {1}, OperandDistribution.UNIFORM,
                10, 1));
        var full = AccumulationExperiment.run(Units.multiplier(UnitSpec.parse("mitchw:n=64,w=6")), new int[] {4},
                OperandDistribution.UNIFORM, 50, 1);
        assertEquals(-0.059, full.at(4).meanRelError(), 0.015);
    }
}
