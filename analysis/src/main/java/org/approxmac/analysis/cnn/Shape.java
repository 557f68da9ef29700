package org.approxmac.analysis.cnn;

/**
 * The shape of one sample's activations: channels x height x width, stored channel-major
 * ({@code [c][y][x]}) in a float array.
 */
public record Shape(int channels, int height, int width) {
    public Shape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("shape " + channels + "x" + height + "x" + width + " is empty");
        }
    }

    public int size() {
        return channels * height * width;
    }

    public int plane() {
        return height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
