package org.approxmac.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolException;
import org.approxmac.toolchain.ToolResult;
import org.approxmac.toolchain.Toolchain;

/**
 * {@code bench cosim}: on one model and one vector set, the throughput of the full bridge (pipes,
 * golden model, error bound) against the limit, a plain C++ loop calling the same Verilator model
 * with no I/O and no checking, both on the same number of processes. Vectors: {@code i * STRIDE mod
 * 2^(2N)} for {@code i < count}, an odd stride so operands are spread over the whole space.
 */
public final class CosimBench {
    /** The enumeration stride: odd, so the vectors are distinct; spreads them over the space. */
    public static final long STRIDE = 0x9E3779B97F4A7C15L;

    /**
     * @param limitVectorsPerSecond  the plain C++ loop's throughput (sum over processes)
     * @param bridgeVectorsPerSecond the bridge's throughput
     * @param vectors                vectors per measurement
     * @param processes              processes of each measurement
     * @param bridgeResult           the bridge run (it checks, so it must pass)
     */
    public record Result(double limitVectorsPerSecond, double bridgeVectorsPerSecond, long vectors, int processes,
                         CosimResult bridgeResult) {
        public double ratio() {
            return bridgeVectorsPerSecond / limitVectorsPerSecond;
        }
    }

    private CosimBench() {
    }

    /** Throws a SpecException unless the spec can be benchmarked: a multiplier with N &lt;= 32. */
    public static void requireSupported(UnitSpec spec) {
        if (spec.mac() || spec.dot() || 2 * spec.n() > 64) {
            throw new SpecException("bench cosim needs a multiplier (no mac, dot=1) with N <= 32, got "
                    + spec.canonical());
        }
    }

    /** Runs both measurements on the model of a multiplier spec. */
    public static Result run(UnitSpec spec, SimModel model, long vectors, int processes) {
        requireSupported(spec);
        double limit = limit(model, vectors, processes);
        Cosim cosim = new Cosim(Toolchain.system(), processes, CosimRequest.DEFAULT_IDLE_TIMEOUT);
        CosimResult bridge = cosim.enumeration(model, Units.multiplier(spec), ErrorBound.of(spec), vectors, STRIDE,
                Cosim.Progress.NONE);
        return new Result(limit, bridge.vectorsPerSecond(), vectors, processes, bridge);
    }

    /** Vectors per second of the harness's plain loop, its processes running side by side. */
    static double limit(SimModel model, long vectors, int processes) {
        long per = (vectors + processes - 1) / processes;
        List<CompletableFuture<ToolResult>> runs = new ArrayList<>();
        for (int w = 0; w < processes; w++) {
            long from = Math.min(vectors, w * per);
            long count = Math.min(vectors, from + per) - from;
            runs.add(CompletableFuture.supplyAsync(() -> Toolchain.system().runProgram(Tool.VERILATOR,
                    List.of(model.executable().toString(), "bench", Long.toString(from), Long.toString(count),
                            Long.toUnsignedString(STRIDE)), null, Duration.ofHours(1), null)));
        }
        long slowest = 1;
        for (CompletableFuture<ToolResult> f : runs) {
            ToolResult r = f.join().requireOk("running the plain benchmark loop");
            String[] fields = r.stdout().trim().split(" ");
            if (fields.length != 3) {
                throw new ToolException(Tool.VERILATOR, "unexpected benchmark output: " + r.stdout());
            }
            slowest = Math.max(slowest, Long.parseLong(fields[1]));
        }
        return vectors / (slowest / 1e9);
    }
}
