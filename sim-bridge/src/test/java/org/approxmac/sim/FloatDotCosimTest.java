package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Floating dot-product units, dot-product MACs and arrays ({@code bf16}, {@code fp32} with {@code dot=K} or
 * {@code rows}/{@code cols}) in Verilator against the golden model: units on every lane's corner pairs and
 * stratified random vectors, MACs and arrays over the MAC plan's classes (corner walk, the single MAC's
 * constructed cancellations, ties, overflow, underflow, specials and subnormals spread over the lanes, random
 * cycles), both subnormal modes (and fp32 unfused) in one build per shape. CI runs 3-lane bf16 units, 4-lane
 * bf16 MACs and 2 x 2 bf16 arrays; K = 2, 9, 16, the fp32 units and MACs and 4 x 4 arrays are long tests
 * (-Plong-tests).
 */
class FloatDotCosimTest {
    private static final List<String> BF16 = List.of("bf16", "bf16:subnormals=ftz");
    private static final List<String> FP32 = List.of("fp32", "fp32:fused=false", "fp32:subnormals=ftz");

    @TestFactory
    Stream<DynamicTest> floatingDotProductsAreBitExact() {
        return Stream.of(unitTest(BF16, 3), macTest(BF16, 4), arrayTest(BF16, 2, 2));
    }

    @Tag("long")
    @TestFactory
    Stream<DynamicTest> moreLanesAndLargerArraysAreBitExact() {
        return Stream.of(unitTest(BF16, 2), unitTest(BF16, 9), unitTest(BF16, 16), unitTest(FP32, 3),
                unitTest(FP32, 16), macTest(BF16, 16), macTest(FP32, 3), macTest(FP32, 9), arrayTest(BF16, 4, 4),
                arrayTest(FP32, 2, 3));
    }

    private static DynamicTest unitTest(List<String> kinds, int k) {
        return DynamicTest.dynamicTest(kinds.get(0) + ", dot=" + k, () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream().map(s -> UnitSpec.parse(s + ",dot=" + k)).toList();
            VectorPlan plan = VectorPlan.parse("corners+random:200k", specs.get(0), 2021);
            CosimAssertions.assertBatchMatches(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
        });
    }

    private static DynamicTest macTest(List<String> kinds, int k) {
        return DynamicTest.dynamicTest(kinds.get(0) + ", dot=" + k + ", mac", () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream().map(s -> UnitSpec.parse(s + ",dot=" + k + ",mac")).toList();
            MacPlan plan = MacPlan.parse("all", specs.get(0), 100_000, 2021);
            assertTrue(plan.labels().containsAll(List.of("cancel", "ties", "overflow", "underflow", "specials")));
            CosimAssertions.assertBatchMacsMatch(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
        });
    }

    private static DynamicTest arrayTest(List<String> kinds, int rows, int cols) {
        return DynamicTest.dynamicTest(kinds.get(0) + ", " + rows + " x " + cols, () -> {
            assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
            List<UnitSpec> specs = kinds.stream()
                    .map(s -> UnitSpec.parse(s + ",mac,rows=" + rows + ",cols=" + cols)).toList();
            MacPlan plan = MacPlan.parse("all", specs.get(0), 100_000, 2021);
            CosimAssertions.assertBatchMacsMatch(specs, specs.stream().map(RtlSource::generated).toList(), plan)
                    .forEach(r -> assertEquals(plan.total(), r.vectors()));
        });
    }

    @Test
    void aTreeThatAddsInAnotherOrderIsCaught() {
        assumeTrue(ToolGate.enabled(Tool.VERILATOR, Tool.MAKE, Tool.CXX), "tool tests skipped on request");
        UnitSpec spec = UnitSpec.parse("bf16,dot=3");
        String good = RtlSource.generated(spec).verilog();
        String first = ".x (p0),\n        .y (p1),";
        String second = ".x (s1_0),\n        .y (p2),";
        assertTrue(good.contains(first) && good.contains(second), "the generator's tree wiring moved: update this test");
        // (p0 + p2) + p1 instead of the documented (p0 + p1) + p2: the same exact sum, rounded differently
        RtlSource bad = new RtlSource(spec.identifier(), good.replace(first, ".x (p0),\n        .y (p2),")
                .replace(second, ".x (s1_0),\n        .y (p1),"), "bad");
        var model = Fixtures.builder().build(bad, DutShape.of(spec));
        CosimResult result = Fixtures.cosim().dot(model, Units.dot(spec), VectorPlan.parse("corners+random:200k", spec, 1),
                Cosim.Progress.NONE);
        assertFalse(result.passed());
        assertTrue(result.mismatches() > 10, result.mismatches() + " mismatches");
    }
}
