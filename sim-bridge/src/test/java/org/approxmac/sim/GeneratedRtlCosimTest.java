package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generator's RTL beyond the committed canonical designs ({@link DesignsCosimTest}), in
 * Verilator against the golden model:
 * <ul>
 *   <li>a sample of other integer parameters (n = 5 to 40, w from 1 to n, k from 3 to n, every sign
 *       mode, MACs with narrow and wide accumulators), the multipliers in one build and the MACs in
 *       another ({@link WidenedBatch}: narrower designs on the low bits of the widest, signed one):
 *       multipliers every pair of corner operands, then stratified random vectors; MACs every pair
 *       of corner operands, then random operands ({@link CornerPairCycles}), under random rst/en/clr;</li>
 *   <li>every bf16/fp32 multiplier and MAC variant ({@code org.approxmac.fp.FloatRtl}), a million
 *       vectors or cycles each, variants of one shape in one build: multipliers every pair of
 *       corners, then {@link FloatStress#multiplierOperands}; MACs {@link FloatStress#macCycles}
 *       (random, corner, cancelling, overflowing and underflowing blocks under random rst/en/clr).</li>
 * </ul>
 */
class GeneratedRtlCosimTest {
    private static final long SAMPLE_RANDOM = 100_000;
    private static final long SAMPLE_CYCLES = 150_000;
    private static final long FLOAT_VECTORS = 1_000_000;

    /** The integer multiplier sample, the widest signed design first. */
    static final List<String> SAMPLE_MULTIPLIERS = List.of("fixed:n=24,sign=twos", "mitchw:n=24,w=7,sign=unsigned",
            "mitchell:n=24,sign=unsigned", "drum:n=24,k=10,sign=unsigned", "mitchw:n=13,w=4,sign=c1",
            "drum:n=13,k=3,sign=sm", "mitchw:n=12,w=1,sign=c1", "mitchw:n=12,w=12,sign=sm", "drum:n=12,k=12,sign=c1",
            "fixed:n=12,sign=unsigned", "mitchell:n=9,sign=c1", "drum:n=7,k=4,sign=c1");

    /** The integer MAC sample, the widest signed design first. */
    static final List<String> SAMPLE_MACS = List.of("drum:n=40,k=8,sign=c1,mac,acc=100",
            "drum:n=24,k=6,sign=sm,mac,acc=48", "fixed:n=13,sign=twos,mac,acc=30",
            "mitchw:n=12,w=6,sign=unsigned,mac,acc=24", "mitchw:n=5,w=3,sign=sm,mac");

    /** Every floating-point variant, one batch per shape. */
    static final List<List<String>> FLOATING = List.of(
            List.of("bf16", "bf16:subnormals=ftz"),
            List.of("fp32", "fp32:subnormals=ftz"),
            List.of("bf16,mac", "bf16:subnormals=ftz,mac"),
            List.of("fp32,mac", "fp32:subnormals=ftz,mac", "fp32:fused=false,mac",
                    "fp32:fused=false,subnormals=ftz,mac"));

    @TestFactory
    Stream<DynamicTest> sampleDesignsMatchTheGoldenModel() {
        return batches(List.of(SAMPLE_MULTIPLIERS, SAMPLE_MACS), specs -> {
            WidenedBatch batch = new WidenedBatch(specs);
            UnitSpec first = specs.get(0);
            if (first.mac()) {
                CornerPairCycles cycles = new CornerPairCycles(first);
                assertTrue(cycles.pairs() < SAMPLE_CYCLES, "the corner walk fits: " + cycles.pairs());
                batch.assertMacsMatch(cycles, SAMPLE_CYCLES, 2021)
                        .forEach(r -> assertEquals(SAMPLE_CYCLES, r.vectors()));
            } else {
                VectorPlan plan = VectorPlan.cornersAndRandom(first, SAMPLE_RANDOM, 2021);
                batch.assertMultipliersMatch(plan, new OperandSampler(first).pairs())
                        .forEach(r -> assertEquals(plan.total(), r.vectors()));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> floatingPointDesignsAgreeOnMillionsOfVectors() {
        return batches(FLOATING, specs -> {
            List<RtlSource> rtls = specs.stream().map(RtlSource::generated).toList();
            UnitSpec first = specs.get(0);
            List<CosimResult> results = first.mac()
                    ? CosimAssertions.assertBatchMacsMatch(specs, rtls, FloatStress.macCycles(specs), FLOAT_VECTORS,
                            100)
                    : CosimAssertions.assertBatchMatches(specs, rtls,
                            VectorPlan.cornersAndRandom(first, FLOAT_VECTORS - cornerPairs(first), 100),
                            FloatStress.multiplierOperands(first));
            results.forEach(r -> assertEquals(FLOAT_VECTORS, r.vectors()));
            if (first.mac()) {
                // every member's own constructive classes (they load accumulators its mode can hold)
                for (UnitSpec own : specs) {
                    MacPlan corners = MacPlan.parse("corners", own, 0, 100);
                    MacPlan plan = new MacPlan(corners.parts().stream().filter(p -> !p.label().equals("corners"))
                            .toList(), corners.seed());
                    CosimAssertions.assertBatchMacsMatch(specs, rtls, plan)
                            .forEach(r -> assertEquals(plan.total(), r.vectors()));
                }
            }
        });
    }

    /** One dynamic test per batch: parses its specs and runs the check (the tools are required). */
    private static Stream<DynamicTest> batches(List<List<String>> groups, Consumer<List<UnitSpec>> check) {
        return groups.stream().map(group -> DynamicTest.dynamicTest(String.join(", ", group), () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            check.accept(group.stream().map(UnitSpec::parse).toList());
        }));
    }

    private static long cornerPairs(UnitSpec spec) {
        return VectorPlan.cornersAndRandom(spec, 0, 0).total();
    }
}
