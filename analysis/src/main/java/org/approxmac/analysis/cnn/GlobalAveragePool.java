package org.approxmac.analysis.cnn;

/** The mean of each channel's plane: C x H x W to C x 1 x 1. */
public record GlobalAveragePool() implements Layer {

    @Override
    public Shape output(Shape input) {
        return new Shape(input.channels(), 1, 1);
    }

    @Override
    public float[][] parameters() {
        return new float[0][];
    }

    @Override
    public String describe() {
        return "global average pool";
    }

    static void forward(Shape in, float[] x, float[] out) {
        int plane = in.plane();
        for (int c = 0; c < in.channels(); c++) {
            double sum = 0;
            for (int i = 0; i < plane; i++) {
                sum += x[c * plane + i];
            }
            out[c] = (float) (sum / plane);
        }
    }

    static void backward(Shape in, float[] dOut, float[] dIn) {
        int plane = in.plane();
        for (int c = 0; c < in.channels(); c++) {
            float g = dOut[c] / plane;
            for (int i = 0; i < plane; i++) {
                dIn[c * plane + i] = g;
            }
        }
    }
}
