package org.approxmac.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
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
 * Golden-model throughput: a multiply-accumulate loop over 4096 operand pairs through each kind's
 * model, and the same loop with an exact {@code long} multiply (the reference). Both accumulate, so
 * the JIT cannot drop the work; {@link GoldenBenchMain} prints each kind's time as a ratio to the
 * exact loop measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GoldenThroughput {
    static final int PAIRS = 4096;

    @Param({"fixed:n=16", "mitchw:n=16,w=6,sign=c1", "mitchw:n=32,w=6,sign=c1", "mitchell:n=32,sign=sm",
        "drum:n=16,k=6,sign=c1", "drum:n=32,k=6,sign=c1"})
    public String spec;

    long[] a;
    long[] b;
    Multiplier multiplier;

    @Setup
    public void setup() {
        UnitSpec unit = UnitSpec.parse(spec);
        multiplier = Units.multiplier(unit);
        SplittableRandom r = new SplittableRandom(1);
        a = new long[PAIRS];
        b = new long[PAIRS];
        long mask = unit.n() >= 64 ? -1L : (1L << unit.n()) - 1;
        for (int i = 0; i < PAIRS; i++) {
            a[i] = r.nextLong() & mask;
            b[i] = r.nextLong() & mask;
        }
    }

    /** The reference: an exact long multiply-accumulate over the same operands. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long exactLoop() {
        long acc = 0;
        for (int i = 0; i < PAIRS; i++) {
            acc += a[i] * b[i];
        }
        return acc;
    }

    /** The golden model of {@link #spec} in the same loop. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long golden() {
        long acc = 0;
        Multiplier m = multiplier;
        for (int i = 0; i < PAIRS; i++) {
            acc += m.multiply(a[i], b[i]);
        }
        return acc;
    }
}
