package org.approxmac.analysis.error;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.approxmac.golden.error.Sampling;
import org.approxmac.spec.UnitSpec;

/**
 * The distribution of relative errors of an integer multiplier over the vectors of a
 * {@link Sampling}: {@code counts[i]} values fall in [{@code edges[i]}, {@code edges[i+1]}) (the last
 * bin also holds its upper edge). Vectors whose exact product is 0 are skipped, as in the error
 * metrics. Random vectors are drawn exactly as the golden model's error analysis draws them (chunks
 * of {@link #CHUNK} pairs, one stream split in order from {@code SplittableRandom(seed)} per chunk,
 * operand a then b as uniform n-bit patterns), so the histogram covers the very vectors behind
 * {@code approxmac errors} with the same seed.
 *
 * @param spec   the multiplier
 * @param edges  bin edges, increasing (bins + 1 values)
 * @param counts values per bin
 */
public record ErrorHistogram(UnitSpec spec, double[] edges, long[] counts) {
    static final int CHUNK = 1 << 16;

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
        long[][] parts = sampling.exhaustive() ? exhaustive(error, binner) : random(error, sampling, binner);
        long[] counts = new long[bins];
        for (long[] p : parts) {
            for (int i = 0; i < bins; i++) {
                counts[i] += p[i];
            }
        }
        return new ErrorHistogram(error.spec(), edges, counts);
    }

    private static long[][] random(ProductError error, Sampling sampling, Binner binner) {
        int chunks = (int) ((sampling.count() + CHUNK - 1) / CHUNK);
        SplittableRandom root = new SplittableRandom(sampling.seed());
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) {
            streams[i] = root.split();
        }
        long mask = error.spec().n() >= 64 ? -1L : (1L << error.spec().n()) - 1;
        long[][] parts = new long[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            long count = Math.min(CHUNK, sampling.count() - (long) c * CHUNK);
            long[] bins = new long[binner.bins];
            SplittableRandom r = streams[c];
            for (long j = 0; j < count; j++) {
                long a = error.value(r.nextLong() & mask);
                long b = error.value(r.nextLong() & mask);
                binner.add(bins, error.relativeError(a, b));
            }
            parts[c] = bins;
        });
        return parts;
    }

    private static long[][] exhaustive(ProductError error, Binner binner) {
        long min = error.minOperand();
        int size = (int) (error.maxOperand() - min + 1);
        long[][] parts = new long[size][];
        IntStream.range(0, size).parallel().forEach(i -> {
            long[] bins = new long[binner.bins];
            for (long j = 0; j < size; j++) {
                binner.add(bins, error.relativeError(min + i, min + j));
            }
            parts[i] = bins;
        });
        return parts;
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
