package org.approxmac.analysis.cnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The experiment's three networks, all for 1 x 28 x 28 images and ten classes, ending in global
 * average pooling and a fully-connected layer:
 * <ul>
 *   <li>{@link #BN}: eight 3 x 3 convolutions (8, 16, 16, 24, 24, 24, 24, 24 channels; stride 2 at the
 *       second and fourth), each followed by batch normalisation and ReLU: nine multiplying layers;</li>
 *   <li>{@link #PLAIN}: the same without batch normalisation (the convolutions carry a bias);</li>
 *   <li>{@link #DEPTHWISE}: a first 3 x 3 convolution, then five depthwise-separable blocks (3 x 3
 *       depthwise + 1 x 1 pointwise convolution, each with batch normalisation and ReLU): twelve
 *       multiplying layers.</li>
 * </ul>
 */
public enum Architecture {
    BN("conventional convolutions with batch normalisation"),
    PLAIN("conventional convolutions without batch normalisation"),
    DEPTHWISE("depthwise-separable convolutions with batch normalisation");

    private static final int[] CHANNELS = {8, 16, 16, 24, 24, 24, 24, 24};
    private static final int[] STRIDES = {1, 2, 1, 2, 1, 1, 1, 1};
    private static final int[] SEPARABLE_CHANNELS = {16, 16, 24, 24, 24};
    private static final int[] SEPARABLE_STRIDES = {2, 1, 2, 1, 1};

    private final String description;

    Architecture(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The lower-case name used on the command line and in file names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean batchNormalised() {
        return this != PLAIN;
    }

    /** The network with zero weights (to be initialised or loaded). */
    public Network build() {
        List<Layer> layers = new ArrayList<>();
        int c;
        if (this == DEPTHWISE) {
            conv(layers, new Convolution(1, CHANNELS[0], 3, 1, 1, false));
            c = CHANNELS[0];
            for (int b = 0; b < SEPARABLE_CHANNELS.length; b++) {
                conv(layers, new Convolution(c, c, 3, SEPARABLE_STRIDES[b], c, false));
                conv(layers, new Convolution(c, SEPARABLE_CHANNELS[b], 1, 1, 1, false));
                c = SEPARABLE_CHANNELS[b];
            }
        } else {
            c = 1;
            for (int i = 0; i < CHANNELS.length; i++) {
                conv(layers, new Convolution(c, CHANNELS[i], 3, STRIDES[i], 1, this == PLAIN));
                c = CHANNELS[i];
            }
        }
        layers.add(new GlobalAveragePool());
        layers.add(new Dense(c, FashionMnist.CLASSES));
        return new Network(this, new Shape(1, FashionMnist.SIDE, FashionMnist.SIDE), layers);
    }

    private void conv(List<Layer> layers, Convolution c) {
        layers.add(c);
        if (batchNormalised()) {
            layers.add(new BatchNorm(c.outputChannels()));
        }
        layers.add(new Relu());
    }

    /** The architecture of a name ({@code bn}, {@code plain}, {@code depthwise}). */
    public static Architecture of(String name) {
        for (Architecture a : values()) {
            if (a.id().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown network '" + name + "' (accepted: bn|plain|depthwise)");
    }
}
