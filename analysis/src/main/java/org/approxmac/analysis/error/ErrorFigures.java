package org.approxmac.analysis.error;

import org.approxmac.analysis.chart.Charts;
import org.approxmac.analysis.chart.Figure;
import org.approxmac.analysis.chart.RobustRange;

/** The figures of {@code approxmac errors}: the error map (paper's Fig. 2) and the error histogram. */
public final class ErrorFigures {
    private ErrorFigures() {
    }

    /** Heat map of the relative error in percent over operands a (x) and b (y). */
    public static Figure heatmap(ErrorMap map) {
        int points = map.as().length;
        double[] xs = toDouble(map.as());
        double[] ys = toDouble(map.bs());
        double[][] percent = new double[points][];
        for (int i = 0; i < points; i++) {
            percent[i] = new double[ys.length];
            for (int j = 0; j < ys.length; j++) {
                percent[i][j] = 100 * map.relErrors()[i][j];
            }
        }
        String grid = map.exhaustive() ? "all " + points + " x " + ys.length + " operand pairs"
                : points + " x " + ys.length + " evenly spaced operand values";
        String sign = map.spec().signedOperands() ? "signed" : "unsigned";
        return Charts.heatmap("Relative error of " + map.spec().canonical() + " (" + grid + ")",
                "operand a (" + sign + ")", "operand b (" + sign + ")", "relative error (%)", xs, ys, percent);
    }

    /** Histogram of the relative error in percent, stating any clipping of its range under the title. */
    public static Figure histogram(ErrorHistogram.Robust r, String samplingText) {
        RobustRange pct = new RobustRange(100 * r.range().lower(), 100 * r.range().upper(), r.range().below(),
                r.range().above());
        return histogram(r.histogram(), samplingText, pct.note(" %"));
    }

    /** Histogram of the relative error in percent. */
    public static Figure histogram(ErrorHistogram h, String samplingText) {
        return histogram(h, samplingText, "");
    }

    private static Figure histogram(ErrorHistogram h, String samplingText, String note) {
        double[] edges = new double[h.edges().length];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = 100 * h.edges()[i];
        }
        return Charts.histogram("Relative error of " + h.spec().canonical() + " (" + samplingText + ")",
                "relative error (%)", "vectors", edges, h.counts(), note);
    }

    private static double[] toDouble(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
