package org.approxmac.analysis.cnn;

/**
 * A 2-D convolution of k x k kernels with a stride and zero padding, in {@code groups} groups:
 * groups = 1 is a conventional convolution (each output sums inputChannels x k x k products),
 * groups = inputChannels = outputChannels a depthwise one (each output sums k x k products).
 * Weights are stored {@code [out][in / groups][ky][kx]}.
 */
public final class Convolution implements Layer {
    private final int inputChannels;
    private final int outputChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int groups;
    private final float[] weights;
    private final float[] bias;

    /**
     * @param withBias whether the layer adds a per-channel bias (not needed before batch normalisation)
     */
    public Convolution(int inputChannels, int outputChannels, int kernel, int stride, int groups, boolean withBias) {
        if (inputChannels % groups != 0 || outputChannels % groups != 0) {
            throw new IllegalArgumentException("channels " + inputChannels + "->" + outputChannels
                    + " are not divisible by " + groups + " groups");
        }
        this.inputChannels = inputChannels;
        this.outputChannels = outputChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = kernel / 2;
        this.groups = groups;
        this.weights = new float[outputChannels * (inputChannels / groups) * kernel * kernel];
        this.bias = withBias ? new float[outputChannels] : null;
    }

    public int inputChannels() {
        return inputChannels;
    }

    public int outputChannels() {
        return outputChannels;
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    public int padding() {
        return padding;
    }

    public int groups() {
        return groups;
    }

    /** Input channels each output reads. */
    public int groupInputs() {
        return inputChannels / groups;
    }

    /** Products accumulated into one output: (inputChannels / groups) x k x k. */
    public int fanIn() {
        return groupInputs() * kernel * kernel;
    }

    public boolean depthwise() {
        return groups > 1 && groups == inputChannels;
    }

    public float[] weights() {
        return weights;
    }

    /** The bias, or null. */
    public float[] bias() {
        return bias;
    }

    @Override
    public Shape output(Shape input) {
        if (input.channels() != inputChannels) {
            throw new IllegalArgumentException(describe() + " takes " + inputChannels + " channels, got " + input);
        }
        return new Shape(outputChannels, (input.height() + 2 * padding - kernel) / stride + 1,
                (input.width() + 2 * padding - kernel) / stride + 1);
    }

    @Override
    public float[][] parameters() {
        return bias == null ? new float[][] {weights} : new float[][] {weights, bias};
    }

    @Override
    public boolean decays(int parameter) {
        return parameter == 0;
    }

    @Override
    public String describe() {
        String kind = depthwise() ? "depthwise conv" : kernel == 1 ? "pointwise conv" : "conv";
        return kind + " " + kernel + "x" + kernel + " " + inputChannels + "->" + outputChannels
                + (stride > 1 ? " /" + stride : "");
    }

    /** out = conv(x) (+ bias), in float. */
    void forward(Shape in, float[] x, float[] out) {
        Shape os = output(in);
        int oh = os.height();
        int ow = os.width();
        int icg = groupInputs();
        int ocg = outputChannels / groups;
        for (int oc = 0; oc < outputChannels; oc++) {
            int g = oc / ocg;
            int obase = oc * oh * ow;
            java.util.Arrays.fill(out, obase, obase + oh * ow, bias == null ? 0f : bias[oc]);
            for (int i = 0; i < icg; i++) {
                int ic = g * icg + i;
                int ibase = ic * in.plane();
                for (int ky = 0; ky < kernel; ky++) {
                    for (int kx = 0; kx < kernel; kx++) {
                        float w = weights[((oc * icg + i) * kernel + ky) * kernel + kx];
                        for (int oy = 0; oy < oh; oy++) {
                            int iy = oy * stride + ky - padding;
                            if (iy < 0 || iy >= in.height()) {
                                continue;
                            }
                            int row = ibase + iy * in.width();
                            int orow = obase + oy * ow;
                            int oxStart = Math.max(0, ceilDiv(padding - kx, stride));
                            int oxEnd = Math.min(ow, floorDiv(in.width() - 1 + padding - kx, stride) + 1);
                            for (int ox = oxStart; ox < oxEnd; ox++) {
                                out[orow + ox] += w * x[row + ox * stride + kx - padding];
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Back-propagation of one sample: adds this sample's weight (and bias) gradients to
     * {@code grads} and writes the input gradient to {@code dx} unless it is null.
     */
    void backward(Shape in, float[] x, float[] dOut, float[] dx, float[][] grads) {
        Shape os = output(in);
        int oh = os.height();
        int ow = os.width();
        int icg = groupInputs();
        int ocg = outputChannels / groups;
        float[] dw = grads[0];
        if (dx != null) {
            java.util.Arrays.fill(dx, 0f);
        }
        for (int oc = 0; oc < outputChannels; oc++) {
            int g = oc / ocg;
            int obase = oc * oh * ow;
            if (bias != null) {
                float s = 0f;
                for (int i = 0; i < oh * ow; i++) {
                    s += dOut[obase + i];
                }
                grads[1][oc] += s;
            }
            for (int i = 0; i < icg; i++) {
                int ic = g * icg + i;
                int ibase = ic * in.plane();
                for (int ky = 0; ky < kernel; ky++) {
                    for (int kx = 0; kx < kernel; kx++) {
                        int wi = ((oc * icg + i) * kernel + ky) * kernel + kx;
                        float w = weights[wi];
                        float gw = 0f;
                        for (int oy = 0; oy < oh; oy++) {
                            int iy = oy * stride + ky - padding;
                            if (iy < 0 || iy >= in.height()) {
                                continue;
                            }
                            int row = ibase + iy * in.width();
                            int orow = obase + oy * ow;
                            int oxStart = Math.max(0, ceilDiv(padding - kx, stride));
                            int oxEnd = Math.min(ow, floorDiv(in.width() - 1 + padding - kx, stride) + 1);
                            for (int ox = oxStart; ox < oxEnd; ox++) {
                                int xi = row + ox * stride + kx - padding;
                                float d = dOut[orow + ox];
                                gw += d * x[xi];
                                if (dx != null) {
                                    dx[xi] += d * w;
                                }
                            }
                        }
                        dw[wi] += gw;
                    }
                }
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    private static int floorDiv(int a, int b) {
        return Math.floorDiv(a, b);
    }
}
