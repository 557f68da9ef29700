package org.approxmac.analysis.accumulate;

import org.approxmac.golden.Multiplier;

/**
 * The paper's Table 2 comparison: an output of a conventional convolution accumulates
 * channels x k x k products, one of a depthwise convolution only k x k, so the depthwise output's
 * relative error has a much larger variance around the same mean.
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

    public static ConvolutionComparison compute(Multiplier multiplier, int channels, int kernel,
                                                OperandDistribution distribution, int trials, long seed) {
        if (channels < 1 || kernel < 1) {
            throw new IllegalArgumentException("channels and kernel size must be positive, got " + channels + " and "
                    + kernel);
        }
        int dw = kernel * kernel;
        long conv = (long) channels * dw;
        if (conv > AccumulationExperiment.MAX_LENGTH) {
            throw new IllegalArgumentException("channels x k x k = " + conv + " is out of range (accepted: 1.."
                    + AccumulationExperiment.MAX_LENGTH + ")");
        }
        AccumulationResult r = AccumulationExperiment.run(multiplier, new int[] {dw, (int) conv}, distribution,
                trials, seed);
        return new ConvolutionComparison(channels, kernel, r.points().get(0), r.points().get(1));
    }
}
