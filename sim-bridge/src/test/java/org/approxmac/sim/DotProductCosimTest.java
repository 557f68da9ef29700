package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Dot-product units ({@code dot=K}) in Verilator against the golden model: every integer kind, K = 2, 3,
 * 4 and 9 (K = 1 is the plain multiplier, which the other suites cover), n = 8 on every lane's
 * corner pairs and every pair in every lane (the exhaustive class: 65,536 vectors), n = 16 on the
 * corner pairs and stratified random vectors; dot-product MACs of 3 and 16 lanes over the MAC plan's
 * classes (corner walk, long sums, random cycles). The kinds of one shape share one build. K = 9 and 16 at
 * n = 8, n = 16 at K = 4, 9 and 16, and the 16-lane MACs, are long tests (-Plong-tests; 7 minutes on 2 cores): CI runs the
 * rest in about 4.
 */
class DotProductCosimTest {
    /** Lane counts at n = 8 in CI; 9 and 16 lanes (about 55 and 70 s) are long tests. */
    private static final int[] LANES = {2, 3, 4};

    /** Every integer kind and sign handling, at operand width n. */
    static List<String> kinds(int n) {
        String w = n == 8 ? "4" : "6";
        return List.of("fixed:n=" + n, "fixed:n=" + n + ",sign=unsigned,arch=dadda", "fixed:n=" + n + ",arch=star",
                "mitchw:n=" + n + ",w=" + w, "mitchw:n=" + n + ",w=" + w + ",sign=sm",
                "mitchwu:n=" + n + ",w=" + w + ",sign=unsigned", "mitchell:n=" + n, "drum:n=" + n + ",k=" + w,
                "drum:n=" + n + ",k=" + w + ",sign=unsigned", "ilm:n=" + n + ",w=" + w + ",iter=2",
                "roba:n=" + n + ",sign=c1", "trunc:n=" + n + ",t=" + (n / 2 + 1) + ",corr=constant",
                "dralm:n=" + n + ",t=" + w + ",sign=sm");
    }

    @TestFactory
    Stream<DynamicTest> everyKindsDotProductsAreBitExact() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int k : LANES) {
            tests.add(dotTest(8, k));
        }
        for (int k : new int[] {2, 3}) {
            tests.add(dotTest(16, k));
        }
        return tests.stream();
    }

    /** The wide n = 16 units: 144 multipliers in one build at K = 16 (about 2 minutes on 2 cores). */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> wideDotProductsOfEveryKindAreBitExact() {
        return Stream.of(dotTest(8, 9), dotTest(8, 16), dotTest(16, 4), dotTest(16, 9), dotTest(16, 16));
    }

    @TestFactory
    Stream<DynamicTest> dotProductMacsAreBitExactEveryCycle() {
        return Stream.of(macTest(8, 3), macTest(16, 3));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixteenLaneDotProductMacsAreBitExactEveryCycle() {
        return Stream.of(macTest(8, 16), macTest(16, 16));
    }

    /** A bare dot-product unit is pipelined like a multiplier: the same sums, {@code stages} cycles later. */
    @TestFactory
    Stream<DynamicTest> pipelinedDotProductsAreBitExactAtTheirLatency() {
        return Stream.of(pipelinedTest(kinds(8).stream().filter(k -> !k.contains("arch=star")).toList(), 5, 2));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> pipelinedFloatingAndWideDotProductsAreBitExactAtTheirLatency() {
        return Stream.of(pipelinedTest(List.of("bf16", "bf16:subnormals=ftz"), 3, 3),
                pipelinedTest(kinds(16).stream().filter(k -> !k.contains("arch=star")).toList(), 16, 4));
    }

    private static DynamicTest pipelinedTest(List<String> kinds, int k, int stages) {
        return DynamicTest.dynamicTest(kinds.get(0) + ", dot=" + k + ", stages=" + stages, () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream().map(s -> UnitSpec.parse(s + ",dot=" + k + ",stages=" + stages))
                    .toList();
            specs.forEach(s -> assertEquals(stages, DutShape.of(s).latency()));
            VectorPlan plan = VectorPlan.parse("corners+random:100k", specs.get(0), 2021);
            CosimAssertions.assertBatchMatches(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
        });
    }

    private static DynamicTest dotTest(int n, int k) {
        return DynamicTest.dynamicTest("n=" + n + ", dot=" + k, () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds(n).stream().map(s -> UnitSpec.parse(s + ",dot=" + k)).toList();
            VectorPlan plan = n == 8 ? VectorPlan.parse("all", specs.get(0), 2021)
                    : VectorPlan.parse("corners+random:100k", specs.get(0), 2021);
            List<CosimResult> results = CosimAssertions.assertBatchMatches(specs,
                    specs.stream().map(RtlSource::generated).toList(), plan);
            results.forEach(r -> assertEquals(plan.total(), r.vectors()));
            if (n == 8) {
                assertEquals(65_536 + 38L * 38 + VectorPlan.DOT_RANDOM, plan.total(),
                        "every lane: 38 x 38 corner pairs, 2^16 pairs, then independent random lanes");
            }
        });
    }

    private static DynamicTest macTest(int n, int k) {
        return DynamicTest.dynamicTest("n=" + n + ", dot=" + k + ", mac", () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds(n).stream().map(s -> UnitSpec.parse(s + ",dot=" + k + ",mac")).toList();
            MacPlan plan = MacPlan.parse("all", specs.get(0), 60_000, 2021);
            CosimAssertions.assertBatchMacsMatch(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertTrue(r.vectors() > 60_000));
        });
    }

    @Test
    void aWrongLaneIsFoundNamedAndReplayedFromItsReproducer() throws Exception {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4,dot=9");
        String good = RtlSource.generated(spec).verilog();
        String row = "assign lane5_row = lane5_signed ^ 16'd32768;";
        assertTrue(good.contains(row), "the generator's lane rows moved: update this test");
        // lane 5 off by one whenever lane 8's a is negative and lane 0's b is odd
        RtlSource bad = new RtlSource(spec.identifier(), good.replace(row,
                "assign lane5_row = (lane5_signed ^ 16'd32768) | {15'd0, a_lane8[7] & b_lane0[0]};"), "bad");
        var model = Fixtures.builder().build(bad, DutShape.of(spec));
        CosimResult result = Fixtures.cosim().dot(model, Units.dot(spec), VectorPlan.parse("all", spec, 1),
                Cosim.Progress.NONE);
        assertFalse(result.passed());
        Mismatch m = result.firstMismatches().get(0);
        assertEquals(9, m.lanes());
        assertTrue((m.a(8) & 0x80) != 0 && (m.b(0) & 1) != 0, "the mismatch shows the lanes that trigger the fault");
        CosimRequest request = CosimRequest.of(spec, bad);
        String command = request.reproducer(m);
        String pair = command.substring(command.indexOf("pair:"));
        assertEquals(18, pair.substring(5).split(",").length);
        VectorPlan replay = VectorPlan.parse(pair, spec, 1);
        CosimResult again = Fixtures.cosim().dot(model, Units.dot(spec), replay, Cosim.Progress.NONE);
        assertEquals(1, again.mismatches());
        assertEquals(m.actual(), again.firstMismatches().get(0).actual());
        String report = new CosimReport(request, result).text();
        assertTrue(report.contains("lane 8 "), report);
    }
}
