package org.approxmac.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.hdl.user.UserRtl;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.CacheRoot;
import org.approxmac.toolchain.Toolchain;
import org.junit.jupiter.api.DynamicTest;

/**
 * The JUnit 5 entry point for CI users: co-simulate generated RTL (or your own) against the golden
 * model and fail the test with the full report (first mismatches with marked bits and a reproducer)
 * unless every output matches.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myUnits() {   // corners + 1,000,000 stratified random vectors each; MACs 200,000 cycles
 *     return CosimAssertions.cosimTests(CosimAssertions.CI_VECTORS, "mitchw:n=8,w=4", "drum:n=16,k=6", "fixed:n=8,mac");
 * }
 *
 * @Test
 * void myMultiplier() {             // your own RTL: ports checked first, reproducers name your files
 *     CosimAssertions.userRtl("fixed:n=16", "my_mul", Path.of("rtl/my_mul.v")).parameter("N", 16).assertMatches();
 * }
 * }</pre>
 *
 * Cost: a Verilator build (seconds to a minute, cached by content) plus the vectors, about 30-60 M
 * per second on two cores. {@code "all"} on a 16-bit multiplier is 2^32 vectors, minutes per test
 * (269 s measured on a loaded machine); {@link #CI_VECTORS} is the default for CI.
 *
 * Builds are cached under {@code <root>/verilator}, the root being the system property
 * {@code approxmac.cache}, else the environment variable {@code APPROXMAC_CACHE}, else
 * {@code .approxmac-cache} ({@link CacheRoot}); a missing Verilator fails the test with an install hint. Needs
 * junit-jupiter-api on the test class path (an optional dependency of this module).
 */
public final class CosimAssertions {
    /** Corners plus 1,000,000 stratified random vectors: a second or two of simulation per multiplier. */
    public static final String CI_VECTORS = "corners+random:1M";

    private CosimAssertions() {
    }

    /**
     * Your own RTL: the top module {@code top} in {@code files}, checked against the golden model of
     * {@code spec}; refine it (file lists, include folders, parameter overrides, vectors, seed), then
     * {@link UserRtlCosim#assertMatches()}.
     */
    public static UserRtlCosim userRtl(String spec, String top, Path... files) {
        return new UserRtlCosim(UnitSpec.parse(spec), UserRtl.of(top, files));
    }

    /** Co-simulates the generated RTL of a spec with the given vectors (multipliers) and default cycles (MACs). */
    public static CosimResult assertMatches(String spec, String vectors) {
        UnitSpec unit = UnitSpec.parse(spec);
        return assertMatches(CosimRequest.of(unit, RtlSource.generated(unit)).withVectors(vectors));
    }

    /** Runs a request and throws an {@link AssertionError} carrying the report unless it passed. */
    public static CosimResult assertMatches(CosimRequest request) {
        CosimResult result = Cosimulation.run(request, Cosim.Progress.NONE);
        if (!result.passed()) {
            throw new AssertionError(new CosimReport(request, result).text());
        }
        return result;
    }

    /** One dynamic test per spec, each {@link #assertMatches(String, String)}, for a {@code @TestFactory}. */
    public static Stream<DynamicTest> cosimTests(String vectors, String... specs) {
        return Arrays.stream(specs).map(s -> DynamicTest.dynamicTest("cosim " + s + " (" + vectors + ")",
                () -> assertMatches(s, vectors)));
    }

    /**
     * Co-simulates several multipliers of one shape in one Verilator build (see {@link BatchRtl}) on
     * the same plan; fails with every failing member's report.
     */
    public static List<CosimResult> assertBatchMatches(List<UnitSpec> specs, List<RtlSource> rtls, VectorPlan plan) {
        return assertBatchMatches(specs, rtls, plan, new OperandSampler(specs.get(0).lane()).pairs());
    }

    /** As {@link #assertBatchMatches(List, List, VectorPlan)}, the plan's random vectors from {@code random}. */
    static List<CosimResult> assertBatchMatches(List<UnitSpec> specs, List<RtlSource> rtls, VectorPlan plan,
                                                Stimulus random) {
        SimModel model = batchModel(specs, rtls);
        if (specs.get(0).dot()) {
            return requireAll(specs, rtls, cosim().dots(model, specs.stream().map(Units::dot).toList(), plan,
                    Cosim.Progress.NONE));
        }
        List<Multiplier> goldens = specs.stream().map(Units::multiplier).toList();
        List<Optional<ErrorBound>> bounds = specs.stream().map(ErrorBound::of).toList();
        return requireAll(specs, rtls, cosim().multipliers(model, goldens, bounds, plan, random, Cosim.Progress.NONE));
    }

    /** As {@link #assertBatchMatches(List, List, VectorPlan)} for MACs of one shape over random cycles. */
    public static List<CosimResult> assertBatchMacsMatch(List<UnitSpec> specs, List<RtlSource> rtls, long cycles,
                                                         long seed) {
        return assertBatchMacsMatch(specs, rtls, new MacSequence(specs.get(0)), cycles, seed);
    }

    /** As {@link #assertBatchMacsMatch(List, List, long, long)}, the cycles drawn from {@code sequence}. */
    static List<CosimResult> assertBatchMacsMatch(List<UnitSpec> specs, List<RtlSource> rtls, Stimulus sequence,
                                                  long cycles, long seed) {
        SimModel model = batchModel(specs, rtls);
        List<Mac> goldens = specs.stream().map(Units::mac).toList();
        return requireAll(specs, rtls, cosim().macs(model, goldens, sequence, cycles, seed, Cosim.Progress.NONE));
    }

    /** As {@link #assertBatchMacsMatch(List, List, long, long)}, over the classes of a MAC plan. */
    static List<CosimResult> assertBatchMacsMatch(List<UnitSpec> specs, List<RtlSource> rtls, MacPlan plan) {
        SimModel model = batchModel(specs, rtls);
        List<Mac> goldens = specs.stream().map(Units::mac).toList();
        return requireAll(specs, rtls, cosim().macs(model, goldens, plan, Cosim.Progress.NONE));
    }

    /**
     * Builds (or fetches) the batch model of designs of one shape; multipliers of different pipeline
     * latencies are padded to the largest (see {@link BatchRtl#of(List, DutShape, List)}).
     */
    public static SimModel batchModel(List<UnitSpec> specs, List<RtlSource> rtls) {
        List<Integer> latencies = specs.stream().map(s -> DutShape.of(s).latency()).toList();
        DutShape shape = DutShape.of(specs.get(0)).withLatency(latencies.stream().mapToInt(Integer::intValue).max()
                .orElse(0));
        for (UnitSpec s : specs) {
            if (!DutShape.of(s).withLatency(shape.latency()).equals(shape)) {
                throw new IllegalArgumentException(s.canonical() + " does not have the shape " + shape + " of the batch");
            }
        }
        return new ModelBuilder(Toolchain.system(), CacheRoot.resolve(null).verilatorBuilds())
                .build(BatchRtl.of(rtls, shape, latencies), shape.batch(rtls.size()));
    }

    private static Cosim cosim() {
        return new Cosim(Toolchain.system(), Math.max(1, Runtime.getRuntime().availableProcessors()),
                CosimRequest.DEFAULT_IDLE_TIMEOUT);
    }

    private static List<CosimResult> requireAll(List<UnitSpec> specs, List<RtlSource> rtls, List<CosimResult> results) {
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < results.size(); m++) {
            if (!results.get(m).passed()) {
                CosimRequest request = CosimRequest.of(specs.get(m), rtls.get(m));
                failures.add(new CosimReport(request, results.get(m)).text());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
        return results;
    }
}
