package org.approxmac.analysis.accumulate;

import java.util.List;
import org.approxmac.analysis.chart.Charts;
import org.approxmac.analysis.chart.Figure;

/** The figure of {@code approxmac accumulate}: mean and variance of the accumulated error vs length. */
public final class AccumulationFigures {
    private AccumulationFigures() {
    }

    /**
     * Mean (left axis, %) and variance (right axis, %²) of the relative error of the dot product
     * against its length (log scale); {@code unitMeanError} (the unit's e) is named in the title.
     */
    public static Figure convergence(AccumulationResult result, double unitMeanError) {
        List<AccumulationPoint> points = result.points();
        double[] x = new double[points.size()];
        double[] mean = new double[points.size()];
        double[] var = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            AccumulationPoint p = points.get(i);
            x[i] = p.length();
            mean[i] = 100 * p.meanRelError();
            var[i] = 1e4 * p.varRelError();
        }
        String title = String.format("Accumulated error, %s (%s operands, %d trials)",
                result.spec().canonical(), result.distribution().specName(), result.trials());
        boolean positive = java.util.Arrays.stream(var).allMatch(v -> v > 0);
        return Charts.lineChart(title, "products per dot product (log scale)", x, "mean relative error (%)", mean,
                "variance of relative error (%², log scale)", var, true, positive, 100 * unitMeanError,
                String.format("unit bias e = %.2f %%", 100 * unitMeanError));
    }
}
