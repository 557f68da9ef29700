package org.approxmac.cli;

import java.time.Duration;
import org.approxmac.synth.CostOptions;
import org.approxmac.synth.Liberty;
import org.approxmac.synth.LibertyResolver;
import org.approxmac.toolchain.CacheRoot;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every costing command ({@code synth}, {@code report}, {@code sweep}) takes: the
 * library, the parallelism and the cache; checks them and builds the {@link CostOptions}.
 */
final class CostFlowOptions {
    static final int MAX_JOBS = 64;
    static final int MAX_TIMEOUT_SECONDS = 86_400;
    static final int DEFAULT_TIMEOUT_SECONDS = 1200;

    @Option(names = "--liberty", paramLabel = "LIB", defaultValue = LibertyResolver.OSU018,
            description = "osu018 (default: Debian's qflow-tech-osu018), FILE.lib or FILE.lib.gz")
    String liberty;

    @Option(names = "--jobs", paramLabel = "J",
            description = "designs synthesised in parallel, 1.." + MAX_JOBS + " (default: cores)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "time limit in seconds of each tool run (version probes, Yosys, OpenSTA, Icarus, a Verilator"
                    + " build; the longest a simulator may stay silent), 1.." + MAX_TIMEOUT_SECONDS
                    + " (default ${DEFAULT-VALUE}); a design that exceeds it fails, the others complete")
    int timeoutSeconds;

    @Mixin
    CacheOption cache;

    /** The {@code --timeout} limit (checked by {@link #costOptions}). */
    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The cache root the cost flow and the co-simulations share. */
    CacheRoot cacheRoot() {
        return cache.root();
    }

    /** The {@code --liberty} argument as given (osu018 or a file name). */
    String liberty() {
        return liberty;
    }

    /**
     * The cost options of these settings and of {@code parts}, CostOptions' defaults for the rest. All
     * values are checked before the library is read; a bad one is a {@link UsageError} naming the
     * option and its accepted range or values.
     */
    CostOptions costOptions(CostOptionsPart... parts) {
        if (jobs != null && (jobs < 1 || jobs > MAX_JOBS)) {
            throw new UsageError("--jobs must be 1.." + MAX_JOBS + ", got " + jobs);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new UsageError("--timeout must be 1.." + MAX_TIMEOUT_SECONDS + " seconds, got " + timeoutSeconds);
        }
        for (CostOptionsPart p : parts) {
            p.check();
        }
        CacheRoot root = cacheRoot();
        Liberty lib;
        try {
            lib = LibertyResolver.resolve(liberty, root.dir());
        } catch (IllegalArgumentException e) {
            throw new UsageError("--liberty: " + e.getMessage());
        }
        CostOptions o = CostOptions.defaults(lib).withCacheDir(root.dir()).withToolTimeout(timeout());
        if (jobs != null) {
            o = o.withJobs(jobs);
        }
        for (CostOptionsPart p : parts) {
            o = p.applyTo(o);
        }
        return o;
    }
}
