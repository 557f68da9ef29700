package org.approxmac.cli;

import java.nio.file.Path;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.EnvironmentException;
import org.approxmac.toolchain.WritableFolder;
import picocli.CommandLine.Option;

/**
 * {@code --cache DIR}: the root of every approxmac cache (Verilator builds, synthesis results), the
 * same for all commands. Without it the root is {@code $APPROXMAC_CACHE} or {@code .approxmac-cache}
 * ({@link CacheRoot}).
 */
final class CacheOption {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "cache root shared by all commands: Verilator builds in DIR/verilator, synthesis results"
                    + " in DIR/cost (default: $APPROXMAC_CACHE, else .approxmac-cache)")
    Path dir;

    /** Whether {@code --cache} was given. */
    boolean given() {
        return dir != null;
    }

    /**
     * The cache root: {@code --cache}, else the system property, the environment or the default;
     * checked to be a writable folder (or creatable). An unusable {@code --cache} is bad input (exit
     * 2); an unusable root from the environment or the default is an {@link EnvironmentException}.
     */
    CacheRoot root() {
        CacheRoot root = CacheRoot.resolve(dir);
        requireUsable(root.dir(), given() ? "--cache" : null);
        return root;
    }

    /** Checks a cache folder; {@code option}: the option that named it, null when it came from elsewhere. */
    static void requireUsable(Path folder, String option) {
        WritableFolder.problem(folder).ifPresent(problem -> {
            if (option != null) {
                throw new UsageError(option + ": the cache folder " + problem + " (accepted: a writable folder)");
            }
            throw new EnvironmentException("the cache folder " + problem + " (set another with --cache DIR or "
                    + CacheRoot.ENVIRONMENT + ")");
        });
    }
}
