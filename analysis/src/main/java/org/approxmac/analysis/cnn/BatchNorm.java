package org.approxmac.analysis.cnn;

import java.util.Arrays;

/**
 * Batch normalisation per channel: y = gamma (x - mean) / sqrt(var + eps) + beta. Training uses the
 * batch's statistics and keeps running averages; inference uses the stored running mean and variance,
 * which a biased multiplier's (1 + e) is absorbed into by scaling them by (1 + e) and (1 + e)^2
 * ({@link #inferenceAffine}).
 */
public final class BatchNorm implements Layer {
    public static final float EPSILON = 1e-5f;
    static final float MOMENTUM = 0.1f;

    private final int channels;
    private final float[] gamma;
    private final float[] beta;
    private final float[] runningMean;
    private final float[] runningVariance;

    public BatchNorm(int channels) {
        this.channels = channels;
        this.gamma = new float[channels];
        this.beta = new float[channels];
        this.runningMean = new float[channels];
        this.runningVariance = new float[channels];
        Arrays.fill(gamma, 1f);
        Arrays.fill(runningVariance, 1f);
    }

    public int channels() {
        return channels;
    }

    public float[] gamma() {
        return gamma;
    }

    public float[] beta() {
        return beta;
    }

    public float[] runningMean() {
        return runningMean;
    }

    public float[] runningVariance() {
        return runningVariance;
    }

    @Override
    public Shape output(Shape input) {
        if (input.channels() != channels) {
            throw new IllegalArgumentException(describe() + " takes " + channels + " channels, got " + input);
        }
        return input;
    }

    @Override
    public float[][] parameters() {
        return new float[][] {gamma, beta};
    }

    @Override
    public String describe() {
        return "batch norm " + channels;
    }

    /**
     * Per channel, the scale and shift that inference applies (y = scale x + shift), from the stored
     * statistics with the mean multiplied by {@code meanScale} and the variance by {@code varianceScale}
     * (1 and 1 for the stored parameters; (1 + e) and (1 + e)^2 for the adjusted ones).
     */
    public float[][] inferenceAffine(double meanScale, double varianceScale) {
        float[] scale = new float[channels];
        float[] shift = new float[channels];
        for (int c = 0; c < channels; c++) {
            double s = gamma[c] / Math.sqrt(runningVariance[c] * varianceScale + EPSILON);
            scale[c] = (float) s;
            shift[c] = (float) (beta[c] - s * runningMean[c] * meanScale);
        }
        return new float[][] {scale, shift};
    }

    static void applyAffine(Shape shape, float[][] affine, float[] x, float[] out) {
        int plane = shape.plane();
        for (int c = 0; c < shape.channels(); c++) {
            float s = affine[0][c];
            float t = affine[1][c];
            for (int i = c * plane; i < (c + 1) * plane; i++) {
                out[i] = s * x[i] + t;
            }
        }
    }

    /**
     * Training forward over a batch: normalises with the batch statistics (summed in sample order,
     * so the result does not depend on threads), updates the running averages, and returns the
     * per-channel 1 / sqrt(var + eps) for {@link #backward}; {@code normalised} receives x-hat.
     */
    float[] forwardTraining(Shape shape, float[][] x, float[][] normalised, float[][] out) {
        int plane = shape.plane();
        double count = (double) x.length * plane;
        float[] invStd = new float[channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (float[] sample : x) {
                for (int i = c * plane; i < (c + 1) * plane; i++) {
                    sum += sample[i];
                }
            }
            double mean = sum / count;
            double squares = 0;
            for (float[] sample : x) {
                for (int i = c * plane; i < (c + 1) * plane; i++) {
                    double d = sample[i] - mean;
                    squares += d * d;
                }
            }
            double variance = squares / count;
            invStd[c] = (float) (1 / Math.sqrt(variance + EPSILON));
            runningMean[c] = (float) ((1 - MOMENTUM) * runningMean[c] + MOMENTUM * mean);
            double unbiased = count > 1 ? variance * count / (count - 1) : variance;
            runningVariance[c] = (float) ((1 - MOMENTUM) * runningVariance[c] + MOMENTUM * unbiased);
            for (int b = 0; b < x.length; b++) {
                for (int i = c * plane; i < (c + 1) * plane; i++) {
                    float xhat = (float) ((x[b][i] - mean) * invStd[c]);
                    normalised[b][i] = xhat;
                    out[b][i] = gamma[c] * xhat + beta[c];
                }
            }
        }
        return invStd;
    }

    /** Training backward over a batch; adds gamma and beta gradients to {@code grads}. */
    void backward(Shape shape, float[][] normalised, float[] invStd, float[][] dOut, float[][] dx, float[][] grads) {
        int plane = shape.plane();
        double count = (double) dOut.length * plane;
        for (int c = 0; c < channels; c++) {
            double sumD = 0;
            double sumDX = 0;
            for (int b = 0; b < dOut.length; b++) {
                for (int i = c * plane; i < (c + 1) * plane; i++) {
                    sumD += dOut[b][i];
                    sumDX += dOut[b][i] * normalised[b][i];
                }
            }
            grads[0][c] += (float) sumDX;
            grads[1][c] += (float) sumD;
            double g = gamma[c];
            for (int b = 0; b < dOut.length; b++) {
                for (int i = c * plane; i < (c + 1) * plane; i++) {
                    double dxhat = dOut[b][i] * g;
                    dx[b][i] = (float) (invStd[c] / count
                            * (count * dxhat - sumD * g - normalised[b][i] * sumDX * g));
                }
            }
        }
    }
}
