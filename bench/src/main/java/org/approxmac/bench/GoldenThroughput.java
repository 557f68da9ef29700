package org.approxmac.bench;

import java.util.concurrent.TimeUnit;
import org.approxmac.golden.Units;
import org.approxmac.golden.bench.GoldenWorkload;
import org.approxmac.spec.UnitSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Golden-model throughput: the {@link GoldenWorkload} of each spec, its golden multiply-accumulate
 * loop and its exact {@code long} loop (the reference); {@link GoldenBenchMain} runs it for
 * {@link GoldenWorkload#DEFAULT_SPECS} and prints each kind's time as a ratio to the exact loop
 * measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GoldenThroughput {

    /**
     * The spec: {@link GoldenBenchMain} passes {@link GoldenWorkload#DEFAULT_SPECS}; JMH requires defaults
     * here too, for runs started through JMH's own main.
     */
    @Param({GoldenWorkload.FIXED_16, GoldenWorkload.MITCHW6_16, GoldenWorkload.MITCHW6_32, GoldenWorkload.MITCHELL_32,
        GoldenWorkload.DRUM6_16, GoldenWorkload.DRUM6_32})
    public String spec;

    GoldenWorkload workload;

    @Setup
    public void setup() {
        workload = new GoldenWorkload(Units.multiplier(UnitSpec.parse(spec)));
    }

    /** The reference: an exact long multiply-accumulate over the same operands. */
    @Benchmark
    @OperationsPerInvocation(GoldenWorkload.PAIRS)
    public long exactLoop() {
        return workload.exactLoop();
    }

    /** The golden model of {@link #spec} in the same loop. */
    @Benchmark
    @OperationsPerInvocation(GoldenWorkload.PAIRS)
    public long golden() {
        return workload.goldenLoop();
    }
}
