package org.approxmac.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RobustRangeTest {

    /** A -12 % .. 0 % pattern over 64 x 64 cells with one +100 % outlier. */
    private static double[][] patternWithOutlier() {
        double[][] v = new double[64][64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                v[i][j] = -12.0 * ((i + j) % 17) / 16;
            }
        }
        v[5][7] = 100;
        return v;
    }

    @Test
    void oneOutlierDoesNotStretchTheScale() {
        double[] all = Arrays.stream(patternWithOutlier()).flatMapToDouble(Arrays::stream).toArray();
        RobustRange r = RobustRange.of(all);
        assertEquals(-12.0, r.lower(), 1e-12);
        assertTrue(r.upper() < 1, "upper end " + r.upper());
        assertEquals(0, r.below());
        assertEquals(1, r.above());
        assertTrue(r.note(" %").contains("1 value above"), r.note(" %"));
        // -12 % keeps a strong colour, as it would without the outlier
        Color clipped = ColourScale.forRange(r.lower(), r.upper()).colour(-12);
        assertEquals(ColourScale.forRange(-12, 0).colour(-12), clipped);
        assertFalse(ColourScale.forRange(-12, 100).colour(-12).equals(clipped), "the outlier would have washed it out");
    }

    @Test
    void dataWithoutATailKeepsItsFullRange() {
        double[] spread = new double[1000];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = i;
        }
        RobustRange r = RobustRange.of(spread);
        assertEquals(new RobustRange(0, 999, 0, 0), r);
        assertFalse(r.clipped());
        assertEquals("", r.note(" %"));
    }

    @Test
    void binnedRangeCountsTheValuesBeyondExactly() {
        long[] counts = new long[100]; // bins of width 1 over [0, 100)
        counts[2] = 500;
        counts[3] = 499;
        counts[99] = 1;
        RobustRange r = RobustRange.ofBinned(0, 100, counts);
        assertEquals(2, r.lower(), 1e-12);
        assertEquals(4, r.upper(), 1e-12);
        assertEquals(0, r.below());
        assertEquals(1, r.above());
    }

    @Test
    void heatMapStatesItsClippingOnTheFigure() {
        double[] xs = new double[64];
        for (int i = 0; i < 64; i++) {
            xs[i] = i;
        }
        String svg = Charts.heatmap("h", "a", "b", "relative error (%)", xs, xs, patternWithOutlier()).svg();
        assertTrue(svg.contains("scale clipped to [-12.0, "), svg.substring(0, 400));
        assertTrue(svg.contains("1 value above"));
    }

    @Test
    void pointLabelsDoNotOverlap() {
        java.util.List<java.awt.geom.Rectangle2D> taken = new java.util.ArrayList<>();
        java.awt.geom.Rectangle2D area = new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400);
        for (int i = 0; i < 8; i++) { // eight labels around nearly the same point
            taken.add(PointLabels.place(new double[] {300 + i, 200}, 90, 12, area, taken));
        }
        for (int i = 0; i < taken.size(); i++) {
            for (int j = i + 1; j < taken.size(); j++) {
                assertFalse(taken.get(i).intersects(taken.get(j)), i + " overlaps " + j);
            }
        }
    }

    @Test
    void barChartsStartAtZero() {
        Figure f = Charts.barChart("Area", java.util.List.of("a", "b"),
                java.util.Map.of("area", new double[] {220_000, 260_000}), "units");
        assertTrue(f.svg().contains(">0<"), "a zero tick on the value axis");
    }
}
