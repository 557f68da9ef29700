package org.approxmac.cli;

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

    @Option(names = "--liberty", paramLabel = "LIB", defaultValue = LibertyResolver.OSU018,
            description = "osu018 (default: Debian's qflow-tech-osu018), FILE.lib or FILE.lib.gz")
    String liberty;

    @Option(names = "--jobs", paramLabel = "J",
            description = "designs synthesised in parallel, 1.." + MAX_JOBS + " (default: cores)")
    Integer jobs;

    @Mixin
    CacheOption cache;

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
        CostOptions o = CostOptions.defaults(lib).withCacheDir(root.dir());
        if (jobs != null) {
            o = o.withJobs(jobs);
        }
        for (CostOptionsPart p : parts) {
            o = p.applyTo(o);
        }
        return o;
    }
}
