package org.approxmac.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.approxmac.golden.bench.GoldenWorkload;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link GoldenThroughput} for {@link GoldenWorkload#DEFAULT_SPECS} and prints, per kind, ns per
 * multiply-accumulate and the ratio to the exact long loop measured in the same run (target: Mitch-w
 * and DRUM at most 3x).
 */
public final class GoldenBenchMain {
    private GoldenBenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options opt = new OptionsBuilder().include(GoldenThroughput.class.getSimpleName())
                .param("spec", GoldenWorkload.DEFAULT_SPECS.toArray(new String[0])).build();
        Collection<RunResult> results = new Runner(opt).run();
        Map<String, double[]> bySpec = new TreeMap<>();
        for (RunResult r : results) {
            String spec = r.getParams().getParam("spec");
            String method = r.getParams().getBenchmark();
            double ns = r.getPrimaryResult().getScore();
            double[] slot = bySpec.computeIfAbsent(spec, k -> new double[2]);
            slot[method.endsWith("exactLoop") ? 0 : 1] = ns;
        }
        System.out.println();
        System.out.printf("%-28s %14s %14s %8s%n", "spec", "golden ns/op", "exact ns/op", "ratio");
        bySpec.forEach((spec, v) -> System.out.printf("%-28s %14.3f %14.3f %8.2f%n", spec, v[1], v[0], v[1] / v[0]));
    }
}
