package org.approxmac.analysis.cnn;

import java.util.ArrayList;
import java.util.List;

/**
 * One network prepared for inference with one product arithmetic: the weights encoded once, each
 * convolution's gather indices computed once, each batch normalisation folded into a per-channel
 * scale and shift (with the mean and variance scaled as asked). {@link #run} is thread-safe.
 */
public final class Inference {
    private final Network network;
    private final ProductArithmetic arithmetic;
    private final List<Shape> inputs = new ArrayList<>();
    private final Object[] prepared;

    /**
     * @param meanScale     factor on every stored batch-normalisation mean (1, or 1 + e)
     * @param varianceScale factor on every stored variance (1, or (1 + e)^2)
     */
    public Inference(Network network, ProductArithmetic arithmetic, double meanScale, double varianceScale) {
        this.network = network;
        this.arithmetic = arithmetic;
        this.prepared = new Object[network.layers().size()];
        Shape s = network.input();
        for (int l = 0; l < network.layers().size(); l++) {
            Layer layer = network.layers().get(l);
            inputs.add(s);
            if (layer instanceof Convolution c) {
                prepared[l] = new PreparedConvolution(arithmetic.encode(c.weights()), gatherIndices(c, s));
            } else if (layer instanceof Dense d) {
                int[] all = new int[d.inputs()];
                for (int i = 0; i < all.length; i++) {
                    all[i] = i;
                }
                prepared[l] = new PreparedConvolution(arithmetic.encode(d.weights()), new int[][] {all});
            } else if (layer instanceof BatchNorm bn) {
                prepared[l] = bn.inferenceAffine(meanScale, varianceScale);
            }
            s = layer.output(s);
        }
    }

    public ProductArithmetic arithmetic() {
        return arithmetic;
    }

    /**
     * The outputs of one image: for each multiplying layer (in order) its raw output before
     * normalisation; the last is the class scores.
     */
    public float[][] run(float[] image) {
        List<Integer> multiplying = network.multiplyingLayers();
        float[][] outputs = new float[multiplying.size()][];
        float[] x = image;
        int m = 0;
        for (int l = 0; l < network.layers().size(); l++) {
            Layer layer = network.layers().get(l);
            Shape in = inputs.get(l);
            Shape out = layer.output(in);
            float[] y = new float[out.size()];
            if (layer instanceof Convolution c) {
                convolve(c, in, out, (PreparedConvolution) prepared[l], x, y);
                outputs[m++] = y;
            } else if (layer instanceof Dense d) {
                PreparedConvolution p = (PreparedConvolution) prepared[l];
                ProductArithmetic.Encoded codes = arithmetic.encode(x);
                for (int o = 0; o < d.outputs(); o++) {
                    y[o] = (float) (arithmetic.dot(codes, p.indices[0], p.weights, o * d.inputs(), d.inputs())
                            + d.bias()[o]);
                }
                outputs[m++] = y;
            } else if (layer instanceof BatchNorm) {
                BatchNorm.applyAffine(in, (float[][]) prepared[l], x, y);
            } else {
                Trainer.forward(layer, in, x, y);
            }
            x = y;
        }
        return outputs;
    }

    private void convolve(Convolution c, Shape in, Shape out, PreparedConvolution p, float[] x, float[] y) {
        ProductArithmetic.Encoded codes = arithmetic.encode(x);
        int positions = out.plane();
        int ocg = c.outputChannels() / c.groups();
        int fanIn = c.fanIn();
        for (int g = 0; g < c.groups(); g++) {
            for (int pos = 0; pos < positions; pos++) {
                int[] index = p.indices[g * positions + pos];
                for (int oc = g * ocg; oc < (g + 1) * ocg; oc++) {
                    double v = arithmetic.dot(codes, index, p.weights, oc * fanIn, fanIn);
                    y[oc * positions + pos] = (float) (c.bias() == null ? v : v + c.bias()[oc]);
                }
            }
        }
    }

    /** For each group and output position, the input index of each weight of a kernel (-1: padding). */
    private static int[][] gatherIndices(Convolution c, Shape in) {
        Shape out = c.output(in);
        int k = c.kernel();
        int[][] indices = new int[c.groups() * out.plane()][];
        for (int g = 0; g < c.groups(); g++) {
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    int[] index = new int[c.fanIn()];
                    int j = 0;
                    for (int i = 0; i < c.groupInputs(); i++) {
                        int ic = g * c.groupInputs() + i;
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                int iy = oy * c.stride() + ky - c.padding();
                                int ix = ox * c.stride() + kx - c.padding();
                                boolean inside = iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width();
                                index[j++] = inside ? (ic * in.height() + iy) * in.width() + ix : -1;
                            }
                        }
                    }
                    indices[g * out.plane() + oy * out.width() + ox] = index;
                }
            }
        }
        return indices;
    }

    private record PreparedConvolution(ProductArithmetic.Encoded weights, int[][] indices) {
    }
}
