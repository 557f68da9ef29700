package org.approxmac.analysis.cnn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs test images through a trained network twice, once with FP32 products and once with the
 * products of a unit's golden model, and compares accuracy and every multiplying layer's outputs.
 *
 * <p>Images are processed in parallel in fixed chunks whose statistics are added in chunk order,
 * so the figures do not depend on the number of threads.
 */
public final class CnnExperiment {
    /** Outputs smaller than this fraction of the layer's RMS (per image) are left out of relative errors. */
    public static final double RELATIVE_FLOOR = 0.1;
    private static final int CHUNK = 25;

    private CnnExperiment() {
    }

    /**
     * @param meanError the multiplier's mean relative error e (used when {@code bn} is ADJUSTED)
     */
    public static CnnResult run(Network network, ProductArithmetic arithmetic, BnMode bn, double meanError,
                                FashionMnist.LabelledImages images, ForkJoinPool pool) {
        if ((bn == BnMode.NONE) == network.architecture().batchNormalised()) {
            throw new IllegalArgumentException("--bn " + bn.id() + " does not fit network "
                    + network.architecture().id() + " (" + network.architecture().description() + ")");
        }
        double meanScale = bn == BnMode.ADJUSTED ? 1 + meanError : 1;
        Inference approximate = new Inference(network, arithmetic, meanScale, meanScale * meanScale);
        Inference reference = new Inference(network, new Float32Products(), 1, 1);
        int layers = network.multiplyingLayers().size();
        int chunks = (images.size() + CHUNK - 1) / CHUNK;
        Tally[] tallies;
        try {
            tallies = pool.submit(() -> IntStream.range(0, chunks).parallel().mapToObj(c -> {
                Tally t = new Tally(layers);
                for (int i = c * CHUNK; i < Math.min(images.size(), (c + 1) * CHUNK); i++) {
                    t.add(reference.run(images.images()[i]), approximate.run(images.images()[i]),
                            images.labels()[i]);
                }
                return t;
            }).toArray(Tally[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
        Tally total = new Tally(layers);
        for (Tally t : tallies) {
            total.merge(t);
        }
        List<LayerError> errors = new ArrayList<>();
        List<Integer> multiplying = network.multiplyingLayers();
        for (int m = 0; m < layers; m++) {
            Layer layer = network.layers().get(multiplying.get(m));
            int fanIn = layer instanceof Convolution c ? c.fanIn() : ((Dense) layer).inputs();
            errors.add(total.layer(m, layer.describe(), fanIn));
        }
        return new CnnResult(network.architecture(), arithmetic.name(), bn, meanScale, images.size(),
                total.correct / (double) images.size(), total.referenceCorrect / (double) images.size(), errors,
                network.productsPerImage());
    }

    /** Sums over images, per multiplying layer. */
    private static final class Tally {
        long correct;
        long referenceCorrect;
        final long[] counted;
        final double[] relSum;
        final double[] relSquares;
        final long[] outputs;
        final double[] diffSum;
        final double[] diffSquares;
        final double[] refSum;
        final double[] refSquares;

        Tally(int layers) {
            counted = new long[layers];
            relSum = new double[layers];
            relSquares = new double[layers];
            outputs = new long[layers];
            diffSum = new double[layers];
            diffSquares = new double[layers];
            refSum = new double[layers];
            refSquares = new double[layers];
        }

        void add(float[][] reference, float[][] approximate, int label) {
            int last = reference.length - 1;
            if (Network.argmax(reference[last]) == label) {
                referenceCorrect++;
            }
            if (Network.argmax(approximate[last]) == label) {
                correct++;
            }
            for (int m = 0; m < reference.length; m++) {
                float[] y = reference[m];
                float[] a = approximate[m];
                double squares = 0;
                for (float v : y) {
                    squares += (double) v * v;
                }
                double floor = RELATIVE_FLOOR * Math.sqrt(squares / y.length);
                for (int i = 0; i < y.length; i++) {
                    double d = (double) a[i] - y[i];
                    outputs[m]++;
                    diffSum[m] += d;
                    diffSquares[m] += d * d;
                    refSum[m] += y[i];
                    refSquares[m] += (double) y[i] * y[i];
                    if (floor > 0 && Math.abs(y[i]) >= floor) {
                        double r = d / y[i];
                        counted[m]++;
                        relSum[m] += r;
                        relSquares[m] += r * r;
                    }
                }
            }
        }

        void merge(Tally t) {
            correct += t.correct;
            referenceCorrect += t.referenceCorrect;
            for (int m = 0; m < counted.length; m++) {
                counted[m] += t.counted[m];
                relSum[m] += t.relSum[m];
                relSquares[m] += t.relSquares[m];
                outputs[m] += t.outputs[m];
                diffSum[m] += t.diffSum[m];
                diffSquares[m] += t.diffSquares[m];
                refSum[m] += t.refSum[m];
                refSquares[m] += t.refSquares[m];
            }
        }

        LayerError layer(int m, String name, int fanIn) {
            double mean = counted[m] == 0 ? Double.NaN : relSum[m] / counted[m];
            double var = counted[m] == 0 ? Double.NaN : relSquares[m] / counted[m] - mean * mean;
            double dMean = diffSum[m] / outputs[m];
            double yMean = refSum[m] / outputs[m];
            double dVar = diffSquares[m] / outputs[m] - dMean * dMean;
            double yVar = refSquares[m] / outputs[m] - yMean * yMean;
            return new LayerError(name, fanIn, mean, Math.max(0, var), yVar > 0 ? dVar / yVar : Double.NaN,
                    counted[m]);
        }
    }
}
