package org.approxmac.analysis.error;

import org.approxmac.analysis.chart.RobustRange;
import org.approxmac.golden.error.ErrorAnalysis;
import org.approxmac.golden.error.PairAccumulator;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;

/**
 * The distribution of relative errors of an integer multiplier over the vectors of a
 * {@link Sampling}: {@code counts[i]} values fall in [{@code edges[i]}, {@code edges[i+1]}) (the last
 * bin also holds its upper edge). Vectors whose exact product is 0 are skipped, as in the error
 * metrics. The vectors come from {@link ErrorAnalysis#accumulate}, the golden model's own sampling,
 * so the histogram covers the very vectors behind {@code approxmac errors} with the same seed.
 *
 * @param spec   the multiplier
 * @param edges  bin edges, increasing (bins + 1 values)
 * @param counts values per bin
 */
public record ErrorHistogram(UnitSpec spec, double[] edges, long[] counts) {
    /** Total number of binned values. */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    /**
     * Bins the relative errors of the sampled vectors into {@code bins} equal bins spanning [lo, hi]
     * (e.g. the min and max relative error from the error metrics); values outside are clamped into
     * the first or last bin.
     */
    public static ErrorHistogram compute(ProductError error, Sampling sampling, int bins, double lo, double hi) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        double low = lo;
        double high = hi > lo ? hi : lo + Math.max(1e-9, Math.abs(lo) * 1e-6);
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = low + (high - low) * i / bins;
        }
        Binner binner = new Binner(low, high, bins);
        long[] counts = ErrorAnalysis.accumulate(error.multiplier(), sampling, new PairAccumulator<long[]>() {
            @Override
            public long[] newState() {
                return new long[bins];
            }

            @Override
            public void add(long[] state, long a, long b) {
                binner.add(state, error.patternRelativeError(a, b));
            }

            @Override
            public void merge(long[] into, long[] from) {
                for (int i = 0; i < into.length; i++) {
                    into[i] += from[i];
                }
            }
        });
        return new ErrorHistogram(error.spec(), edges, counts);
    }

    /** Fine bins of the first pass of {@link #robust}. */
    static final int FINE_BINS = 8192;

    /**
     * As {@link #compute}, over a {@link RobustRange} of [lo, hi]: a first pass counts the errors in
     * {@value #FINE_BINS} fine bins; if a thin tail stretches the range, the histogram spans the
     * percentile range instead (outliers counted into the end bins) and the returned range says how
     * many values lie beyond. Two passes over the same vectors.
     */
    public static Robust robust(ProductError error, Sampling sampling, int bins, double lo, double hi) {
        ErrorHistogram fine = compute(error, sampling, FINE_BINS, lo, hi);
        RobustRange range = RobustRange.ofBinned(fine.edges()[0], fine.edges()[FINE_BINS], fine.counts());
        ErrorHistogram h = range.clipped() ? compute(error, sampling, bins, range.lower(), range.upper())
                : compute(error, sampling, bins, lo, hi);
        return new Robust(h, range);
    }

    /**
     * A histogram and the range it spans.
     *
     * @param histogram the histogram
     * @param range     its range; {@link RobustRange#clipped()} if outliers were counted into the end bins
     */
    public record Robust(ErrorHistogram histogram, RobustRange range) {
    }

    private record Binner(double low, double high, int bins) {
        void add(long[] counts, double r) {
            if (Double.isNaN(r)) {
                return;
            }
            int i = (int) Math.floor((r - low) / (high - low) * bins);
            counts[Math.max(0, Math.min(bins - 1, i))]++;
        }
    }
}
