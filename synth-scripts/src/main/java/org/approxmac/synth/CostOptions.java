package org.approxmac.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.approxmac.toolchain.CacheRoot;

/**
 * How to measure: library, cache, parallelism, activity simulation and clocks.
 *
 * @param liberty       the library
 * @param cacheDir      the cache root (results under {@code cost/}, derived libraries under {@code liberty/})
 * @param jobs          designs measured in parallel (at least 1)
 * @param operands      operand distribution of the activity simulation
 * @param seed          stimulus seed
 * @param warmupCycles  cycles simulated before toggles are counted
 * @param simCycles     cycles over which toggles are counted
 * @param clockNs       the common clock period for the stated power and the paper-compatible PDP
 * @param toolTimeout   time limit of each tool run
 * @param mapping       how the design is mapped onto the library ({@link Mapping}); {@link Mapping#FLAT} by
 *                      default, which keeps the figures comparable with the references of docs/cost-method.md
 * @param yosysBooth    synthesise every Verilog {@code *} with Yosys' own radix-4 Booth mapping ({@code synth
 *                      -booth}, in Yosys releases newer than Debian 12's 0.23): a comparison of {@code arch=star}
 *                      with a newer synthesiser's multiplier; off by default
 */
public record CostOptions(Liberty liberty, Path cacheDir, int jobs, OperandDistribution operands, long seed,
                          int warmupCycles, int simCycles, double clockNs, Duration toolTimeout,
                          Mapping mapping, boolean yosysBooth) {

    public static final int DEFAULT_CYCLES = 1000;
    public static final int DEFAULT_WARMUP = 8;
    public static final long DEFAULT_SEED = 1;
    /** 100 MHz: the common clock of the stated power and of the paper-compatible PDP. */
    public static final double DEFAULT_CLOCK_NS = 10.0;

    public CostOptions {
        Objects.requireNonNull(liberty);
        Objects.requireNonNull(cacheDir);
        Objects.requireNonNull(operands);
        Objects.requireNonNull(toolTimeout);
        Objects.requireNonNull(mapping);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        if (!(clockNs > 0)) {
            throw new IllegalArgumentException("clock period must be positive, got " + clockNs);
        }
        ActivityBench.checkLengths(warmupCycles, simCycles);
    }

    /**
     * Defaults: the cache root of {@link CacheRoot#resolve} (property, environment or
     * {@code .approxmac-cache}), uniform operands, seed 1, 8 + 1000 cycles, 10 ns common clock, one job
     * per core, 20 min per tool run.
     */
    public static CostOptions defaults(Liberty liberty) {
        return new CostOptions(liberty, CacheRoot.resolve(null).dir(), Runtime.getRuntime().availableProcessors(),
                OperandDistribution.UNIFORM, DEFAULT_SEED, DEFAULT_WARMUP, DEFAULT_CYCLES, DEFAULT_CLOCK_NS,
                Duration.ofMinutes(20), Mapping.FLAT, false);
    }

    public CostOptions withCacheDir(Path dir) {
        return new CostOptions(liberty, dir, jobs, operands, seed, warmupCycles, simCycles, clockNs, toolTimeout, mapping, yosysBooth);
    }

    public CostOptions withJobs(int j) {
        return new CostOptions(liberty, cacheDir, j, operands, seed, warmupCycles, simCycles, clockNs, toolTimeout, mapping, yosysBooth);
    }

    public CostOptions withOperands(OperandDistribution d) {
        return new CostOptions(liberty, cacheDir, jobs, d, seed, warmupCycles, simCycles, clockNs, toolTimeout, mapping, yosysBooth);
    }

    public CostOptions withSimCycles(int c) {
        return new CostOptions(liberty, cacheDir, jobs, operands, seed, warmupCycles, c, clockNs, toolTimeout, mapping, yosysBooth);
    }

    public CostOptions withSeed(long s) {
        return new CostOptions(liberty, cacheDir, jobs, operands, s, warmupCycles, simCycles, clockNs, toolTimeout, mapping, yosysBooth);
    }

    public CostOptions withClockNs(double c) {
        return new CostOptions(liberty, cacheDir, jobs, operands, seed, warmupCycles, simCycles, c, toolTimeout, mapping, yosysBooth);
    }

    public CostOptions withMapping(Mapping m) {
        return new CostOptions(liberty, cacheDir, jobs, operands, seed, warmupCycles, simCycles, clockNs, toolTimeout, m, yosysBooth);
    }

    public CostOptions withYosysBooth(boolean booth) {
        return new CostOptions(liberty, cacheDir, jobs, operands, seed, warmupCycles, simCycles, clockNs, toolTimeout, mapping,
                booth);
    }

    public CostOptions withToolTimeout(Duration t) {
        return new CostOptions(liberty, cacheDir, jobs, operands, seed, warmupCycles, simCycles, clockNs, t, mapping, yosysBooth);
    }
}
