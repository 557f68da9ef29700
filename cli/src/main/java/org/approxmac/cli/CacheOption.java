package org.approxmac.cli;

import java.nio.file.Path;
import org.approxmac.toolchain.CacheRoot;
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

    /** The cache root: {@code --cache}, else the system property, the environment or the default. */
    CacheRoot root() {
        return CacheRoot.resolve(dir);
    }
}
