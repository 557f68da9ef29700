package org.approxmac.analysis.cnn;

import java.io.PrintStream;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Trains a network in float arithmetic by mini-batch stochastic gradient descent with momentum and a
 * cosine learning-rate schedule, minimising the softmax cross-entropy.
 *
 * <p>Deterministic: the initial weights (He-normal) and each epoch's order of the images come from
 * the seed, and every sum over a batch is taken in a fixed order. Samples are processed in parallel,
 * but each batch is cut into a fixed number of shards whose gradients are added in shard order, so
 * the trained weights do not depend on the number of threads.
 */
public final class Trainer {
    private static final int SHARDS = 8;

    /**
     * @param epochs       passes over the training images
     * @param batch        images per step (a multiple of 8)
     * @param learningRate the initial step size (cosine-decayed to 0 over the run, after a linear warm-up
     *                     over the first 200 steps, or the first tenth of a shorter run)
     * @param momentum     momentum of the gradient average
     * @param weightDecay  L2 penalty on convolution and fully-connected weights
     * @param seed         seed of the initial weights and of the image order
     */
    public record Options(int epochs, int batch, double learningRate, double momentum, double weightDecay, long seed) {
        public Options {
            if (epochs < 1 || batch < SHARDS || batch % SHARDS != 0) {
                throw new IllegalArgumentException("epochs must be positive and the batch a positive multiple of "
                        + SHARDS);
            }
        }

        /** The settings the committed weights were trained with, for each network. */
        public static Options defaults(Architecture architecture) {
            double rate = architecture.batchNormalised() ? 0.05 : 0.02;
            return new Options(3, 64, rate, 0.9, 5e-4, 1);
        }
    }

    private final Network network;
    private final Options options;
    private final ForkJoinPool pool;
    private final PrintStream progress;

    public Trainer(Network network, Options options, ForkJoinPool pool, PrintStream progress) {
        this.network = network;
        this.options = options;
        this.pool = pool;
        this.progress = progress;
    }

    /** He-normal weights from the seed; biases and batch-normalisation shifts 0, scales 1. */
    public static void initialise(Network network, long seed) {
        Random random = new Random(seed);
        for (Layer layer : network.layers()) {
            if (layer instanceof Convolution c) {
                double std = Math.sqrt(2.0 / c.fanIn());
                float[] w = c.weights();
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (random.nextGaussian() * std);
                }
            } else if (layer instanceof Dense d) {
                double std = Math.sqrt(1.0 / d.inputs());
                float[] w = d.weights();
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (random.nextGaussian() * std);
                }
            }
        }
    }

    /** Trains from fresh weights; returns the mean loss of the last epoch. */
    public double train(FashionMnist.LabelledImages data) {
        initialise(network, options.seed());
        int layers = network.layers().size();
        float[][][] grads = new float[layers][][];
        float[][][] velocity = new float[layers][][];
        float[][][][] shardGrads = new float[SHARDS][layers][][];
        for (int l = 0; l < layers; l++) {
            grads[l] = zerosLike(network.layers().get(l).parameters());
            velocity[l] = zerosLike(network.layers().get(l).parameters());
            for (int s = 0; s < SHARDS; s++) {
                shardGrads[s][l] = zerosLike(network.layers().get(l).parameters());
            }
        }
        Random order = new Random(options.seed() ^ 0x5DEECE66DL);
        int steps = data.size() / options.batch();
        long total = (long) steps * options.epochs();
        long step = 0;
        double loss = 0;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            int[] permutation = shuffle(data.size(), order);
            loss = 0;
            for (int k = 0; k < steps; k++) {
                float[][] x = new float[options.batch()][];
                int[] y = new int[options.batch()];
                for (int b = 0; b < options.batch(); b++) {
                    x[b] = data.images()[permutation[k * options.batch() + b]];
                    y[b] = data.labels()[permutation[k * options.batch() + b]];
                }
                loss += step(x, y, grads, shardGrads);
                update(grads, velocity, rate(step++, total));
            }
            loss /= steps;
            if (progress != null) {
                progress.printf("  epoch %d/%d: mean training loss %.4f%n", epoch, options.epochs(), loss);
            }
        }
        return loss;
    }

    private double rate(long step, long total) {
        double warmUp = Math.max(1, Math.min(200, total / 10));
        double warm = Math.min(1.0, (step + 1) / warmUp);
        return options.learningRate() * warm * 0.5 * (1 + Math.cos(Math.PI * step / total));
    }

    private static int[] shuffle(int n, Random random) {
        int[] p = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Forward and backward over one batch; leaves the batch's gradients in {@code grads}; returns the loss. */
    private double step(float[][] images, int[] labels, float[][][] grads, float[][][][] shardGrads) {
        int batch = images.length;
        int layers = network.layers().size();
        Shape[] shapes = new Shape[layers + 1];
        shapes[0] = network.input();
        for (int l = 0; l < layers; l++) {
            shapes[l + 1] = network.layers().get(l).output(shapes[l]);
        }
        float[][][] acts = new float[layers + 1][][];
        float[][][] normalised = new float[layers][][];
        float[][] invStd = new float[layers][];
        acts[0] = images;
        for (int l = 0; l < layers; l++) {
            Layer layer = network.layers().get(l);
            Shape in = shapes[l];
            int size = shapes[l + 1].size();
            float[][] x = acts[l];
            float[][] y = new float[batch][size];
            if (layer instanceof BatchNorm bn) {
                normalised[l] = new float[batch][size];
                invStd[l] = bn.forwardTraining(in, x, normalised[l], y);
            } else {
                parallel(batch, b -> forward(layer, in, x[b], y[b]));
            }
            acts[l + 1] = y;
        }
        double loss = 0;
        float[][] d = new float[batch][];
        for (int b = 0; b < batch; b++) {
            float[] logits = acts[layers][b];
            double max = Double.NEGATIVE_INFINITY;
            for (float v : logits) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (float v : logits) {
                sum += Math.exp(v - max);
            }
            d[b] = new float[logits.length];
            for (int c = 0; c < logits.length; c++) {
                double p = Math.exp(logits[c] - max) / sum;
                d[b][c] = (float) ((p - (c == labels[b] ? 1 : 0)) / batch);
            }
            loss += -(logits[labels[b]] - max - Math.log(sum));
        }
        for (int l = layers - 1; l >= 0; l--) {
            Layer layer = network.layers().get(l);
            Shape in = shapes[l];
            float[][] x = acts[l];
            float[][] dOut = d;
            float[][] dx = new float[batch][in.size()];
            boolean needInput = l > 0;
            int layer0 = l;
            if (layer instanceof BatchNorm bn) {
                bn.backward(in, normalised[l], invStd[l], dOut, dx, grads[l]);
            } else if (layer instanceof Relu) {
                parallel(batch, b -> Relu.backward(x[b], dOut[b], dx[b]));
            } else if (layer instanceof GlobalAveragePool) {
                parallel(batch, b -> GlobalAveragePool.backward(in, dOut[b], dx[b]));
            } else if (layer instanceof Convolution c) {
                shards(batch, (s, b) -> c.backward(in, x[b], dOut[b], needInput ? dx[b] : null,
                        shardGrads[s][layer0]));
                gather(shardGrads, l, grads[l]);
            } else if (layer instanceof Dense dense) {
                shards(batch, (s, b) -> dense.backward(x[b], dOut[b], dx[b], shardGrads[s][layer0]));
                gather(shardGrads, l, grads[l]);
            }
            d = dx;
        }
        return loss / batch;
    }

    /** Float forward of one sample through a layer other than batch normalisation. */
    static void forward(Layer layer, Shape in, float[] x, float[] y) {
        if (layer instanceof Convolution c) {
            c.forward(in, x, y);
        } else if (layer instanceof Dense d) {
            d.forward(x, y);
        } else if (layer instanceof Relu) {
            Relu.forward(x, y);
        } else if (layer instanceof GlobalAveragePool) {
            GlobalAveragePool.forward(in, x, y);
        } else {
            throw new IllegalStateException(layer.describe() + " runs per batch");
        }
    }

    private static void gather(float[][][][] shardGrads, int layer, float[][] into) {
        for (float[][][] shard : shardGrads) {
            float[][] g = shard[layer];
            for (int p = 0; p < g.length; p++) {
                for (int i = 0; i < g[p].length; i++) {
                    into[p][i] += g[p][i];
                    g[p][i] = 0f;
                }
            }
        }
    }

    private void update(float[][][] grads, float[][][] velocity, double rate) {
        for (int l = 0; l < grads.length; l++) {
            Layer layer = network.layers().get(l);
            float[][] params = layer.parameters();
            for (int p = 0; p < params.length; p++) {
                float[] w = params[p];
                float[] g = grads[l][p];
                float[] v = velocity[l][p];
                double decay = layer.decays(p) ? options.weightDecay() : 0;
                for (int i = 0; i < w.length; i++) {
                    v[i] = (float) (options.momentum() * v[i] + g[i] + decay * w[i]);
                    w[i] -= (float) (rate * v[i]);
                    g[i] = 0f;
                }
            }
        }
    }

    private interface SampleTask {
        void run(int sample);
    }

    private interface ShardTask {
        void run(int shard, int sample);
    }

    private void parallel(int batch, SampleTask task) {
        run(() -> IntStream.range(0, batch).parallel().forEach(task::run));
    }

    private void shards(int batch, ShardTask task) {
        int per = batch / SHARDS;
        run(() -> IntStream.range(0, SHARDS).parallel().forEach(s -> {
            for (int b = s * per; b < (s + 1) * per; b++) {
                task.run(s, b);
            }
        }));
    }

    private void run(Runnable work) {
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static float[][] zerosLike(float[][] params) {
        float[][] z = new float[params.length][];
        for (int i = 0; i < params.length; i++) {
            z[i] = new float[params[i].length];
        }
        return z;
    }
}
