package org.approxmac.analysis.chart;

/**
 * One point of a scatter chart.
 *
 * @param label       shown next to highlighted points (e.g. a design's spec)
 * @param x           horizontal value
 * @param y           vertical value
 * @param highlighted drawn in the highlighted series (e.g. Pareto-optimal)
 */
public record ScatterPoint(String label, double x, double y, boolean highlighted) {
}
