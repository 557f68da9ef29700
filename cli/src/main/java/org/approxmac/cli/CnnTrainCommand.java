package org.approxmac.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.approxmac.analysis.cnn.Architecture;
import org.approxmac.analysis.cnn.FashionMnist;
import org.approxmac.analysis.cnn.Network;
import org.approxmac.analysis.cnn.Trainer;
import org.approxmac.analysis.cnn.WeightsFile;
import org.approxmac.toolchain.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code approxmac cnn-train}: trains one of the CNN experiment's networks, deterministically. */
@Command(name = "cnn-train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains one of the networks of 'approxmac cnn' on Fashion-MNIST in float arithmetic and"
                + " writes its weights.",
            "Deterministic: the seed fixes the initial weights and the image order, and sums over a batch are"
                + " taken in a fixed order, so the same options give the same file on any number of threads. The"
                + " defaults are the settings of the weights approxmac ships. Details: docs/cnn.md."},
        footer = {"", "Examples:",
            "  approxmac cnn-train --net bn --out bn.weights",
            "  approxmac cnn-train --net depthwise --epochs 1 --images 6000 --out quick.weights"})
final class CnnTrainCommand implements Runnable {

    @Spec
    CommandSpec commandSpec;

    @Option(names = "--net", paramLabel = "NET", required = true,
            description = "bn (8 convolutions with batch normalisation), plain (the same without) or depthwise"
                    + " (depthwise-separable blocks with batch normalisation)")
    String net;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the weights file to write")
    Path out;

    @Option(names = "--epochs", paramLabel = "E", description = "passes over the training images (default 3; 1..100)")
    Integer epochs;

    @Option(names = "--images", paramLabel = "N", defaultValue = "60000",
            description = "training images used, the first N (default ${DEFAULT-VALUE}; 64..60000)")
    int images;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the initial weights and the image order (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    CnnOptions cnnOptions;

    @Override
    public void run() {
        Architecture architecture = CnnCommand.architecture(net);
        Trainer.Options defaults = Trainer.Options.defaults(architecture);
        int e = epochs == null ? defaults.epochs() : epochs;
        if (e < 1 || e > 100) {
            throw new UsageError("--epochs " + e + " is out of range (accepted: 1..100)");
        }
        if (images < 64 || images > 60000) {
            throw new UsageError("--images " + images + " is out of range (accepted: 64..60000)");
        }
        checkTarget(out);
        Trainer.Options options = new Trainer.Options(e, defaults.batch(), defaults.learningRate(), defaults.momentum(),
                defaults.weightDecay(), seed);
        ForkJoinPool pool = cnnOptions.pool();
        FashionMnist.LabelledImages train = cnnOptions.load(FashionMnist.Split.TRAIN, images);
        FashionMnist.LabelledImages test = cnnOptions.load(FashionMnist.Split.TEST, CnnCommand.TEST_IMAGES);
        PrintWriter o = commandSpec.commandLine().getOut();
        Network network = architecture.build();
        o.printf("training %s (%s; %d parameters) on %d images, %d epochs, seed %d%n", architecture.id(),
                architecture.description(), network.parameterCount(), train.size(), e, seed);
        o.flush();
        java.io.PrintStream progress = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                o.write(b);
            }

            @Override
            public void flush() {
                o.flush();
            }
        }, true);
        double loss = new Trainer(network, options, pool, progress).train(train);
        progress.flush();
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            if (Network.argmax(network.classify(test.images()[i])) == test.labels()[i]) {
                correct++;
            }
        }
        double accuracy = correct / (double) test.size();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("trained-by", "approxmac cnn-train --net " + architecture.id() + " --epochs " + e + " --images "
                + images + " --seed " + seed);
        info.put("batch", String.valueOf(options.batch()));
        info.put("learning-rate", String.valueOf(options.learningRate()));
        info.put("momentum", String.valueOf(options.momentum()));
        info.put("weight-decay", String.valueOf(options.weightDecay()));
        info.put("final-training-loss", String.format(Locale.ROOT, "%.4f", loss));
        info.put("fp32-test-accuracy", String.format(Locale.ROOT, "%.4f", accuracy));
        try {
            AtomicFile.write(out, WeightsFile.write(network, info));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + out, ex);
        }
        o.printf("FP32 test accuracy %.2f %% (10000 images); wrote %s%n", 100 * accuracy, out);
    }

    /** Refuses a target that exists and is not a weights file. */
    private static void checkTarget(Path target) {
        if (Files.isDirectory(target)) {
            throw new UsageError("--out: " + target + " is a directory");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageError("--out: directory " + dir + " does not exist");
        }
        if (Files.exists(target)) {
            byte[] head;
            try (InputStream in = Files.newInputStream(target)) {
                head = in.readNBytes(WeightsFile.MAGIC.length());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read " + target, ex);
            }
            if (!new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals(WeightsFile.MAGIC)) {
                throw new UsageError("--out: refusing to overwrite " + target
                        + ": not a weights file approxmac wrote (remove it or choose another name)");
            }
        }
    }
}
