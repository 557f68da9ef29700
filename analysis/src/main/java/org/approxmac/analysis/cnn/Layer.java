package org.approxmac.analysis.cnn;

/**
 * One layer of a convolutional network. Convolutions and fully-connected layers hold the weights
 * whose products an approximate multiplier computes; batch normalisation, ReLU and pooling are
 * computed exactly in every run.
 */
public sealed interface Layer permits Convolution, BatchNorm, Relu, GlobalAveragePool, Dense {

    /** The output shape for an input of the given shape (checked). */
    Shape output(Shape input);

    /** The trainable parameter arrays (shared, mutable), in a fixed order; empty if none. */
    float[][] parameters();

    /** Whether weight decay applies to the parameter array at this index. */
    default boolean decays(int parameter) {
        return false;
    }

    /** A short description for listings, e.g. {@code conv 3x3 16->32 /2}. */
    String describe();
}
