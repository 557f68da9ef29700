package org.approxmac.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.golden.bench.GoldenWorkload;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench golden}: golden-model throughput against an exact {@code long} multiply-accumulate loop
 * over the same operands ({@link GoldenWorkload}, shared with the JMH benchmark of module bench),
 * measured in one run. The two loops alternate many times and the fastest pass of each counts, so both
 * see the same machine load; the JMH benchmark measures the same on a quiet machine.
 */
@Command(name = "golden", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Golden-model throughput: each spec's multiply-accumulate loop against an exact long"
                + " multiply-accumulate loop over the same 4096 operand pairs, alternating and keeping the fastest"
                + " pass of each, so the ratio is measured in one run under the same load (target: Mitch-w and"
                + " DRUM at most 3x). For quiet-machine figures use the JMH benchmark (docs/benchmarks.md)."},
        footer = {"", "Examples:", "  approxmac bench golden", "  approxmac bench golden mitchw:n=16,w=6 drum:n=16,k=6 --json"})
final class BenchGoldenCommand implements Runnable {
    static final int PAIRS = GoldenWorkload.PAIRS;

    @Spec
    CommandSpec commandSpec;

    @Parameters(paramLabel = "SPEC", arity = "0..*",
            description = "multipliers with n <= 32 (default: the paper's fixed, Mitch-w6, Mitchell and DRUM6 at 16 and 32 bits)")
    List<String> specs = new ArrayList<>();

    @Option(names = "--passes", paramLabel = "P", defaultValue = "2000",
            description = "alternating passes per spec, 10..1000000 (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    /** Nanoseconds per pair of the fastest exact and golden passes. */
    record Timing(String spec, double exactNs, double goldenNs) {
        double ratio() {
            return goldenNs / exactNs;
        }
    }

    @Override
    public void run() {
        if (passes < 10 || passes > 1_000_000) {
            throw new UsageError("--passes must be 10..1000000, got " + passes);
        }
        List<UnitSpec> units = new ArrayList<>();
        for (String s : specs.isEmpty() ? GoldenWorkload.DEFAULT_SPECS : specs) {
            UnitSpec parsed = UnitSpec.parse(s);
            if (parsed.dot()) {
                throw new UsageError(parsed.canonical() + ": bench golden times one multiplier; give the lanes' spec"
                        + " without dot (accepted: dot=1)");
            }
            UnitSpec u = parsed.multiplier();
            if (u.productWidth() > 64) {
                throw new UsageError(u.canonical() + ": bench golden takes products up to 64 bits (n <= 32)");
            }
            units.add(u);
        }
        List<Timing> timings = new ArrayList<>();
        for (UnitSpec u : units) {
            timings.add(measure(Units.multiplier(u), passes));
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Timing t : timings) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("spec", t.spec());
                o.put("golden_ns_per_op", t.goldenNs());
                o.put("exact_ns_per_op", t.exactNs());
                o.put("ratio", t.ratio());
                list.add(o);
            }
            out.println(Json.write(Map.of("passes", passes, "pairs", PAIRS, "results", list)));
        } else {
            out.printf("%-34s %14s %14s %8s%n", "spec", "golden ns/op", "exact ns/op", "ratio");
            for (Timing t : timings) {
                out.printf("%-34s %14.3f %14.3f %8.2f%n", t.spec(), t.goldenNs(), t.exactNs(), t.ratio());
            }
        }
        out.flush();
    }

    static Timing measure(Multiplier m, int passes) {
        GoldenWorkload workload = new GoldenWorkload(m);
        long bestExact = Long.MAX_VALUE;
        long bestGolden = Long.MAX_VALUE;
        long sink = 0;
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            sink += workload.exactLoop();
            long t1 = System.nanoTime();
            sink += workload.goldenLoop();
            long t2 = System.nanoTime();
            bestExact = Math.min(bestExact, t1 - t0);
            bestGolden = Math.min(bestGolden, t2 - t1);
        }
        if (sink == 42) {
            System.err.print(""); // keep the results alive
        }
        return new Timing(m.spec().canonical(), (double) bestExact / PAIRS, (double) bestGolden / PAIRS);
    }
}
