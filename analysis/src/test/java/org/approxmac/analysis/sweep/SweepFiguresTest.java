package org.approxmac.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class SweepFiguresTest {

    @Test
    void pointsAreLabelledByTheirShortestSpec() {
        assertEquals("mitchw:n=16,w=6", SweepFigures.shortSpec(UnitSpec.parse("mitchw:n=16,w=6,sign=c1")));
        assertEquals("drum:n=16,k=6,mac", SweepFigures.shortSpec(UnitSpec.parse("drum:n=16,k=6,mac")));
        for (String s : new String[] {"mitchw:n=8,w=3,sign=sm", "fixed:n=32,mac", "bf16,mac", "drum:n=16,k=6,mac,acc=50"}) {
            UnitSpec spec = UnitSpec.parse(s);
            assertEquals(spec.canonical(), UnitSpec.parse(SweepFigures.shortSpec(spec)).canonical(), s);
        }
    }

    @Test
    void everyParetoPointCarriesItsSpecLabel() throws Exception {
        java.util.List<org.approxmac.analysis.chart.ScatterPoint> points = new java.util.ArrayList<>();
        for (int w = 2; w <= 8; w++) { // a crowded front: neighbours a fraction of a percent apart
            points.add(new org.approxmac.analysis.chart.ScatterPoint("mitchw:n=8,w=" + w, 10 - w * 0.3, 20 + w * 0.4, true));
        }
        points.add(new org.approxmac.analysis.chart.ScatterPoint("fixed:n=8", 0, 37, false));
        var figure = org.approxmac.analysis.chart.Charts.scatter("Energy vs MRED", "MRED (%)", "energy (pJ)", points,
                "Pareto-optimal", false, false);
        String svg = figure.svg();
        for (int w = 2; w <= 8; w++) {
            org.junit.jupiter.api.Assertions.assertTrue(svg.contains(">mitchw:n=8,w=" + w + "<"), "label w=" + w);
        }
        String keep = System.getProperty("approxmac.keepFigure");
        if (keep != null && !keep.isBlank()) {
            java.nio.file.Files.write(java.nio.file.Path.of(keep), figure.png());
        }
    }
}
