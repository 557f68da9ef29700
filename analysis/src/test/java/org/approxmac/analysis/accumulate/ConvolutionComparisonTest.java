package org.approxmac.analysis.accumulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class ConvolutionComparisonTest {
    private static final Multiplier MITCHW6 = Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6"));

    @Test
    void depthwiseOutputsVaryFarMoreThanConventionalOnes() {
        int[] lengths = ConvolutionComparison.withLengths(new int[] {1}, 64, 3);
        AccumulationResult r = AccumulationExperiment.run(MITCHW6, lengths, OperandDistribution.UNIFORM, 1000, 3);
        ConvolutionComparison c = ConvolutionComparison.of(r, 64, 3);
        assertEquals(9, c.depthwise().length());
        assertEquals(576, c.conventional().length());
        assertSame(r.at(9), c.depthwise(), "the comparison reads the experiment's point, it does not run its own");
        assertSame(r.at(576), c.conventional());
        assertTrue(c.varianceRatio() > 20, "ratio " + c.varianceRatio());
        assertEquals(c.depthwise().meanRelError(), c.conventional().meanRelError(), 0.003);
    }

    @Test
    void convolutionLengthsAreAppendedOnlyWhenNotAsked() {
        assertArrayEquals(new int[] {1, 9, 64, 576, 4608},
                ConvolutionComparison.withLengths(AccumulationExperiment.DEFAULT_LENGTHS, 64, 3));
        assertArrayEquals(new int[] {4608, 1, 9, 576}, ConvolutionComparison.withLengths(new int[] {4608, 1}, 64, 3));
        assertArrayEquals(new int[] {64, 9, 72}, ConvolutionComparison.withLengths(new int[] {64}, 8, 3));
        assertArrayEquals(new int[] {25}, ConvolutionComparison.withLengths(new int[] {25}, 1, 5), "k x k = C x k x k");
        assertArrayEquals(new int[] {1}, ConvolutionComparison.withLengths(new int[0], 1, 1));
    }

    @Test
    void appendedLengthsLeaveTheAskedLengthsFiguresUnchanged() {
        int[] asked = {1, 64};
        AccumulationResult alone = AccumulationExperiment.run(MITCHW6, asked, OperandDistribution.GAUSSIAN, 200, 5);
        AccumulationResult with = AccumulationExperiment.run(MITCHW6, ConvolutionComparison.withLengths(asked, 16, 3),
                OperandDistribution.GAUSSIAN, 200, 5);
        assertEquals(4, with.points().size());
        assertEquals(alone.points(), with.points().subList(0, 2));
    }

    @Test
    void badConvolutionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConvolutionComparison.withLengths(new int[] {1}, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> ConvolutionComparison.withLengths(new int[] {1}, 3, 0));
        assertThrows(IllegalArgumentException.class,
                () -> ConvolutionComparison.withLengths(new int[] {1}, AccumulationExperiment.MAX_LENGTH / 9 + 1, 3));
        AccumulationResult r = AccumulationExperiment.run(MITCHW6, new int[] {9}, OperandDistribution.UNIFORM, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> ConvolutionComparison.of(r, 64, 3), "576 was not run");
    }
}
