package org.approxmac.analysis.cnn;

/**
 * How a run computes the products of its convolution and fully-connected layers. Operands are
 * encoded once per layer (weights) or per image (activations) into the multiplier's operand
 * patterns; a dot product then multiplies pattern pairs and sums the products exactly.
 */
public interface ProductArithmetic {

    /** A short name for listings, e.g. the canonical spec. */
    String name();

    /**
     * Encodes a tensor (all values of a layer's weights, or of one image's layer input) with one
     * common scale.
     */
    Encoded encode(float[] values);

    /**
     * The sum over i of product(x[xIndex[i]], w[wOffset + i]) for i &lt; length, in real units
     * (the encodings' scales applied). An index of -1 in {@code xIndex} is a zero (padding) operand.
     */
    double dot(Encoded x, int[] xIndex, Encoded w, int wOffset, int length);

    /**
     * Operand patterns and the scale that maps a pattern's integer value back to a real one.
     *
     * @param codes one operand pattern per value
     * @param scale real value of one unit of the pattern (1 for floating formats)
     */
    record Encoded(long[] codes, double scale) {
    }
}
