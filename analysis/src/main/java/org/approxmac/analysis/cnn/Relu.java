package org.approxmac.analysis.cnn;

/** The rectifier max(0, x), elementwise. */
public record Relu() implements Layer {

    @Override
    public Shape output(Shape input) {
        return input;
    }

    @Override
    public float[][] parameters() {
        return new float[0][];
    }

    @Override
    public String describe() {
        return "relu";
    }

    static void forward(float[] in, float[] out) {
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.max(0f, in[i]);
        }
    }

    static void backward(float[] in, float[] dOut, float[] dIn) {
        for (int i = 0; i < in.length; i++) {
            dIn[i] = in[i] > 0f ? dOut[i] : 0f;
        }
    }
}
