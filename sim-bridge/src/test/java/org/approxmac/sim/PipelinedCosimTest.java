package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approxmac.golden.Mac;
import org.approxmac.golden.Units;
import org.approxmac.hdl.Rtl;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pipelined multipliers of every kind ({@code stages=1..4}; exhaustive at n = 8, corners and random at
 * 16 and 32, one build per width with the lower latencies padded) and pipelined integer MACs
 * ({@code stages=1..4}) of every integer kind at n = 8, 16 and 32 (16 and 32 long tests) in Verilator
 * against the golden model, each accumulator value compared {@code stages} cycles after its inputs:
 * corner-pair walks, then random cycles under random rst/en/clr, all designs of one width in one
 * build; the floating MACs (their product path pipelined) likewise with their stress cycles and
 * constructive classes. And the check is not blind to latency: a design checked at the wrong latency fails.
 */
class PipelinedCosimTest {
    private static final long CYCLES = 30_000;

    private static List<UnitSpec> designs(int n) {
        List<UnitSpec> out = new ArrayList<>();
        for (String base : List.of("fixed:n=%d,sign=twos", "fixed:n=%d,sign=unsigned,arch=dadda",
                "fixed:n=%d,sign=twos,arch=radix4", "mitchw:n=%d,w=6,sign=c1", "mitchwu:n=%d,w=6,sign=sm", "mitchell:n=%d,sign=sm",
                "drum:n=%d,k=6,sign=c1")) {
            for (int stages = 1; stages <= 4; stages++) {
                out.add(UnitSpec.parse(String.format(base, n) + ",stages=" + stages + ",mac"));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyIntegerKindPipelinedMatchesTheGoldenModelShiftedByItsLatency() {
        return integerMacs(Stream.of(8));
    }

    /** The n = 16 and 32 MACs: 28 designs in one build each, about 25 s and a minute on 2 cores. */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> wideIntegerKindsPipelinedMatchTheGoldenModelShiftedByTheirLatency() {
        return integerMacs(Stream.of(16, 32));
    }

    private static Stream<DynamicTest> integerMacs(Stream<Integer> widths) {
        return widths.map(n -> DynamicTest.dynamicTest("n=" + n + ", stages 1..4", () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = designs(n);
            List<RtlSource> rtls = specs.stream().map(RtlSource::generated).toList();
            CosimAssertions.assertBatchMacsMatch(specs, rtls, new CornerPairCycles(specs.get(0)), CYCLES, 9)
                    .forEach(r -> assertEquals(CYCLES, r.vectors()));
        }));
    }

    /** Random vectors per pipelined multiplier at n = 16 and 32, after the corners. */
    private static final long MULTIPLIER_RANDOM = 200_000;

    private static List<UnitSpec> multipliers(List<String> bases, Object... widths) {
        List<UnitSpec> out = new ArrayList<>();
        for (String base : bases) {
            for (int stages = 1; stages <= 4; stages++) {
                out.add(UnitSpec.parse(String.format(base, widths) + (base.contains(":") ? "," : ":") + "stages="
                        + stages));
            }
        }
        return out;
    }

    private static final List<String> INTEGER_MULTIPLIERS = List.of("fixed:n=%d,sign=twos",
            "fixed:n=%d,sign=unsigned,arch=dadda", "fixed:n=%d,sign=unsigned,arch=radix4_wallace,adder=bk",
            "fixed:n=%d,sign=twos,arch=radix4",
            "mitchw:n=%d,w=6,sign=c1", "mitchwu:n=%d,w=6,sign=sm",
            "mitchell:n=%d,sign=sm", "drum:n=%d,k=6,sign=c1");

    @TestFactory
    Stream<DynamicTest> everyKindsMultiplierPipelinedMatchesTheGoldenModel() {
        return pipelinedMultipliers(Stream.concat(Stream.of(8).map(n -> multipliers(INTEGER_MULTIPLIERS, n)),
                Stream.of(multipliers(List.of("bf16", "bf16:subnormals=ftz")),
                        multipliers(List.of("fp32", "fp32:subnormals=ftz")))));
    }

    /** The n = 16 and 32 integer multipliers: 32 designs in one build each, about 40 and 80 s on 2 cores. */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> wideIntegerMultipliersPipelinedMatchTheGoldenModel() {
        return pipelinedMultipliers(Stream.of(multipliers(INTEGER_MULTIPLIERS, 16), multipliers(INTEGER_MULTIPLIERS, 32)));
    }

    private static Stream<DynamicTest> pipelinedMultipliers(Stream<List<UnitSpec>> batches) {
        return batches.map(specs -> DynamicTest.dynamicTest(specs.get(0).kind().specName() + " n=" + specs.get(0).n()
                + ", " + specs.size() / 4 + " designs at stages 1..4", () -> {
                    assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
                    UnitSpec first = specs.get(0);
                    VectorPlan plan = first.n() == 8 ? VectorPlan.parse("all", first, 5)
                            : VectorPlan.cornersAndRandom(first, MULTIPLIER_RANDOM, 5);
                    List<RtlSource> rtls = specs.stream().map(RtlSource::generated).toList();
                    Stimulus random = first.kind().floating() ? FloatStress.multiplierOperands(first)
                            : new OperandSampler(first).pairs();
                    CosimAssertions.assertBatchMatches(specs, rtls, plan, random)
                            .forEach(r -> assertEquals(plan.total(), r.vectors()));
                }));
    }

    @Test
    void aMultiplierCheckedAtTheWrongLatencyFailsAndSaysItLooksShifted() {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
        UnitSpec built = UnitSpec.parse("mitchw:n=8,w=4,stages=2");
        for (int claimed : new int[] {1, 3}) {
            UnitSpec spec = built.withLatency(claimed);
            RtlSource rtl = new RtlSource("latency2_as" + claimed, Rtl.generate(built, "latency2_as" + claimed).verilog(),
                    "stages=2");
            SimModel model = CosimAssertions.batchModel(List.of(spec), List.of(rtl));
            CosimResult r = Fixtures.cosim().multiplier(model, Units.multiplier(spec), ErrorBound.of(spec),
                    VectorPlan.parse("random:20000", spec, 3), Cosim.Progress.NONE);
            assertFalse(r.passed(), "latency " + claimed + " claimed for a latency-2 design");
            // every wrong product but one at the start of a chunk (no neighbour yet) says what latency fits
            long wrong = r.firstMismatches().stream().filter(Mismatch::differs).count();
            long hinted = r.firstMismatches().stream().filter(m -> m.hint() != null
                    && m.hint().contains("latency looks like 2, not " + claimed)).count();
            assertTrue(wrong >= 5 && hinted >= wrong - 1, r.firstMismatches().toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> floatingMacsPipelinedMatchTheGoldenModelShiftedByTheirLatency() {
        return Stream.of("bf16,stages=%d,mac", "fp32,stages=%d,mac", "fp32:fused=false,subnormals=ftz,stages=%d,mac")
                .map(base -> DynamicTest.dynamicTest(base.replace("%d", "1..4"), () -> {
                    assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
                    List<UnitSpec> specs = Stream.of(1, 2, 3, 4).map(s -> UnitSpec.parse(String.format(base, s))).toList();
                    List<RtlSource> rtls = specs.stream().map(RtlSource::generated).toList();
                    CosimAssertions.assertBatchMacsMatch(specs, rtls, FloatStress.macCycles(specs), CYCLES, 9)
                            .forEach(r -> assertEquals(CYCLES, r.vectors()));
                    // the constructive classes (cancellation, alignment, ties, overflow, ...) as well
                    MacPlan corners = MacPlan.parse("corners", specs.get(0), 0, 9);
                    MacPlan plan = new MacPlan(corners.parts().stream().filter(p -> !p.label().equals("corners"))
                            .toList(), corners.seed());
                    CosimAssertions.assertBatchMacsMatch(specs, rtls, plan)
                            .forEach(r -> assertEquals(plan.total(), r.vectors()));
                }));
    }

    @Test
    void aDesignCheckedAtTheWrongLatencyFails() {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
        UnitSpec built = UnitSpec.parse("mitchw:n=8,w=4,stages=2,mac");
        List<UnitSpec> claimed = List.of(UnitSpec.parse("mitchw:n=8,w=4,stages=1,mac"),
                UnitSpec.parse("mitchw:n=8,w=4,stages=3,mac"), built);
        List<RtlSource> rtls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rtls.add(new RtlSource("latency2_" + i, Rtl.generate(built, "latency2_" + i).verilog(), "stages=2"));
        }
        SimModel model = CosimAssertions.batchModel(claimed, rtls);
        List<Mac> goldens = claimed.stream().map(Units::mac).toList();
        MacPlan plan = MacPlan.parse("all", built, 5_000, 3);
        List<CosimResult> results = Fixtures.cosim().macs(model, goldens, plan, Cosim.Progress.NONE);
        assertFalse(results.get(0).passed(), "latency 1 claimed for a latency-2 design");
        assertFalse(results.get(1).passed(), "latency 3 claimed for a latency-2 design");
        assertTrue(results.get(2).passed(), "the right latency");
        // the report says the outputs appear shifted, and which latency would fit
        assertTrue(hinted(results.get(0), "latency looks like 2, not 1"), results.get(0).firstMismatches().toString());
        assertTrue(hinted(results.get(1), "latency looks like 2, not 3"), results.get(1).firstMismatches().toString());
        // a pipelined MAC's reproducer runs on for the latency, so that the failing value appears
        Mismatch m = results.get(0).firstMismatches().get(0);
        MacCycles replay = plan.reproducer(m, 1);
        assertTrue(m.index() < Cosim.CHUNK, "the first mismatch lies in the first chunk");
        assertEquals(m.index() + 1 + 1, replay.size(), "up to the failing cycle and one more (the latency claimed)");
        SimModel wrong = CosimAssertions.batchModel(List.of(claimed.get(0)), List.of(rtls.get(0)));
        CosimResult again = Fixtures.cosim().mac(wrong, Units.mac(claimed.get(0)), MacPlan.sequence(replay),
                Cosim.Progress.NONE);
        assertFalse(again.passed());
        Mismatch last = again.firstMismatches().get(again.firstMismatches().size() - 1);
        assertEquals(m.expected(), last.expected());
        assertEquals(m.actual(), last.actual());
    }

    private static boolean hinted(CosimResult r, String fragment) {
        return r.firstMismatches().stream().anyMatch(x -> x.hint() != null && x.hint().contains(fragment));
    }
}
