package org.approxmac.analysis.cnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class InferenceTest {

    private static Network trainedLike(Architecture a, long seed) {
        Network net = a.build();
        Trainer.initialise(net, seed);
        return net;
    }

    @Test
    void fp32InferenceEqualsTheFloatForwardPass() {
        for (Architecture a : Architecture.values()) {
            Network net = trainedLike(a, 3);
            Inference inference = new Inference(net, new Float32Products(), 1, 1);
            float[] image = TrainerTest.levels(1, 9).images()[0];
            float[][] outputs = inference.run(image);
            assertEquals(net.multiplyingLayers().size(), outputs.length);
            float[] scores = net.classify(image);
            float[] last = outputs[outputs.length - 1];
            for (int i = 0; i < scores.length; i++) {
                assertEquals(scores[i], last[i], 1e-3 * (1 + Math.abs(scores[i])), a + " score " + i);
            }
        }
    }

    @Test
    void exactSixteenBitProductsOnlyAddQuantisationError() {
        Network net = trainedLike(Architecture.BN, 4);
        float[] image = TrainerTest.levels(1, 10).images()[0];
        float[][] reference = new Inference(net, new Float32Products(), 1, 1).run(image);
        float[][] fixed = new Inference(net, new IntegerProducts(Units.multiplier(UnitSpec.parse("fixed:n=16"))), 1, 1)
                .run(image);
        float[][] coarse = new Inference(net, new IntegerProducts(Units.multiplier(UnitSpec.parse("fixed:n=6"))), 1, 1)
                .run(image);
        for (int m = 0; m < reference.length; m++) {
            double fine = rmsDifference(reference[m], fixed[m]) / rms(reference[m]);
            assertTrue(fine < 1e-3, "layer " + m + ": 16-bit relative RMS error " + fine);
            double rough = rmsDifference(reference[m], coarse[m]) / rms(reference[m]);
            assertTrue(rough > 10 * fine, "layer " + m + ": 6-bit error " + rough + " vs 16-bit " + fine);
        }
    }

    /** The integer dot product is the exact sum of the sign-extended product patterns, even at n = 32. */
    @Test
    void integerDotProductSumsPatternsExactly() {
        Random r = new Random(5);
        for (String spec : new String[] {"fixed:n=32", "mitchw:n=32,w=6", "drum:n=16,k=6,sign=sm", "mitchw:n=8,w=4"}) {
            Multiplier m = Units.multiplier(UnitSpec.parse(spec));
            IntegerProducts products = new IntegerProducts(m);
            int n = m.spec().n();
            float[] xs = new float[200];
            float[] ws = new float[200];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (float) r.nextGaussian();
                ws[i] = (float) r.nextGaussian();
            }
            xs[0] = 100f;
            ws[0] = -100f;
            ProductArithmetic.Encoded x = products.encode(xs);
            ProductArithmetic.Encoded w = products.encode(ws);
            int[] index = new int[200];
            BigInteger exact = BigInteger.ZERO;
            for (int i = 0; i < 200; i++) {
                index[i] = i % 7 == 3 ? -1 : i;
                if (index[i] >= 0) {
                    long p = m.multiply(x.codes()[i], w.codes()[i]);
                    BigInteger pattern = new BigInteger(Long.toUnsignedString(p));
                    exact = exact.add(pattern.testBit(2 * n - 1) ? pattern.subtract(BigInteger.ONE.shiftLeft(2 * n))
                            : pattern);
                }
            }
            double expected = exact.doubleValue() * x.scale() * w.scale();
            assertEquals(expected, products.dot(x, index, w, 0, 200), Math.abs(expected) * 1e-12, spec);
            long largest = (1L << (n - 1)) - 1;
            assertEquals(largest, x.codes()[0], spec + ": the largest magnitude takes the largest code");
            assertEquals(-largest & ((1L << n) - 1), w.codes()[0] & ((1L << n) - 1), spec);
        }
    }

    @Test
    void floatProductsRoundOperandsToTheFormat() {
        FloatProducts bf16 = new FloatProducts(Units.multiplier(UnitSpec.parse("bf16")));
        ProductArithmetic.Encoded e = bf16.encode(new float[] {1f, 1.00390625f, 1.01171875f, -3f, 0f});
        assertArrayEquals(new long[] {0x3f80, 0x3f80, 0x3f82, 0xc040, 0}, e.codes(), "ties to even");
        double d = bf16.dot(e, new int[] {0, 3, -1}, bf16.encode(new float[] {2f, 0.5f, 9f}), 0, 3);
        assertEquals(2 - 1.5, d, 0);
        assertThrows(IllegalArgumentException.class,
                () -> new FloatProducts(Units.multiplier(UnitSpec.parse("fp8e4m3"))));
        assertThrows(IllegalArgumentException.class,
                () -> new IntegerProducts(Units.multiplier(UnitSpec.parse("mitchw:n=16,w=6,sign=unsigned"))));
        assertThrows(IllegalArgumentException.class,
                () -> new IntegerProducts(Units.multiplier(UnitSpec.parse("fixed:n=40"))));
    }

    private static double rms(float[] a) {
        double s = 0;
        for (float v : a) {
            s += (double) v * v;
        }
        return Math.sqrt(s / a.length);
    }

    private static double rmsDifference(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (double) a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s / a.length);
    }
}
