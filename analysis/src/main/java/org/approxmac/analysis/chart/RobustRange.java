package org.approxmac.analysis.chart;

import java.util.Arrays;
import java.util.Locale;

/**
 * The range a figure's scale spans (a heat map's colour bar, a histogram's axis) when a few extreme
 * values would otherwise wash out the pattern of the rest. Each end is decided on its own: it
 * stops at the {@value #TAIL_PERCENT}th (or 100 &minus; {@value #TAIL_PERCENT}th) percentile when
 * the values beyond stretch the scale by more than {@value #SIDE} of the range between the two
 * percentiles, and otherwise at the extreme value. Values beyond are drawn at the ends of the
 * scale, and the figure says so ({@link #note}).
 *
 * @param lower lower end of the scale
 * @param upper upper end of the scale
 * @param below values below {@code lower}
 * @param above values above {@code upper}
 */
public record RobustRange(double lower, double upper, long below, long above) {
    /** Share of values at either end that may fall outside the scale, in percent. */
    public static final double TAIL_PERCENT = 0.5;
    /** An end is clipped when its tail reaches farther than this share of the percentile range. */
    public static final double SIDE = 0.25;

    /** Whether some values lie outside the scale. */
    public boolean clipped() {
        return below + above > 0;
    }

    /** The range of the values (NaN ignored), clipped to percentiles when a tail stretches it. */
    public static RobustRange of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return new RobustRange(Double.NaN, Double.NaN, 0, 0);
        }
        double min = v[0];
        double max = v[v.length - 1];
        double lo = v[(int) Math.floor((v.length - 1) * TAIL_PERCENT / 100)];
        double hi = v[(int) Math.ceil((v.length - 1) * (100 - TAIL_PERCENT) / 100)];
        return choose(min, max, lo, hi, count(v, lo, true), count(v, hi, false));
    }

    /**
     * The scale for values counted in fine bins of equal width over [min, max] ({@code counts.length}
     * bins): the percentile ends are bin edges, so the values outside are counted exactly.
     */
    public static RobustRange ofBinned(double min, double max, long[] counts) {
        long total = Arrays.stream(counts).sum();
        double width = (max - min) / counts.length;
        long tail = (long) Math.floor(total * TAIL_PERCENT / 100);
        int first = 0;
        long below = 0;
        while (first < counts.length - 1 && below + counts[first] <= tail) {
            below += counts[first++];
        }
        int last = counts.length - 1;
        long above = 0;
        while (last > first && above + counts[last] <= tail) {
            above += counts[last--];
        }
        return choose(min, max, min + first * width, min + (last + 1) * width, below, above);
    }

    private static RobustRange choose(double min, double max, double lo, double hi, long below, long above) {
        double core = hi - lo;
        boolean low = core > 0 && lo - min > SIDE * core;
        boolean high = core > 0 && max - hi > SIDE * core;
        return new RobustRange(low ? lo : min, high ? hi : max, low ? below : 0, high ? above : 0);
    }

    private static long count(double[] sorted, double bound, boolean belowIt) {
        return Arrays.stream(sorted).filter(x -> belowIt ? x < bound : x > bound).count();
    }

    /** What a clipped scale leaves out, for the figure, e.g. {@code scale clipped to [-12.1, 0.4] %: 3 values above}. */
    public String note(String unit) {
        if (!clipped()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "scale clipped to [%.3g, %.3g]%s"
                + " (%s–%sth percentile): ", lower, upper, unit, trim(TAIL_PERCENT), trim(100 - TAIL_PERCENT)));
        if (below > 0) {
            sb.append(values(below)).append(" below");
        }
        if (above > 0) {
            sb.append(below > 0 ? ", " : "").append(values(above)).append(" above");
        }
        return sb.append(", drawn at the ends").toString();
    }

    private static String values(long n) {
        return n + (n == 1 ? " value" : " values");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
