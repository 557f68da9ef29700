package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;
import org.approxmac.toolchain.Tool;
import org.approxmac.toolchain.ToolGate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every architecture of the fixed kind ({@code arch=} x {@code adder=}: Booth and AND-array partial
 * products, Dadda and Wallace trees, each carry-propagate adder, fused MACs) in Verilator against the
 * golden model, bit-exactly, all architectures of one shape in one build: n = 8 exhaustively (with
 * the corner pairs), n = 16, 24, 32 and 64 every pair of corners plus stratified random vectors; MACs
 * at n = 8, 16 and 32 on corner-pair walks then random cycles under random rst/en/clr. The exhaustive
 * n = 16 run (2^32 vectors per design), the n = 64 batches and the n = 32 MACs are tagged {@code long}
 * (about 4 minutes of CI): {@code mvn -Plong-tests} runs them, the default build and CI skip them.
 */
class ArchitectureCosimTest {
    private static final long RANDOM = 20_000;
    private static final long CYCLES = 40_000;

    /** One spec per arch value (default adder), then every adder with the default arch. */
    static List<String> variants(String base) {
        List<String> out = new ArrayList<>();
        for (String arch : choices("arch")) {
            out.add(base + ",arch=" + arch);
        }
        for (String adder : choices("adder")) {
            out.add(base + ",arch=booth,adder=" + adder);
            out.add(base + ",arch=star,adder=" + adder);
        }
        return out.stream().map(s -> UnitSpec.parse(s).canonical()).distinct().toList();
    }

    private static List<String> choices(String key) {
        return Kind.FIXED.descriptor().param(key).orElseThrow().choices();
    }

    @TestFactory
    Stream<DynamicTest> multipliersMatchExhaustivelyAtEightBits() {
        return batches(List.of("fixed:n=8,sign=twos", "fixed:n=8,sign=unsigned"), specs -> {
            VectorPlan plan = VectorPlan.parse("all", specs.get(0), 7);
            CosimAssertions.assertBatchMatches(specs, rtls(specs), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
        });
    }

    @TestFactory
    Stream<DynamicTest> wideMultipliersMatchOnCornersAndStratifiedRandom() {
        return wideBatches(List.of("fixed:n=16,sign=twos", "fixed:n=32,sign=twos"));
    }

    /** The 24-bit unsigned architectures: about 35 s on 2 cores. */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> unsignedTwentyFourBitMultipliersMatchOnCornersAndStratifiedRandom() {
        return wideBatches(List.of("fixed:n=24,sign=unsigned"));
    }

    /** The 64-bit architectures, signed and unsigned: about 2 minutes of building each on 2 cores. */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> sixtyFourBitMultipliersMatchOnCornersAndStratifiedRandom() {
        return wideBatches(List.of("fixed:n=64,sign=twos", "fixed:n=64,sign=unsigned"));
    }

    private static Stream<DynamicTest> wideBatches(List<String> bases) {
        return batches(bases, specs -> {
            VectorPlan plan = VectorPlan.cornersAndRandom(specs.get(0), RANDOM, 11);
            CosimAssertions.assertBatchMatches(specs, rtls(specs), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
        });
    }

    @TestFactory
    Stream<DynamicTest> fusedMacsMatchOnSequences() {
        return fusedMacBatches(List.of("fixed:n=8,sign=twos,mac", "fixed:n=16,sign=unsigned,mac,acc=36"));
    }

    /** The 32-bit fused MACs: about 2 minutes of building on 2 cores. */
    @Tag("long")
    @TestFactory
    Stream<DynamicTest> wideFusedMacsMatchOnSequences() {
        return fusedMacBatches(List.of("fixed:n=32,sign=twos,mac"));
    }

    private static Stream<DynamicTest> fusedMacBatches(List<String> bases) {
        return batches(bases, specs -> {
            CornerPairCycles cycles = new CornerPairCycles(specs.get(0));
            CosimAssertions.assertBatchMacsMatch(specs, rtls(specs), cycles, CYCLES, 3)
                    .forEach(r -> assertEquals(CYCLES, r.vectors()));
        });
    }

    /**
     * The approximate kinds' MACs with every accumulate adder ({@code adder=}, the same
     * carry-propagate adder blocks as the fixed kind's), on corner-pair walks and random cycles.
     */
    @TestFactory
    Stream<DynamicTest> approximateMacsMatchWithEveryAccumulateAdder() {
        return Stream.of(List.of("drum:n=16,k=6,sign=c1,mac", "mitchw:n=16,w=6,sign=c1,mac"),
                List.of("mitchwu:n=32,w=6,sign=c1,mac", "drum:n=32,k=6,sign=unsigned,mac", "mitchell:n=32,sign=sm,mac"))
                .map(bases -> DynamicTest.dynamicTest(String.join(" ", bases) + " (every adder)", () -> {
                    assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
                    List<UnitSpec> specs = new ArrayList<>();
                    for (String base : bases) {
                        for (String adder : choices("adder")) {
                            specs.add(UnitSpec.parse(base + ",adder=" + adder));
                        }
                    }
                    CornerPairCycles cycles = new CornerPairCycles(specs.get(0));
                    CosimAssertions.assertBatchMacsMatch(specs, rtls(specs), cycles, CYCLES, 5)
                            .forEach(r -> assertEquals(CYCLES, r.vectors()));
                }));
    }

    /** 2^32 vectors per design: run with {@code mvn -Plong-tests} (skipped by default and in CI). */
    @Test
    @Tag("long")
    void radix4BoothAndDaddaMultipliersMatchExhaustivelyAtSixteenBits() {
        assertExhaustiveMatch("fixed:n=16,sign=twos,arch=radix4", "fixed:n=16,sign=twos,arch=booth",
                "fixed:n=16,sign=twos,arch=dadda");
    }

    /**
     * The DRUM core's leading zeros, near/far final shifter and near/far segment selection (k = 6 and k = 3, both
     * with more than eight select lines), 2^32 vectors per design: run with {@code mvn -Plong-tests}.
     */
    @Test
    @Tag("long")
    void drumCoresMatchExhaustivelyAtSixteenBits() {
        assertExhaustiveMatch("drum:n=16,k=6,sign=unsigned", "drum:n=16,k=3,sign=unsigned");
    }

    /** 16-bit multipliers of one shape, built together, each on all 2^32 operand pairs. */
    private static void assertExhaustiveMatch(String... texts) {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
        List<UnitSpec> specs = Stream.of(texts).map(UnitSpec::parse).toList();
        VectorPlan plan = VectorPlan.parse("exhaustive", specs.get(0), 1);
        CosimAssertions.assertBatchMatches(specs, rtls(specs), plan)
                .forEach(r -> assertEquals(1L << 32, r.vectors()));
    }

    private static List<RtlSource> rtls(List<UnitSpec> specs) {
        return specs.stream().map(RtlSource::generated).toList();
    }

    private static Stream<DynamicTest> batches(List<String> bases, Consumer<List<UnitSpec>> check) {
        return bases.stream().map(base -> DynamicTest.dynamicTest(base + " (every architecture)", () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            check.accept(variants(base).stream().map(UnitSpec::parse).toList());
        }));
    }
}
