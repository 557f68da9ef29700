package org.approxmac.cli;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.approxmac.analysis.cnn.FashionMnist;
import org.approxmac.toolchain.EnvironmentException;
import picocli.CommandLine.Option;

/** The options {@code cnn} and {@code cnn-train} share: where the data set is, and how many threads work. */
final class CnnOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "the Fashion-MNIST directory (default "
            + "/usr/share/datasets/fashion-mnist, Debian's dataset-fashion-mnist)")
    Path data;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors; the"
            + " results do not depend on it)")
    Integer threads;

    /** The worker pool (checked: 1..1024 threads). */
    ForkJoinPool pool() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) {
            throw new UsageError("--threads " + t + " is out of range (accepted: 1..1024)");
        }
        return new ForkJoinPool(t);
    }

    /** The first {@code limit} images of a split; a missing data set is an environment failure (exit 3). */
    FashionMnist.LabelledImages load(FashionMnist.Split split, int limit) {
        try {
            return FashionMnist.load(data == null ? FashionMnist.DEFAULT_DIRECTORY : data, split, limit);
        } catch (FashionMnist.DataSetException e) {
            throw new EnvironmentException(e.getMessage());
        }
    }
}
