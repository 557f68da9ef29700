package org.approxmac.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where {@code cosim} and {@code bench cosim} keep Verilator builds: {@code --cache DIR} (the shared
 * root; builds in {@code DIR/verilator}), or the older hidden spelling {@code --cache-dir DIR}, which
 * names the build folder itself and is kept so that existing scripts work.
 */
final class VerilatorCacheOptions {

    @Mixin
    CacheOption cache;

    @Option(names = "--cache-dir", paramLabel = "DIR", hidden = true,
            description = "the Verilator build folder itself (older spelling; prefer --cache)")
    Path buildDir;

    /** The Verilator build folder. */
    Path builds() {
        if (buildDir != null && cache.given()) {
            throw new UsageError("give --cache DIR (the cache root) or --cache-dir DIR (the older spelling), not both");
        }
        if (buildDir != null) {
            CacheOption.requireUsable(buildDir, "--cache-dir");
            return buildDir;
        }
        return cache.root().verilatorBuilds();
    }
}
