package org.approxmac.golden.error;

/**
 * Running sums of the error metrics over a set of vectors. Mergeable, so chunks can be processed in
 * parallel and merged in a fixed order (deterministic results whatever the number of cores). The
 * mean and variance of the relative error use Welford's update and Chan's merge.
 */
public final class ErrorAccumulator {
    private long samples;
    private long differing;
    private double sumAbsError;
    private double maxAbsError;
    private double maxExactMagnitude;
    // relative metrics: vectors with an exact product != 0 only
    private long relSamples;
    private double relMean;
    private double relM2;
    private double relMin = Double.POSITIVE_INFINITY;
    private double relMax = Double.NEGATIVE_INFINITY;
    private double sumRelDistance;
    private double maxRelDistance;

    /**
     * Adds one vector.
     *
     * @param exactMagnitude |Z|
     * @param relError       (|Z'| - |Z|) / |Z|, ignored when |Z| = 0
     * @param distance       |Z' - Z|
     */
    public void add(double exactMagnitude, double relError, double distance) {
        samples++;
        if (distance != 0) {
            differing++;
        }
        sumAbsError += distance;
        maxAbsError = Math.max(maxAbsError, distance);
        maxExactMagnitude = Math.max(maxExactMagnitude, exactMagnitude);
        if (exactMagnitude != 0) {
            relSamples++;
            double delta = relError - relMean;
            relMean += delta / relSamples;
            relM2 += delta * (relError - relMean);
            relMin = Math.min(relMin, relError);
            relMax = Math.max(relMax, relError);
            double relDistance = distance / exactMagnitude;
            sumRelDistance += relDistance;
            maxRelDistance = Math.max(maxRelDistance, relDistance);
        }
    }

    /** Adds everything {@code other} holds (Chan et al.'s parallel variance merge). */
    public void merge(ErrorAccumulator other) {
        if (other.relSamples > 0) {
            long total = relSamples + other.relSamples;
            double delta = other.relMean - relMean;
            relM2 += other.relM2 + delta * delta * ((double) relSamples * other.relSamples / total);
            relMean += delta * other.relSamples / total;
            relSamples = total;
            relMin = Math.min(relMin, other.relMin);
            relMax = Math.max(relMax, other.relMax);
            sumRelDistance += other.sumRelDistance;
            maxRelDistance = Math.max(maxRelDistance, other.maxRelDistance);
        }
        samples += other.samples;
        differing += other.differing;
        sumAbsError += other.sumAbsError;
        maxAbsError = Math.max(maxAbsError, other.maxAbsError);
        maxExactMagnitude = Math.max(maxExactMagnitude, other.maxExactMagnitude);
    }

    public long samples() {
        return samples;
    }

    public long relSamples() {
        return relSamples;
    }

    public long differing() {
        return differing;
    }

    public double meanRelError() {
        return relSamples == 0 ? 0 : relMean;
    }

    /** Population variance of the relative error. */
    public double varRelError() {
        return relSamples == 0 ? 0 : relM2 / relSamples;
    }

    public double minRelError() {
        return relSamples == 0 ? 0 : relMin;
    }

    public double maxRelError() {
        return relSamples == 0 ? 0 : relMax;
    }

    public double mred() {
        return relSamples == 0 ? 0 : sumRelDistance / relSamples;
    }

    public double wcre() {
        return maxRelDistance;
    }

    public double mae() {
        return samples == 0 ? 0 : sumAbsError / samples;
    }

    public double wce() {
        return maxAbsError;
    }

    public double maxExactMagnitude() {
        return maxExactMagnitude;
    }
}
