package org.approxmac.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.approxmac.sim.CosimBench;
import org.approxmac.sim.CosimRequest;
import org.approxmac.sim.Cosimulation;
import org.approxmac.sim.PortMismatchException;
import org.approxmac.sim.RtlSource;
import org.approxmac.sim.SimModel;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code approxmac bench ...}: throughput measurements printed as ratios from one run. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Cosim.class, BenchGoldenCommand.class},
        description = "Throughput measurements, each comparing against its limit within one run.",
        footer = {"", "Examples:", "  approxmac bench golden", "  approxmac bench cosim mitchw:n=16,w=6"})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec commandSpec;

    /** Without a subcommand there is nothing to measure: bad input (exit 2). */
    @Override
    public void run() {
        throw new UsageError("bench needs a subcommand: cosim SPEC or golden [SPEC...] (see approxmac bench --help)");
    }

    /** {@code bench cosim SPEC}: the bridge against a plain C++ loop over the same model and vectors. */
    @Command(name = "cosim", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Co-simulation throughput: the full bridge (pipes, golden model, error bound) against a"
                    + " plain C++ loop calling the same Verilator model with no checking, on the same vectors and"
                    + " the same number of processes. Prints both and their ratio (target >= 0.5 for"
                    + " mitchw:n=16,w=6)."},
            footer = {"", "Examples:", "  approxmac bench cosim mitchw:n=16,w=6",
                "  approxmac bench cosim fixed:n=8 --count 10000000 --jobs 2 --json"})
    static final class Cosim implements Runnable {
        @Spec
        CommandSpec commandSpec;

        @Parameters(index = "0", paramLabel = "SPEC", description = "a multiplier with n <= 32")
        String spec;

        @Option(names = "--count", paramLabel = "VECTORS", defaultValue = "100000000",
                description = "vectors per measurement (default ${DEFAULT-VALUE})")
        long count;

        @Option(names = "--jobs", paramLabel = "P", description = "processes (default: available cores)")
        Integer jobs;

        @Mixin
        VerilatorCacheOptions cache;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public void run() {
            UnitSpec unit = UnitSpec.parse(spec);
            CosimBench.requireSupported(unit);
            if (count < 1_000 || count > 1L << 40) {
                throw new UsageError("--count " + count + " is out of range (accepted: 1000..2^40)");
            }
            int processes = jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : jobs;
            if (processes < 1 || processes > 256) {
                throw new UsageError("--jobs " + processes + " is out of range (accepted: 1..256)");
            }
            CosimRequest request = CosimRequest.of(unit, RtlSource.generated(unit)).withCacheDir(cache.builds());
            SimModel model;
            try {
                model = Cosimulation.build(request);
            } catch (PortMismatchException e) {
                throw new UsageError(e.getMessage());
            }
            CosimBench.Result r = CosimBench.run(unit, model, count, processes);
            PrintWriter out = commandSpec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("spec", unit.canonical());
                o.put("vectors", r.vectors());
                o.put("processes", r.processes());
                o.put("limit_vectors_per_second", Math.round(r.limitVectorsPerSecond()));
                o.put("bridge_vectors_per_second", Math.round(r.bridgeVectorsPerSecond()));
                o.put("ratio", r.ratio());
                o.put("bridge_passed", r.bridgeResult().passed());
                out.println(Json.write(o));
            } else {
                out.printf(Locale.ROOT, "bench cosim %s: %,d vectors (i * 0x%X mod 2^%d), %d processes%n",
                        unit.canonical(), r.vectors(), CosimBench.STRIDE, 2 * unit.n(), r.processes());
                out.printf(Locale.ROOT, "  limit  (plain C++ loop, Verilator model, no checking): %,14.0f vectors/s%n",
                        r.limitVectorsPerSecond());
                out.printf(Locale.ROOT, "  bridge (pipes + golden model + error bound):         %,14.0f vectors/s%n",
                        r.bridgeVectorsPerSecond());
                out.printf(Locale.ROOT, "  ratio bridge / limit: %.2f (target >= 0.5)%s%n", r.ratio(),
                        r.bridgeResult().passed() ? "" : "; the bridge run FOUND MISMATCHES");
            }
            out.flush();
        }
    }
}
