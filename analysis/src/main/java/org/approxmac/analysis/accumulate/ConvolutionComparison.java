package org.approxmac.analysis.accumulate;

import java.util.Arrays;

/**
 * The paper's Table 2 comparison: an output of a conventional convolution accumulates
 * channels x k x k products, one of a depthwise convolution only k x k, so the depthwise output's
 * relative error has a much larger variance around the same mean.
 *
 * <p>Both points come from the one accumulation experiment of the lengths asked: {@link #withLengths}
 * appends the two convolution lengths when they are not among them, and {@link #of} reads the two
 * points from the result, so each length is run once and has one figure.
 *
 * @param channels     input channels of the conventional convolution
 * @param kernel       kernel size k
 * @param depthwise    the point of length k x k
 * @param conventional the point of length channels x k x k
 */
public record ConvolutionComparison(int channels, int kernel, AccumulationPoint depthwise,
                                    AccumulationPoint conventional) {

    /** Variance of the depthwise output's error over the conventional one's. */
    public double varianceRatio() {
        return depthwise.varRelError() / conventional.varRelError();
    }

    /**
     * The lengths to run: those asked, in their order, then k x k and channels x k x k if not asked.
     * Appending keeps the random streams of the lengths asked (they are split in length order), so
     * their figures are those of a run without the comparison.
     */
    public static int[] withLengths(int[] lengths, int channels, int kernel) {
        int[] all = Arrays.copyOf(lengths, lengths.length + 2);
        int n = lengths.length;
        for (int length : convolutionLengths(channels, kernel)) {
            if (Arrays.stream(all, 0, n).noneMatch(l -> l == length)) {
                all[n++] = length;
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** The comparison read from an experiment that ran {@link #withLengths}. */
    public static ConvolutionComparison of(AccumulationResult result, int channels, int kernel) {
        int[] lengths = convolutionLengths(channels, kernel);
        return new ConvolutionComparison(channels, kernel, result.at(lengths[0]), result.at(lengths[1]));
    }

    /** k x k (depthwise) and channels x k x k (conventional). */
    private static int[] convolutionLengths(int channels, int kernel) {
        if (channels < 1 || kernel < 1) {
            throw new IllegalArgumentException("channels and kernel size must be positive, got " + channels + " and "
                    + kernel);
        }
        long dw = (long) kernel * kernel;
        if (dw > AccumulationExperiment.MAX_LENGTH || channels > AccumulationExperiment.MAX_LENGTH / dw) {
            throw new IllegalArgumentException("channels x k x k = " + channels + " x " + kernel + " x " + kernel
                    + " is out of range (accepted: 1.." + AccumulationExperiment.MAX_LENGTH + ")");
        }
        return new int[] {(int) dw, (int) (channels * dw)};
    }
}
