package org.approxmac.analysis.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.analysis.chart.Charts;
import org.approxmac.analysis.chart.Figure;
import org.approxmac.analysis.chart.ScatterPoint;

/** The sweep's figure: the energy/MRED Pareto plot, or the error-only comparison without costs. */
public final class SweepFigures {
    private SweepFigures() {
    }

    /**
     * With costs: energy per operation against MRED, one point per costed design, the Pareto-optimal
     * ones marked and labelled. Without: MRED and |mean relative error| per design as grouped bars.
     */
    public static Figure plot(List<SweepPoint> points) {
        List<SweepPoint> costed = points.stream().filter(p -> p.cost().isPresent()).toList();
        if (!costed.isEmpty()) {
            List<ScatterPoint> scatter = new ArrayList<>();
            for (SweepPoint p : costed) {
                scatter.add(new ScatterPoint(label(p), 100 * p.errors().mred(), p.cost().orElseThrow().energyPj(),
                        p.paretoOptimal()));
            }
            return Charts.scatter("Energy vs MRED (" + costed.size() + " designs)", "MRED (%)",
                    "energy per operation (pJ)", scatter, "Pareto-optimal", false, false);
        }
        List<String> categories = points.stream().map(SweepFigures::label).toList();
        double[] mred = points.stream().mapToDouble(p -> 100 * p.errors().mred()).toArray();
        double[] bias = points.stream().mapToDouble(p -> 100 * Math.abs(p.errors().meanRelError())).toArray();
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("MRED (%)", mred);
        series.put("|mean relative error| (%)", bias);
        return Charts.barChart("Error metrics (" + points.size() + " designs, no synthesis cost)", categories,
                series, "%");
    }

    /** A short label: the spec without default-valued noise, e.g. {@code mitchw n16 w6}. */
    static String label(SweepPoint p) {
        String id = p.spec().identifier();
        return id.replace("_", " ");
    }
}
