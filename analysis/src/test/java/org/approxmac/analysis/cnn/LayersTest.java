package org.approxmac.analysis.cnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forward passes against direct definitions; backward passes against numerical derivatives. */
class LayersTest {

    private static float[] random(int n, Random r) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }

    /** The convolution written straight from its definition, in double. */
    private static double direct(Convolution c, Shape in, float[] x, int oc, int oy, int ox) {
        int g = oc / (c.outputChannels() / c.groups());
        double s = c.bias() == null ? 0 : c.bias()[oc];
        for (int i = 0; i < c.groupInputs(); i++) {
            for (int ky = 0; ky < c.kernel(); ky++) {
                for (int kx = 0; kx < c.kernel(); kx++) {
                    int iy = oy * c.stride() + ky - c.padding();
                    int ix = ox * c.stride() + kx - c.padding();
                    if (iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width()) {
                        int ic = g * c.groupInputs() + i;
                        s += (double) c.weights()[((oc * c.groupInputs() + i) * c.kernel() + ky) * c.kernel() + kx]
                                * x[(ic * in.height() + iy) * in.width() + ix];
                    }
                }
            }
        }
        return s;
    }

    @Test
    void convolutionForwardMatchesItsDefinition() {
        Random r = new Random(1);
        int[][] cases = {{3, 4, 3, 1, 1}, {4, 6, 3, 2, 2}, {4, 4, 3, 2, 4}, {3, 5, 1, 1, 1}, {2, 2, 3, 1, 1}};
        for (int[] k : cases) {
            Convolution c = new Convolution(k[0], k[1], k[2], k[3], k[4], k[4] == 1);
            System.arraycopy(random(c.weights().length, r), 0, c.weights(), 0, c.weights().length);
            if (c.bias() != null) {
                System.arraycopy(random(c.bias().length, r), 0, c.bias(), 0, c.bias().length);
            }
            Shape in = new Shape(k[0], 7, 6);
            float[] x = random(in.size(), r);
            Shape out = c.output(in);
            assertEquals((7 + 2 * c.padding() - k[2]) / k[3] + 1, out.height());
            float[] y = new float[out.size()];
            c.forward(in, x, y);
            for (int oc = 0; oc < out.channels(); oc++) {
                for (int oy = 0; oy < out.height(); oy++) {
                    for (int ox = 0; ox < out.width(); ox++) {
                        assertEquals(direct(c, in, x, oc, oy, ox), y[(oc * out.height() + oy) * out.width() + ox],
                                1e-4, c.describe() + " at " + oc + "," + oy + "," + ox);
                    }
                }
            }
        }
    }

    /** Loss = sum of outputs times fixed random weights; its gradients checked by central differences. */
    @Test
    void convolutionGradientsMatchNumericalDerivatives() {
        Random r = new Random(2);
        for (int groups : new int[] {1, 3}) {
            Convolution c = new Convolution(3, 6, 3, 2, groups, true);
            System.arraycopy(random(c.weights().length, r), 0, c.weights(), 0, c.weights().length);
            Shape in = new Shape(3, 5, 5);
            float[] x = random(in.size(), r);
            float[] probe = random(c.output(in).size(), r);
            float[][] grads = {new float[c.weights().length], new float[c.bias().length]};
            float[] dx = new float[in.size()];
            c.backward(in, x, probe, dx, grads);
            java.util.function.DoubleSupplier loss = () -> {
                float[] y = new float[c.output(in).size()];
                c.forward(in, x, y);
                double s = 0;
                for (int i = 0; i < y.length; i++) {
                    s += (double) y[i] * probe[i];
                }
                return s;
            };
            for (int i = 0; i < c.weights().length; i += 5) {
                assertEquals(numerical(c.weights(), i, loss), grads[0][i], 2e-2, "weight " + i);
            }
            for (int i = 0; i < c.bias().length; i++) {
                assertEquals(numerical(c.bias(), i, loss), grads[1][i], 2e-2, "bias " + i);
            }
            for (int i = 0; i < x.length; i += 3) {
                assertEquals(numerical(x, i, loss), dx[i], 2e-2, "input " + i);
            }
        }
    }

    @Test
    void denseGradientsMatchNumericalDerivatives() {
        Random r = new Random(3);
        Dense d = new Dense(7, 4);
        System.arraycopy(random(28, r), 0, d.weights(), 0, 28);
        float[] x = random(7, r);
        float[] probe = random(4, r);
        float[][] grads = {new float[28], new float[4]};
        float[] dx = new float[7];
        d.backward(x, probe, dx, grads);
        java.util.function.DoubleSupplier loss = () -> {
            float[] y = new float[4];
            d.forward(x, y);
            double s = 0;
            for (int i = 0; i < 4; i++) {
                s += (double) y[i] * probe[i];
            }
            return s;
        };
        for (int i = 0; i < 28; i++) {
            assertEquals(numerical(d.weights(), i, loss), grads[0][i], 1e-2);
        }
        for (int i = 0; i < 7; i++) {
            assertEquals(numerical(x, i, loss), dx[i], 1e-2);
        }
    }

    @Test
    void batchNormGradientsMatchNumericalDerivatives() {
        Random r = new Random(4);
        BatchNorm bn = new BatchNorm(2);
        bn.gamma()[0] = 1.5f;
        bn.gamma()[1] = -0.7f;
        bn.beta()[1] = 0.3f;
        Shape s = new Shape(2, 3, 2);
        float[][] x = {random(12, r), random(12, r), random(12, r)};
        float[][] probe = {random(12, r), random(12, r), random(12, r)};
        java.util.function.DoubleSupplier loss = () -> {
            float[][] y = new float[3][12];
            bn.forwardTraining(s, x, new float[3][12], y);
            double sum = 0;
            for (int b = 0; b < 3; b++) {
                for (int i = 0; i < 12; i++) {
                    sum += (double) y[b][i] * probe[b][i];
                }
            }
            return sum;
        };
        float[][] xhat = new float[3][12];
        float[] invStd = bn.forwardTraining(s, x, xhat, new float[3][12]);
        float[][] dx = new float[3][12];
        float[][] grads = {new float[2], new float[2]};
        bn.backward(s, xhat, invStd, probe, dx, grads);
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < 12; i++) {
                assertEquals(numerical(x[b], i, loss), dx[b][i], 2e-2, "input " + b + "," + i);
            }
        }
        assertEquals(numerical(bn.gamma(), 1, loss), grads[0][1], 2e-2);
        assertEquals(numerical(bn.beta(), 0, loss), grads[1][0], 2e-2);
    }

    @Test
    void inferenceAffineScalesTheStoredStatistics() {
        BatchNorm bn = new BatchNorm(1);
        bn.gamma()[0] = 2f;
        bn.beta()[0] = 0.5f;
        bn.runningMean()[0] = 3f;
        bn.runningVariance()[0] = 4f;
        float[][] stored = bn.inferenceAffine(1, 1);
        assertEquals(2 / Math.sqrt(4 + BatchNorm.EPSILON), stored[0][0], 1e-6);
        assertEquals(0.5 - 3 * stored[0][0], stored[1][0], 1e-5);
        double e = -0.06;
        float[][] adjusted = bn.inferenceAffine(1 + e, (1 + e) * (1 + e));
        // an input scaled by (1 + e) gives the stored parameters' output for the unscaled input
        for (float x : new float[] {-2f, 0.5f, 7f}) {
            assertEquals(stored[0][0] * x + stored[1][0], adjusted[0][0] * x * (1 + e) + adjusted[1][0], 1e-5);
        }
    }

    @Test
    void shapesAreChecked() {
        Convolution c = new Convolution(2, 4, 3, 1, 1, false);
        assertThrows(IllegalArgumentException.class, () -> c.output(new Shape(3, 5, 5)));
        assertThrows(IllegalArgumentException.class, () -> new Convolution(3, 4, 3, 1, 2, false));
        assertThrows(IllegalArgumentException.class, () -> new Dense(4, 2).output(new Shape(5, 1, 1)));
    }

    private static double numerical(float[] array, int i, java.util.function.DoubleSupplier loss) {
        float keep = array[i];
        float h = 1e-2f;
        array[i] = keep + h;
        double up = loss.getAsDouble();
        array[i] = keep - h;
        double down = loss.getAsDouble();
        array[i] = keep;
        return (up - down) / (2 * h);
    }
}
