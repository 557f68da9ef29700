package org.approxmac.analysis.cnn;

/** A fully-connected layer: out[o] = bias[o] + sum over i of weights[o][i] x in[i]. */
public final class Dense implements Layer {
    private final int inputs;
    private final int outputs;
    private final float[] weights;
    private final float[] bias;

    public Dense(int inputs, int outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = new float[inputs * outputs];
        this.bias = new float[outputs];
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public float[] weights() {
        return weights;
    }

    public float[] bias() {
        return bias;
    }

    @Override
    public Shape output(Shape input) {
        if (input.size() != inputs) {
            throw new IllegalArgumentException(describe() + " takes " + inputs + " values, got " + input);
        }
        return new Shape(outputs, 1, 1);
    }

    @Override
    public float[][] parameters() {
        return new float[][] {weights, bias};
    }

    @Override
    public boolean decays(int parameter) {
        return parameter == 0;
    }

    @Override
    public String describe() {
        return "fully connected " + inputs + "->" + outputs;
    }

    void forward(float[] x, float[] out) {
        for (int o = 0; o < outputs; o++) {
            float s = bias[o];
            for (int i = 0; i < inputs; i++) {
                s += weights[o * inputs + i] * x[i];
            }
            out[o] = s;
        }
    }

    void backward(float[] x, float[] dOut, float[] dx, float[][] grads) {
        if (dx != null) {
            java.util.Arrays.fill(dx, 0f);
        }
        for (int o = 0; o < outputs; o++) {
            float d = dOut[o];
            grads[1][o] += d;
            for (int i = 0; i < inputs; i++) {
                grads[0][o * inputs + i] += d * x[i];
                if (dx != null) {
                    dx[i] += d * weights[o * inputs + i];
                }
            }
        }
    }
}
