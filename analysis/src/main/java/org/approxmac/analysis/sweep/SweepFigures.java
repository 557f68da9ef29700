package org.approxmac.analysis.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.analysis.chart.Charts;
import org.approxmac.analysis.chart.Figure;
import org.approxmac.analysis.chart.ScatterPoint;
import org.approxmac.spec.ParamType;
import org.approxmac.spec.UnitSpec;

/** The sweep's figure: the energy/MRED Pareto plot, or the error-only comparison without costs. */
public final class SweepFigures {
    private SweepFigures() {
    }

    /**
     * With costs: energy per operation against MRED, one point per costed design coloured by its kind,
     * the Pareto-optimal ones also marked, joined and labelled. Without: MRED and |mean relative error| per design as grouped bars.
     */
    public static Figure plot(List<SweepPoint> points) {
        List<SweepPoint> costed = points.stream().filter(p -> p.cost().isPresent()).toList();
        if (!costed.isEmpty()) {
            List<ScatterPoint> scatter = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (SweepPoint p : costed) {
                scatter.add(new ScatterPoint(label(p), 100 * p.errors().mred(), p.cost().orElseThrow().energyPj(),
                        p.paretoOptimal()));
                kinds.add(p.spec().kind().specName());
            }
            return Charts.scatter("Energy vs MRED (" + costed.size() + " designs)", "MRED (%)",
                    "energy per operation (pJ)", scatter, kinds, "Pareto-optimal", false, false);
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

    /**
     * A point's label: its spec with the sizes (n, w, k) and without the other keys at their defaults
     * (sign mode, accumulator width, ...), e.g. {@code mitchw:n=16,w=6} for
     * {@code mitchw:n=16,w=6,sign=c1}; it names the same unit, so a user can paste it into any command.
     */
    static String label(SweepPoint p) {
        return shortSpec(p.spec());
    }

    static String shortSpec(UnitSpec spec) {
        String canonical = spec.canonical();
        int colon = canonical.indexOf(':');
        if (colon < 0) {
            return canonical;
        }
        List<String> parts = new ArrayList<>(List.of(canonical.substring(colon + 1).split(",")));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String key = parts.get(i).split("=")[0];
            if (!parts.get(i).contains("=") || sized(spec, key)) {
                continue; // a flag such as mac, or a size (n, w, k), which a sweep varies: always shown
            }
            List<String> without = new ArrayList<>(parts);
            without.remove(i);
            if (names(spec, canonical.substring(0, colon), without)) {
                parts = without;
            }
        }
        return parts.isEmpty() ? canonical.substring(0, colon) : canonical.substring(0, colon + 1) + String.join(",", parts);
    }

    private static boolean sized(UnitSpec spec, String key) {
        return spec.kind().descriptor().params().stream()
                .anyMatch(p -> p.key().equals(key) && p.type() == ParamType.INT);
    }

    private static boolean names(UnitSpec spec, String kind, List<String> parts) {
        try {
            String text = parts.isEmpty() ? kind : kind + ":" + String.join(",", parts);
            return UnitSpec.parse(text).canonical().equals(spec.canonical());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
