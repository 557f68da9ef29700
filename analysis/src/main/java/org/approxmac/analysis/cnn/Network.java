package org.approxmac.analysis.cnn;

import java.util.ArrayList;
import java.util.List;

/**
 * A feed-forward network: a fixed sequence of layers from a 1 x 28 x 28 image to ten class scores.
 *
 * @param architecture which of the experiment's networks this is
 * @param input        the input shape
 * @param layers       the layers, in order
 */
public record Network(Architecture architecture, Shape input, List<Layer> layers) {

    public Network {
        layers = List.copyOf(layers);
    }

    /** The shape after each layer (index i: the output of layer i). */
    public List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>();
        Shape s = input;
        for (Layer layer : layers) {
            s = layer.output(s);
            shapes.add(s);
        }
        return shapes;
    }

    /** Number of trainable parameters. */
    public int parameterCount() {
        int n = 0;
        for (Layer layer : layers) {
            for (float[] p : layer.parameters()) {
                n += p.length;
            }
        }
        return n;
    }

    /** Indices of the layers whose products a multiplier computes (convolutions and fully-connected). */
    public List<Integer> multiplyingLayers() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Convolution || layers.get(i) instanceof Dense) {
                out.add(i);
            }
        }
        return out;
    }

    /** Products per image, summed over the multiplying layers. */
    public long productsPerImage() {
        long n = 0;
        List<Shape> shapes = shapes();
        for (int i : multiplyingLayers()) {
            Layer layer = layers.get(i);
            if (layer instanceof Convolution c) {
                n += (long) shapes.get(i).size() * c.fanIn();
            } else if (layer instanceof Dense d) {
                n += (long) d.inputs() * d.outputs();
            }
        }
        return n;
    }

    /** Class scores of one image in float arithmetic, with the stored batch-normalisation statistics. */
    public float[] classify(float[] image) {
        float[] x = image;
        Shape s = input;
        for (Layer layer : layers) {
            Shape o = layer.output(s);
            float[] y = new float[o.size()];
            if (layer instanceof BatchNorm b) {
                BatchNorm.applyAffine(s, b.inferenceAffine(1, 1), x, y);
            } else {
                Trainer.forward(layer, s, x, y);
            }
            x = y;
            s = o;
        }
        return x;
    }

    /** The index of the largest score (the first on ties). */
    public static int argmax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
