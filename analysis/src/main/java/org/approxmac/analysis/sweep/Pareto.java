package org.approxmac.analysis.sweep;

/** Pareto-optimal points when both coordinates are to be minimised. */
public final class Pareto {
    private Pareto() {
    }

    /**
     * Which points are Pareto-optimal: point i is, unless some j is no worse in both coordinates and
     * strictly better in one. Equal points are all optimal. NaN points are never optimal and never
     * dominate.
     */
    public static boolean[] front(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        boolean[] optimal = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            boolean dominated = false;
            for (int j = 0; j < x.length && !dominated; j++) {
                dominated = j != i && x[j] <= x[i] && y[j] <= y[i] && (x[j] < x[i] || y[j] < y[i]);
            }
            optimal[i] = !dominated;
        }
        return optimal;
    }
}
